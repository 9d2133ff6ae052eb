import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDb, dbOptionsFromEnv } from '../db/client.ts'
import { findCrimeTable } from '../db/repositories/crime-tables.ts'
import { useCliDatabase } from '../test/cli.ts'
import { testDatabases } from '../test/databases.ts'
import { tableRowCounts } from '../test/imports.ts'
import {
  expectedVolumes,
  generateRows,
  monthsOf,
  streetFile,
  streetLine,
} from '../test/police-uk-files.ts'

const dir = mkdtempSync(join(tmpdir(), 'csp-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const firstHalf = generateRows(11, monthsOf(2024).slice(0, 6), 280)
const secondHalf = generateRows(12, monthsOf(2024).slice(6), 280)
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const january = write('2024-h1.csv', streetFile(firstHalf))
const july = write('2024-h2.csv', streetFile(secondHalf))
const broken = write(
  'broken.csv',
  streetFile(secondHalf) + streetLine(secondHalf[0]!, 1).replace('2024-07', 'July')
)

describe.each(testDatabases)('csp import police-uk on $name', (target) => {
  const cli = useCliDatabase(target)
  const withDb = async <T>(work: (db: Parameters<typeof findCrimeTable>[0]) => Promise<T>) => {
    const handle = await createDb(dbOptionsFromEnv(cli.env, dir))
    try {
      return await work(handle.db)
    } finally {
      await handle.close()
    }
  }

  it(
    'imports several files as one import and prints the summary',
    { timeout: 60_000 },
    async () => {
      expect((await cli.run(['migrate'])).code).toBe(0)
      const { code, stdout, stderr } = await cli.run(['import', 'police-uk', january, july])
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
      expect(stdout).toContain('Rows:         3,360\n')
      expect(stdout).toContain('Months:       2024-01 to 2024-12 (12)\n')
      expect(stdout).toContain('Gaps:         none\n')
      expect(stdout).toMatch(
        /Import [0-9a-f-]{36}: succeeded\. Tables rebuilt: 2024 \(14, complete\)\n$/
      )
      const table = await withDb((db) => findCrimeTable(db, 'police-uk.robbery', '2024'))
      const volumes = Object.fromEntries(table!.table.rows.map((r) => [r.areaCode, r.volume]))
      expect(volumes).toEqual(
        expectedVolumes([...firstHalf, ...secondHalf], 'police-uk.robbery', 2024)
      )
      expect(table!.origin).toBe('import')
    }
  )

  it('prints the job as JSON with --json', { timeout: 60_000 }, async () => {
    const { code, stdout } = await cli.run(['import', 'police-uk', july, '--json'])
    expect(code).toBe(0)
    const job = JSON.parse(stdout)
    expect(job).toMatchObject({
      status: 'succeeded',
      file: '2024-h2.csv',
      createdBy: null,
      progress: { rows: 1680 },
      report: { rows: 1680, months: monthsOf(2024).slice(6), errors: [] },
    })
  })

  it('stores nothing when one of the files is bad', { timeout: 60_000 }, async () => {
    const before = await withDb(tableRowCounts)
    const { code, stdout, stderr } = await cli.run(['import', 'police-uk', january, broken])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^csp: broken\.csv line 1682: .*July/)
    expect(stdout).toMatch(/Import [0-9a-f-]{36}: failed\.\n$/)
    const after = await withDb(tableRowCounts)
    expect(after).toEqual({
      ...before,
      import_jobs: before['import_jobs']! + 1,
      audit_log: before['audit_log']! + 1,
    })
    const usage = await cli.run(['import', 'nothing'])
    expect(usage).toMatchObject({
      code: 2,
      stderr: 'csp: unknown import "nothing"; expected police-uk\n',
    })
  })
})

import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { createDb, dbOptionsFromEnv } from '../db/client.ts'
import { silentLogger } from '../http/logger.ts'
import { plansFolder, seedPlanFileName } from '../plans/plan-file.ts'
import { useCliDatabase } from '../test/cli.ts'
import { testDatabases } from '../test/databases.ts'
import { json } from '../test/http.ts'

const erewash = join(import.meta.dirname, '../test/fixtures/erewash-csp-2024-27.plan.json')
const seedFile = join(plansFolder(), seedPlanFileName)

describe.each(testDatabases)('csp plan export and import on $name', (target) => {
  const first = useCliDatabase(target)
  const second = useCliDatabase(target)
  const other = useCliDatabase(target)

  it(
    'export → import into an empty database → export gives the same bytes',
    { timeout: 120_000 },
    async () => {
      expect((await first.run(['migrate'])).code).toBe(0)
      expect((await first.run(['seed'])).code).toBe(0)
      const exported = await first.run(['plan', 'export'])
      expect(exported.code).toBe(0)
      expect(exported.stdout).toBe(readFileSync(seedFile, 'utf8'))

      expect((await second.run(['migrate'])).code).toBe(0)
      const imported = await second.run(['plan', 'import', '-'], { stdin: exported.stdout })
      expect(imported).toMatchObject({ code: 0, stderr: '' })
      expect(imported.stdout).toBe(
        'Imported South Derbyshire CSP Partnership Plan 2023-26 as the adopted 2023 revision: 6 crime tables, 12 claims (3 contradicted by the tables).\n'
      )
      expect((await second.run(['plan', 'export'])).stdout).toBe(exported.stdout)
    }
  )

  it(
    "a second partnership's plan file loads with csp seed --plan and is served",
    { timeout: 120_000 },
    async () => {
      expect((await other.run(['migrate'])).code).toBe(0)
      const seeded = await other.run(['seed', '--plan', erewash])
      expect(seeded).toMatchObject({ code: 0, stderr: '' })
      expect(seeded.stdout).toContain(
        'Seeded plan: Erewash Community Safety Partnership Plan 2024-27'
      )
      expect((await other.run(['plan', 'export'])).stdout).toBe(readFileSync(erewash, 'utf8'))
      const handle = await createDb(dbOptionsFromEnv(other.env, tmpdir()))
      try {
        const app = createApp({ db: handle.db, config: { logger: silentLogger } })
        const plan = await json(await app.request('/v1/plan'))
        expect(plan.partnership).toEqual({
          name: 'Erewash Community Safety Partnership',
          abbreviation: 'ECSP',
          areaCode: 'E07000036',
        })
        const table = await json(await app.request('/v1/crime-tables/domestic-abuse/2023'))
        expect(table.measure).toBe('domestic-abuse')
      } finally {
        await handle.close()
      }
    }
  )

  it('refuses a bad plan file with each problem and its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-plan-'))
    const bad = JSON.parse(readFileSync(erewash, 'utf8'))
    bad.partnership.areaCode = 'nowhere'
    bad.crimeTables[0].rows[9].volume += 1
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad))
    const refused = await other.run(['plan', 'import', join(dir, 'bad.json')])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/partnership\.areaCode: /)
    delete bad.partnership.areaCode
    bad.partnership.areaCode = 'E07000036'
    writeFileSync(join(dir, 'sum.json'), JSON.stringify(bad))
    const sum = await other.run(['plan', 'import', join(dir, 'sum.json')])
    expect(sum.code).toBe(1)
    expect(sum.stderr).toContain('is not the sum of its 8 districts')
    expect((await other.run(['plan', 'import', join(dir, 'none.json')])).stderr).toBe(
      `csp: cannot read ${join(dir, 'none.json')}: no such file\n`
    )
  })
})

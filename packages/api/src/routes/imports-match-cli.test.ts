// The check: uploading the real sample files through the API yields the same counts as
// `csp police-uk summarise` on them.
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { policeUkCrimeTypes } from '@csp/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../cli/io.ts'
import { runCli } from '../cli/run-cli.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'
import { uploadCsv } from '../test/imports.ts'

const folder = fileURLToPath(new URL('../../../../fixtures/police-uk/', import.meta.url))
const samples = ['2023-01-city-of-london-street.csv', '2024-12-nottinghamshire-street-extract.csv']

async function summarise(path: string) {
  const out: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    interactive: false,
    cwd: folder,
    now: () => 0,
  }
  expect(await runCli(['police-uk', 'summarise', path, '--json'], io)).toBe(0)
  return JSON.parse(out.join('')) as Json
}

describe.each(testDatabases)('imports match csp on $name', (target) => {
  const t = useTestDb(target)
  let token = ''
  beforeAll(async () => {
    token = (await signedInUser(t.db, t.app(), 'analyst')).token
  })

  it.each(samples)(
    '%s: the same rows, months, outside-area and no-location counts, and table volumes',
    async (name) => {
      const cli = await summarise(folder + name)
      const body = Readable.toWeb(createReadStream(folder + name)) as ReadableStream<Uint8Array>
      const job = await json(await uploadCsv(t.app(), token, body, name))
      expect(job.status).toBe('succeeded')
      expect(job.progress.rows).toBe(cli.rows)
      expect(job.report.rows).toBe(cli.rows)
      expect(job.report.months).toEqual(cli.months)
      expect(job.report.outsideArea).toEqual(cli.outsideArea)
      expect(job.report.noLocation).toEqual(cli.noLocation)
      expect(job.report.errors).toEqual(cli.errors)

      // Every partnership count csp prints is the volume in the stored table for that year.
      const year = name.slice(0, 4)
      for (const { areaCode, crimeType, count } of cli.counts.filter(
        (c: Json) => c.areaCode !== null
      )) {
        const measure = policeUkCrimeTypes[crimeType as keyof typeof policeUkCrimeTypes].measureId
        const table = await json(await t.app().request(`/v1/crime-tables/${measure}/${year}`))
        expect(table.rows.find((r: Json) => r.areaCode === areaCode).volume).toBe(count)
      }
    }
  )
})

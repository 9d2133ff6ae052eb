// Real police.uk files (the repository's fixtures), uploaded as streams from disk.
import { createReadStream, readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { comparisonAreas, derbyshireAreas, policeUkCrimeTypes } from '@csp/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'
import { uploadCsv } from '../test/imports.ts'

const folder = fileURLToPath(new URL('../../../../fixtures/police-uk/', import.meta.url))
const nottinghamshire = `${folder}2024-12-nottinghamshire-street-extract.csv`
const cityOfLondon = `${folder}2023-01-city-of-london-street.csv`
const rowsIn = (path: string) => readFileSync(path, 'utf8').trim().split('\n').length - 1

const stream = (path: string) =>
  Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>

// Naively, with none of the importer's code: split lines and fields (these files quote
// nothing), take the district from the LSOA name, and count Derbyshire rows by crime type.
function derbyshireCounts(path: string) {
  const counts = new Map<string, number>()
  const [, ...lines] = readFileSync(path, 'utf8').trim().split('\n')
  for (const line of lines) {
    const fields = line.split(',')
    const district = (fields[8] ?? '').replace(/ \d{3,}[A-Z]$/, '')
    const area = comparisonAreas(derbyshireAreas).find((a) => a.name === district)
    if (!area) continue
    const type = fields[9] as keyof typeof policeUkCrimeTypes
    const key = `${policeUkCrimeTypes[type].measureId} ${area.code}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

describe.each(testDatabases)('the police.uk sample files on $name', (target) => {
  const t = useTestDb(target)
  const app = () => t.app()
  let token = ''
  beforeAll(async () => {
    token = (await signedInUser(t.db, app(), 'analyst')).token
  })

  it('imports Nottinghamshire, counting the rows it holds in Derbyshire', async () => {
    const res = await uploadCsv(app(), token, stream(nottinghamshire), 'notts.csv')
    const job = await json(res)
    expect(job).toMatchObject({ status: 'succeeded', progress: { rows: rowsIn(nottinghamshire) } })
    expect(job.report.months).toEqual(['2024-12'])
    expect(job.report.noLocation.length).toBeGreaterThan(0)
    expect(job.report.outsideArea.some((r: Json) => r.district === 'Nottingham')).toBe(true)
    const expected = derbyshireCounts(nottinghamshire)
    expect(expected.size).toBeGreaterThan(0)
    for (const { measure } of job.report.tables) {
      const table = await json(await app().request(`/v1/crime-tables/${measure}/2024`))
      expect(table.completeness).toEqual({
        complete: false,
        notes: [
          'No rows for 2024-01, 2024-02, 2024-03, 2024-04, 2024-05, 2024-06, 2024-07, 2024-08, 2024-09, 2024-10, 2024-11 (11 of 12 months).',
        ],
      })
      for (const area of comparisonAreas(derbyshireAreas)) {
        const row = table.rows.find((r: Json) => r.areaCode === area.code)
        expect(row.volume, `${measure} ${area.name}`).toBe(
          expected.get(`${measure} ${area.code}`) ?? 0
        )
      }
    }
  })

  it('imports the City of London: every row outside the partnership', async () => {
    const job = await json(await uploadCsv(app(), token, stream(cityOfLondon), 'city.csv'))
    expect(job).toMatchObject({ status: 'succeeded', progress: { rows: 719 } })
    expect(job.report.months).toEqual(['2023-01'])
    expect(job.report.outsideArea.length).toBeGreaterThan(0)
    expect(job.report.noLocation.length).toBeGreaterThan(0)
    // 2023 is rebuilt, and 2024 too: its trend depends on 2023.
    expect(new Set(job.report.tables.map((x: Json) => x.period))).toEqual(new Set(['2023', '2024']))
    const table = await json(await app().request('/v1/crime-tables/police-uk.burglary/2023'))
    expect(table.rows.every((row: Json) => row.volume === 0)).toBe(true)
    expect(table.completeness.complete).toBe(false)
  })
})

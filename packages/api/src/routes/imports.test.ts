import { policeUkMeasures } from '@csp/domain'
import { desc, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, policeUkCounts } from '../db/schema/index.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType, type Json } from '../test/http.ts'
import { uploadCsv } from '../test/imports.ts'
import {
  expectedVolumes,
  generateRows,
  monthsOf,
  streetFile,
  type GeneratedRow,
} from '../test/police-uk-files.ts'

const volumesOf = (table: Json) =>
  Object.fromEntries(table.rows.map((row: Json) => [row.areaCode, row.volume]))

describe.each(testDatabases)('police.uk imports on $name', (target) => {
  const t = useTestDb(target)
  const app = () => t.app({ imports: { progressIntervalMs: 0 } })
  let analyst: Awaited<ReturnType<typeof signedInUser>>
  const year2024 = generateRows(2024, monthsOf(2024), 700)
  const table = async (measure: string, period: string) =>
    json(await app().request(`/v1/crime-tables/${measure}/${period}`))
  const storedTotal = async () =>
    (await t.db.select({ n: sql<number>`sum(count)::int` }).from(policeUkCounts))[0]?.n ?? 0

  beforeAll(async () => {
    analyst = await signedInUser(t.db, app(), 'analyst')
  })

  it('lets analysts and admins import, and no one else', async () => {
    const body = streetFile(generateRows(1, ['2020-01'], 14))
    expect((await uploadCsv(app(), undefined, body)).status).toBe(401)
    for (const role of ['officer', 'viewer'] as const) {
      const other = await signedInUser(t.db, app(), role)
      const res = await uploadCsv(app(), other.token, body)
      expect(res.status).toBe(403)
      expect((await json(res)).type).toBe(problemType('forbidden'))
      expect((await other.get('/v1/imports')).status).toBe(403)
    }
    const admin = await signedInUser(t.db, app(), 'admin')
    expect((await uploadCsv(app(), admin.token, body)).status).toBe(202)
    const wrongType = await uploadCsv(app(), admin.token, body, undefined, {
      'Content-Type': 'application/json',
    })
    expect(wrongType.status).toBe(415)
    expect((await json(wrongType)).type).toBe(problemType('unsupported-media-type'))
  })

  it('imports a year of Derbyshire rows into exact crime tables with progress', async () => {
    const body = streetFile(year2024)
    const res = await uploadCsv(app(), analyst.token, body, '2024-derbyshire-street.csv')
    expect(res.status).toBe(202)
    const job = await json(res)
    expect(res.headers.get('location')).toBe(`/v1/imports/${job.id}`)
    expect(job).toMatchObject({
      kind: 'police-uk',
      status: 'succeeded',
      file: '2024-derbyshire-street.csv',
      createdBy: analyst.user.id,
      progress: { rows: year2024.length, bytes: Buffer.byteLength(body) },
      error: null,
      links: { self: `/v1/imports/${job.id}` },
    })
    expect(job.finishedAt).not.toBeNull()
    expect(job.report).toMatchObject({ rows: 8400, months: monthsOf(2024), gaps: [], errors: [] })
    expect(job.report.noLocation.length).toBeGreaterThan(0)
    expect(job.report.outsideArea.some((row: Json) => row.district === 'Nottingham')).toBe(true)
    expect(job.report.tables).toHaveLength(14)

    for (const measure of policeUkMeasures) {
      const stored = await table(measure.id, '2024')
      expect(volumesOf(stored), measure.id).toEqual(expectedVolumes(year2024, measure.id, 2024))
      // Complete, but with no trend: there is no 2023 to compare with.
      expect(stored.completeness, measure.id).toEqual({
        complete: true,
        notes: ['No trend: 2023 is not complete in the imported data.'],
      })
      expect(stored.origin).toBe('import')
    }
    const again = await json(await analyst.get(`/v1/imports/${job.id}`))
    expect(again).toEqual(job)
    const { report: _report, ...summary } = job
    expect((await json(await analyst.get('/v1/imports'))).items).toContainEqual(summary)
    expect((await json(await analyst.get('/v1/imports?limit=1'))).items).toHaveLength(1)
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(entry).toMatchObject({
      action: 'import.succeed',
      actorId: analyst.user.id,
      subjectType: 'import',
      subjectId: job.id,
      details: { kind: 'police-uk', rows: 8400, months: monthsOf(2024), tables: 14 },
    })
  })

  it('replaces a month imported again instead of adding to it', async () => {
    const total = await storedTotal()
    const asb = await table('police-uk.anti-social-behaviour', '2024')
    const res = await uploadCsv(app(), analyst.token, streetFile(year2024))
    expect((await json(res)).status).toBe('succeeded')
    expect(await storedTotal()).toBe(total)
    expect(await table('police-uk.anti-social-behaviour', '2024')).toEqual(asb)

    // March again, with other rows: March's counts are replaced, the other months stay.
    const march = generateRows(99, ['2024-03'], 280)
    await uploadCsv(app(), analyst.token, streetFile(march), '2024-03-derbyshire-street.csv')
    const merged: GeneratedRow[] = [...year2024.filter((r) => r.month !== '2024-03'), ...march]
    const measure = 'police-uk.shoplifting'
    expect(volumesOf(await table(measure, '2024'))).toEqual(expectedVolumes(merged, measure, 2024))
    const located = (rows: GeneratedRow[]) => rows.filter((r) => r.district !== null).length
    expect(await storedTotal()).toBe(total - located(year2024.slice(1400, 2100)) + located(march))
  })

  it('keeps a force’s counts when another force’s file for the same month is imported', async () => {
    const upload = async (rows: GeneratedRow[], name: string) => {
      const job = await json(await uploadCsv(app(), analyst.token, streetFile(rows), name))
      expect(job.status).toBe('succeeded')
      return job
    }
    const derbyshire = generateRows(2018, ['2018-03'], 280)
    await upload(derbyshire, '2018-03-derbyshire-street.csv')
    // British Transport Police report crimes on the railway in Derbyshire in their own file.
    const btp = generateRows(7, ['2018-03'], 140).map((row) => ({
      ...row,
      force: 'British Transport Police',
    }))
    const btpJob = await upload(btp, '2018-03-btp-street.csv')
    expect(btpJob.report.forces).toEqual(['British Transport Police'])
    const measure = 'police-uk.violent-crime'
    expect(volumesOf(await table(measure, '2018'))).toEqual(
      expectedVolumes([...derbyshire, ...btp], measure, 2018)
    )
    // Derbyshire's March again: Derbyshire's counts are replaced, British Transport Police's stay.
    const again = generateRows(8, ['2018-03'], 210)
    await upload(again, '2018-03-derbyshire-street.csv')
    expect(volumesOf(await table(measure, '2018'))).toEqual(
      expectedVolumes([...again, ...btp], measure, 2018)
    )
  })

  it('marks years with missing months, and leaves their trend out', async () => {
    const months = monthsOf(2023).filter((m) => m !== '2023-05' && m !== '2023-06')
    const rows = generateRows(2023, months, 700)
    const job = await json(await uploadCsv(app(), analyst.token, streetFile(rows)))
    expect(job.report.tables.map((x: Json) => x.period)).toEqual([
      ...Array(14).fill('2023'),
      ...Array(14).fill('2024'),
    ])
    const previous = await table('police-uk.drugs', '2023')
    expect(previous.completeness).toEqual({
      complete: false,
      notes: ['No rows for 2023-05, 2023-06 (2 of 12 months).'],
    })
    expect(volumesOf(previous)).toEqual(expectedVolumes(rows, 'police-uk.drugs', 2023))
    const current = await table('police-uk.drugs', '2024')
    expect(current.completeness).toEqual({
      complete: true,
      notes: ['No trend: 2023 is not complete in the imported data.'],
    })
    expect(current.rows.every((row: Json) => row.trend.percent === null)).toBe(true)
  })
})

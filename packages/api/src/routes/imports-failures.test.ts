import { desc } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { createImportJob } from '../db/repositories/import-jobs.ts'
import { auditLog } from '../db/schema/index.ts'
import { signedInUser } from '../test/auth.ts'
import { testClock, testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType, type Json } from '../test/http.ts'
import { tableRowCounts, until, uploadCsv } from '../test/imports.ts'
import { generateRows, streetFile, streetLine } from '../test/police-uk-files.ts'

const good = generateRows(7, ['2024-01', '2024-02'], 280)
const encoder = new TextEncoder()

describe.each(testDatabases)('police.uk imports that fail on $name', (target) => {
  const t = useTestDb(target)
  const app = () => t.app({ imports: { progressIntervalMs: 0 } })
  let analyst: Awaited<ReturnType<typeof signedInUser>>
  let before: Record<string, number>
  let asb: Json

  const lastAudit = async () =>
    (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]
  // Every table as before, but for the job row and its one audit entry.
  const expectNothingSaved = async () => {
    expect(await tableRowCounts(t.db)).toEqual({
      ...before,
      import_jobs: (before['import_jobs'] ?? 0) + 1,
      audit_log: (before['audit_log'] ?? 0) + 1,
    })
    const table = await app().request('/v1/crime-tables/police-uk.anti-social-behaviour/2024')
    expect(await json(table)).toEqual(asb)
  }

  beforeAll(async () => {
    analyst = await signedInUser(t.db, app(), 'analyst')
    const res = await uploadCsv(app(), analyst.token, streetFile(good))
    expect((await json(res)).status).toBe('succeeded')
  })
  beforeAll(async () => {
    asb = await json(await app().request('/v1/crime-tables/police-uk.anti-social-behaviour/2024'))
  })

  const failing: [string, string, RegExp][] = [
    [
      'a malformed row',
      streetFile(good.slice(0, 100)) + streetLine(good[0]!, 1).replace('2024-01', '2024-13'),
      /line 102: .*2024-13/,
    ],
    ['a wrong header', 'Crime ID,Month,Outcome type\n1,2024-01,x\n', /wrong header/],
    [
      'an unknown crime type',
      streetFile(good.slice(0, 50)).replace(/Drugs/g, 'Public disorder and weapons'),
      /Public disorder and weapons/,
    ],
  ]
  it.each(failing)('refuses a file with %s and saves nothing', async (_name, body, message) => {
    before = await tableRowCounts(t.db)
    const res = await uploadCsv(app(), analyst.token, body, 'bad.csv')
    expect(res.status).toBe(202)
    const job = await json(res)
    expect(job.status).toBe('failed')
    expect(job.error).toMatch(message)
    expect(job.report.errors.length).toBeGreaterThan(0)
    expect(job.report.errors[0]).toMatchObject({ file: 'bad.csv', message: expect.any(String) })
    expect(job.report.tables).toEqual([])
    await expectNothingSaved()
    expect(await lastAudit()).toMatchObject({ action: 'import.fail', subjectId: job.id })
  })

  it('refuses a body over the route limit, streamed or announced', async () => {
    const small = () => t.app({ bodyLimits: { routes: { '/v1/imports/police-uk': 10_000 } } })
    before = await tableRowCounts(t.db)
    const big = streetFile(good)
    const stream = new Blob([big]).stream()
    const res = await uploadCsv(small(), analyst.token, stream)
    expect(res.status).toBe(413)
    expect((await json(res)).detail).toMatch(/over the limit of 10000 bytes\. Import .* failed\./)
    await expectNothingSaved()
    const announced = await uploadCsv(small(), analyst.token, big, undefined, {
      'Content-Length': String(big.length),
    })
    expect(announced.status).toBe(413)
    expect(await tableRowCounts(t.db)).toMatchObject({ import_jobs: before['import_jobs']! + 1 })
  })

  it('cancels a running import: reading stops and nothing is saved', async () => {
    before = await tableRowCounts(t.db)
    let controller!: ReadableStreamDefaultController<Uint8Array>
    let bodyCancelled = false
    const body = new ReadableStream<Uint8Array>({
      start: (c) => void (controller = c),
      cancel: () => void (bodyCancelled = true),
    })
    controller.enqueue(encoder.encode(streetFile(good.slice(0, 200))))
    const pending = uploadCsv(app(), analyst.token, body, 'slow.csv')
    let id = ''
    await until(async () => {
      // The test clock stands still, so jobs cannot be told apart by time: find it by name.
      const { items } = await json(await analyst.get('/v1/imports?limit=100'))
      const job = items.find((item: Json) => item.file === 'slow.csv')
      id = job?.progress.bytes > 0 ? job.id : ''
      return id !== ''
    })
    const cancelled = await analyst.delete(`/v1/imports/${id}`)
    expect(cancelled.status).toBe(200)
    expect(await json(cancelled)).toMatchObject({ id, status: 'cancelled' })
    try {
      controller.enqueue(encoder.encode(good.slice(200, 300).map(streetLine).join('')))
    } catch {
      // the reader may already have let go of the body
    }
    const res = await pending
    expect(res.status).toBe(202)
    expect(await json(res)).toMatchObject({
      id,
      status: 'cancelled',
      finishedAt: expect.any(String),
    })
    expect(bodyCancelled).toBe(true) // the server let go of the upload
    await expectNothingSaved()
    expect(await lastAudit()).toMatchObject({
      action: 'import.cancel',
      actorId: analyst.user.id,
      subjectId: id,
    })
    const again = await analyst.delete(`/v1/imports/${id}`)
    expect(again.status).toBe(409)
    expect((await json(again)).type).toBe(problemType('conflict'))
  })

  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await analyst.get(`/v1/imports/${unknown}`)).status).toBe(404)
    expect((await analyst.delete(`/v1/imports/${unknown}`)).status).toBe(404)
    expect((await analyst.get('/v1/imports/nope')).status).toBe(400)
    const empty = await uploadCsv(app(), analyst.token, '')
    expect((await json(empty)).status).toBe('failed')
  })

  it('fails a job whose reader went silent', async () => {
    const job = await createImportJob(t.db, {
      kind: 'police-uk',
      fileName: 'lost.csv',
      createdBy: analyst.user.id,
      at: testClock.now(),
    })
    const later = fixedClock('2025-06-01T09:11:00Z')
    const res = await t.app({}, later).request(`/v1/imports/${job.id}`, {
      headers: { Authorization: `Bearer ${analyst.token}` },
    })
    expect(await json(res)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^The import stopped without finishing/),
    })
    expect(await lastAudit()).toMatchObject({ action: 'import.fail', subjectId: job.id })
  })
})

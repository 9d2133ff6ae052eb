import { crimeTables2023 } from '@csp/domain'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { findCrimeTable, saveCrimeTable } from '../db/repositories/crime-tables.ts'
import { testClock, testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'
import { crimeTableView } from '../views/crime-table.ts'
import { ReadModel } from './read-model.ts'

// Every public read the read model serves (a 200 after `csp seed`).
const publicPaths = [
  '/v1/areas',
  '/v1/measures',
  '/v1/duties',
  '/v1/plan',
  '/v1/priorities',
  '/v1/crime-tables',
  '/v1/crime-tables?measure=hate-crime',
  '/v1/crime-tables/anti-social-behaviour/2023',
  '/v1/crime-tables/anti-social-behaviour/2023?order=highest',
  '/v1/crime-tables/anti-social-behaviour/2023?format=csv',
  '/v1/actions/summary',
  '/v1/asb-case-reviews/annual-returns',
  '/v1/asb-case-reviews/annual-return',
  '/v1/asb-case-reviews/annual-return?format=csv',
  '/v1/pspos',
  '/widget/embed?measure=anti-social-behaviour&period=2023&highlight=E07000039',
]

const text = async (answer: Response | Promise<Response>) => (await answer).text()

const asb = crimeTables2023.find((table) => table.measure === 'anti-social-behaviour')!

describe.each(testDatabases)('public views from the read model on $name', (target) => {
  const t = useTestDb(target)

  /** An app whose views come from memory (the feed listens), warmed on every public path. */
  async function servedFromMemory() {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const app = t.app({}, undefined, readModel)
    for (const path of publicPaths) expect((await app.request(path)).status, path).toBe(200)
    return app
  }
  // Computed afresh for every request: no feed, so no view outlives its request's versions.
  const fresh = () => t.app({}, undefined, new ReadModel(t.db))

  async function expectSameAsFresh(app: ReturnType<typeof t.app>) {
    for (const path of publicPaths) {
      const kept = await app.request(path)
      const computed = await fresh().request(path)
      expect({ path, body: await kept.text() }).toEqual({ path, body: await computed.text() })
    }
  }

  it('serves the same bodies as views computed afresh, before and after the data change', async () => {
    const app = await servedFromMemory()
    await expectSameAsFresh(app)
    const view = await json(await app.request('/v1/crime-tables/anti-social-behaviour/2023'))
    const stored = await findCrimeTable(t.db, 'anti-social-behaviour', '2023')
    expect(view).toEqual(JSON.parse(JSON.stringify(crimeTableView(stored!, 'lowest'))))

    const changed = { ...asb, source: { ...asb.source, note: 'corrected in a later release' } }
    await saveCrimeTable(t.db, changed, { origin: 'plan', updatedAt: testClock.now() })
    await expect
      .poll(async () => {
        const body = await json(await app.request('/v1/crime-tables/anti-social-behaviour/2023'))
        return body.source.note
      })
      .toBe('corrected in a later release')
    await expectSameAsFresh(app)
    await saveCrimeTable(t.db, asb, { origin: 'plan', updatedAt: testClock.now() })
  })

  it('answers public reads from memory while an import transaction is open', async () => {
    const app = await servedFromMemory()
    const path = '/v1/crime-tables/anti-social-behaviour/2023'
    const before = await text(app.request(path))
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let inside!: () => void
    const opened = new Promise<void>((resolve) => (inside = resolve))
    const writer = await t.openAnother()
    // As an import's final transaction does: it has written the tables and not yet committed.
    // On PostgreSQL it also holds the table locks; on PGlite it holds the only connection.
    const importing = writer.db.transaction(async (tx) => {
      await tx.execute(sql`lock table crime_tables, crime_table_rows in access exclusive mode`)
      await tx.execute(sql`update crime_table_rows set volume = volume + 1`)
      inside()
      await gate
    })
    await opened
    for (const p of publicPaths.filter((p) => p.startsWith('/v1/crime-tables'))) {
      const answer = await app.request(p)
      expect(answer.status, p).toBe(200)
    }
    expect(await text(app.request(path))).toBe(before)
    release()
    await importing
    await expect.poll(async () => (await text(app.request(path))) !== before).toBe(true)
    await writer.db.execute(sql`update crime_table_rows set volume = volume - 1`)
  })
})

import { Hono } from 'hono'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'
import { ReadModel, etagListed } from './read-model.ts'
import { readModelTables, readModelTopics, type ReadModelTopic } from './topics.ts'

/** An app with one view over `readModel` whose builds are counted and return `content()`. */
function viewApp(readModel: ReadModel, content: (db: Db) => Promise<string>) {
  let builds = 0
  const app = new Hono().get('/view', (c) =>
    readModel.respond(c, {
      key: 'view',
      topics: ['settings'],
      build: async (db) => {
        builds += 1
        return c.json({ content: await content(db) }, 200)
      },
    })
  )
  return { app, builds: () => builds }
}

const settingValue = async (db: Db) => {
  const { rows } = (await db.execute(
    sql`select coalesce((select value->>'note' from app_settings where key = 'read-model-test'), 'none') as note`
  )) as unknown as { rows: { note: string }[] }
  return rows[0]?.note ?? 'none'
}

const writeSetting = (db: Db, note: string) =>
  db.execute(sql`insert into app_settings (key, value, updated_at)
    values ('read-model-test', ${JSON.stringify({ note })}::jsonb, now())
    on conflict (key) do update set value = excluded.value`)

describe.each(testDatabases)('the read model on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('answers If-None-Match with 304 before building or reading anything', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const { app, builds } = viewApp(readModel, settingValue)
    const first = await app.request('/view')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{8}-\d+"$/)
    const again = await app.request('/view', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    const kept = await app.request('/view')
    expect(await json(kept)).toEqual(await json(first))
    expect(builds()).toBe(1)
  })

  it('builds once for concurrent requests, and again after a write by another connection', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const { app, builds } = viewApp(readModel, settingValue)
    const answers = await Promise.all(Array.from({ length: 12 }, () => app.request('/view')))
    expect(new Set(answers.map((a) => a.headers.get('etag'))).size).toBe(1)
    expect(builds()).toBe(1)
    const before = answers[0]?.headers.get('etag') ?? ''

    const other = await t.openAnother()
    await writeSetting(other.db, 'changed elsewhere')
    await expect
      .poll(async () => (await json(await app.request('/view'))).content)
      .toBe('changed elsewhere')
    const after = await app.request('/view', { headers: { 'If-None-Match': before } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect(builds()).toBe(2)
  })

  it('reads the versions per request without a change feed, and is as right', async () => {
    const readModel = new ReadModel(t.db)
    expect(await readModel.live(10)).toBe(false)
    const { app, builds } = viewApp(readModel, settingValue)
    const first = await json(await app.request('/view'))
    await writeSetting(t.db, `no feed ${Date.now()}`)
    const second = await json(await app.request('/view'))
    expect(second).not.toEqual(first)
    expect(second.content).toBe(await settingValue(t.db))
    expect(builds()).toBe(2)
  })

  it('keeps no answer that is not a 200', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    let builds = 0
    const app = new Hono().get('/missing', (c) =>
      readModel.respond(c, {
        key: 'missing',
        topics: ['plan'],
        build: async () => {
          builds += 1
          return c.json({ problem: 'none' }, 404)
        },
      })
    )
    expect((await app.request('/missing')).status).toBe(404)
    expect((await app.request('/missing')).status).toBe(404)
    expect(builds).toBe(2)
  })

  it('moves a topic on for every write to each of its tables, and has no other triggers', async () => {
    const versions = async () => {
      const { rows } = (await t.db.execute(
        sql`select topic, version from read_model_versions`
      )) as unknown as { rows: { topic: ReadModelTopic; version: number | string }[] }
      return new Map(rows.map((r) => [r.topic, Number(r.version)]))
    }
    expect([...(await versions()).keys()].sort()).toEqual([...readModelTopics].sort())
    for (const topic of readModelTopics) {
      for (const table of readModelTables[topic]) {
        const before = await versions()
        // A statement that changes no row still fires the statement-level trigger.
        await t.db.execute(sql.raw(`delete from "${table}" where false`))
        const after = await versions()
        for (const other of readModelTopics) {
          const moved = (after.get(other) ?? 0) - (before.get(other) ?? 0)
          expect({ table, topic: other, moved }).toEqual({
            table,
            topic: other,
            moved: other === topic ? 1 : 0,
          })
        }
      }
    }
    const { rows } = (await t.db.execute(
      sql`select event_object_table as "table" from information_schema.triggers
          where trigger_name like '%\_read\_model' group by event_object_table`
    )) as unknown as { rows: { table: string }[] }
    expect(rows.map((r) => r.table).sort()).toEqual(Object.values(readModelTables).flat().sort())
  })
})

describe('etagListed', () => {
  it('finds a tag in a list, weak or strong, and matches *', () => {
    expect(etagListed('"a-1"', '"a-1"')).toBe(true)
    expect(etagListed('"x", W/"a-1" , "y"', '"a-1"')).toBe(true)
    expect(etagListed('*', '"a-1"')).toBe(true)
    expect(etagListed('"a-2"', '"a-1"')).toBe(false)
    expect(etagListed('', '"a-1"')).toBe(false)
  })
})

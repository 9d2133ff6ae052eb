import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asc, sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { afterAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { testDatabases, testClock, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'
import { createDb, dbOptionsFromEnv, type Db } from './client.ts'
import { migrate, migrationsFolder, migrationStatus } from './migrate.ts'
import { listCrimeTables, saveCrimeTable } from './repositories/crime-tables.ts'
import * as schema from './schema/index.ts'
import { planSeedStep, seed, type SeedStep } from './seed.ts'

// Every helper's migration adds one; the tests count the folder instead of hard-coding a number.
const n = readMigrationFiles({ migrationsFolder: migrationsFolder() }).length

/** Everything seeding writes, without the timestamps, in a stable order. */
async function contents(db: Db) {
  return {
    plans: (await db.select().from(schema.plans)).map(({ loadedAt: _, ...row }) => row),
    crimeTables: (
      await db.select().from(schema.crimeTables).orderBy(asc(schema.crimeTables.id))
    ).map(({ updatedAt: _, ...row }) => row),
    rows: await db
      .select()
      .from(schema.crimeTableRows)
      .orderBy(asc(schema.crimeTableRows.tableId), asc(schema.crimeTableRows.position)),
    returns: await db.select().from(schema.asbCaseReviewReturns),
    actionCounts: await db
      .select()
      .from(schema.planActionCounts)
      .orderBy(asc(schema.planActionCounts.position)),
  }
}

describe.each(testDatabases)('migrations and seeding on $name', (target) => {
  const t = useTestDb(target, { migrate: false, seed: false })

  it('migrates an empty database, and migrating again changes nothing', async () => {
    expect(await migrationStatus(t.handle)).toEqual({ applied: 0, available: n })
    await migrate(t.handle)
    expect(await migrationStatus(t.handle)).toEqual({ applied: n, available: n })
    await migrate(t.handle)
    expect(await migrationStatus(t.handle)).toEqual({ applied: n, available: n })
  })

  it('serves empty resources and 404 problems before seeding', async () => {
    const app = t.app()
    expect(await json(await app.request('/v1/crime-tables'))).toEqual({ items: [] })
    for (const path of ['/v1/plan', '/v1/priorities', '/v1/actions/summary']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(await json(res)).toMatchObject({
        type: problemType('not-found'),
        detail: "No partnership plan has been loaded; run 'csp seed'.",
      })
    }
    const annual = await app.request('/v1/asb-case-reviews/annual-return')
    expect(annual.status).toBe(404)
    expect((await app.request('/readyz')).status).toBe(200)
  })

  it('seeds the South Derbyshire plan, and seeding again leaves the same data', async () => {
    const [result] = await seed(t.db, { clock: testClock, env: {} })
    expect(result?.step).toBe('plan')
    expect(result?.summary).toMatch(
      /6 crime tables, the 2024-25 ASB Case Review return, 8 action counts/
    )
    const once = await contents(t.db)
    expect(once.plans).toHaveLength(1)
    expect(once.crimeTables).toHaveLength(6)
    expect(once.rows).toHaveLength(66)
    expect(once.returns).toHaveLength(1)
    expect(once.actionCounts).toHaveLength(8)
    await seed(t.db, { clock: fixedClock('2026-01-01T00:00:00Z'), env: {} })
    expect(await contents(t.db)).toEqual(once)
    const [plan] = await t.db.select().from(schema.plans)
    expect(plan?.loadedAt.toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('rolls a failing seed step back and keeps the steps before it', async () => {
    const failing: SeedStep = {
      name: 'broken',
      async run(db, { clock }) {
        await saveCrimeTable(
          db,
          {
            measure: 'police-uk.drugs',
            period: '2030',
            from: '2030-01-01',
            to: '2030-12-31',
            source: { publisher: 'p', title: 't' },
            rows: [],
          },
          { origin: 'import', updatedAt: clock.now() }
        )
        throw new Error('step failed')
      },
    }
    await expect(
      seed(t.db, { steps: [planSeedStep(), failing], clock: testClock, env: {} })
    ).rejects.toThrow('step failed')
    const measures = (await listCrimeTables(t.db)).map((s) => s.table.measure)
    expect(measures).toHaveLength(6)
    expect(measures).not.toContain('police-uk.drugs')
  })

  it('enforces the data rules in the database too', async () => {
    await expect(
      t.db.execute(
        sql`insert into plan_action_counts (plan_id, action_id, position, priority_id, heading, description, count, unit, period, source)
            values ('south-derbyshire-csp-2023-26', 'bad', 99, 'p', 'h', 'd', -1, 'u', '{}', '{}')`
      )
    ).rejects.toThrow()
  })
})

describe('the embedded database directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csp-data-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps its data across restarts', { timeout: 60_000 }, async () => {
    const first = await createDb({ dataDir: dir })
    try {
      expect(first.location).toBe(join(dir, 'pglite'))
      await migrate(first)
      await seed(first.db, { clock: testClock, env: {} })
    } finally {
      await first.close()
    }
    const second = await createDb({ dataDir: dir })
    try {
      expect(await migrationStatus(second)).toEqual({ applied: n, available: n })
      expect(await listCrimeTables(second.db)).toHaveLength(6)
    } finally {
      await second.close()
    }
  })
})

describe('dbOptionsFromEnv', () => {
  it('prefers DATABASE_URL, else CSP_DATA_DIR, else ./.data', () => {
    expect(
      dbOptionsFromEnv({ DATABASE_URL: 'postgres://db/csp', CSP_DATA_DIR: '/x' }, '/srv')
    ).toEqual({
      databaseUrl: 'postgres://db/csp',
    })
    expect(dbOptionsFromEnv({ CSP_DATA_DIR: 'data' }, '/srv')).toEqual({ dataDir: '/srv/data' })
    expect(dbOptionsFromEnv({ DATABASE_URL: ' ' }, '/srv')).toEqual({ dataDir: '/srv/.data' })
  })
})

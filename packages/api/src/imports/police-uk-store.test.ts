import type { PoliceUkCrimeType } from '@csp/domain'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { createImportJob, finishImportJob } from '../db/repositories/import-jobs.ts'
import { testClock, testDatabases, useTestDb } from '../test/databases.ts'
import {
  makePoliceUkSourcesCurrent,
  prunePoliceUkCounts,
  stagePoliceUkCounts,
  type StoredPoliceUkAggregate,
} from './police-uk-store.ts'

const crimeTypes: PoliceUkCrimeType[] = ['Burglary', 'Drugs', 'Robbery']

/** `lsoas` × three crime types of counts for each month, as an aggregator would give them. */
function aggregateOf(force: string, months: string[], lsoas: number): StoredPoliceUkAggregate {
  const cells = months.flatMap((month) =>
    Array.from({ length: lsoas }, (_, i) => `E0101${String(9000 + i)}`).flatMap((lsoa) =>
      crimeTypes.map((crimeType) => ({ month, force, lsoa, crimeType, count: 2 }))
    )
  )
  return {
    rows: cells.length * 2,
    months,
    counts: [],
    outsideArea: [],
    noLocation: [],
    gaps: [],
    errors: [],
    forceCounts: months.flatMap((month) =>
      crimeTypes.map((crimeType) => ({ month, force, crimeType, count: lsoas * 2 }))
    ),
    lsoaCounts: cells.map((c) => ({ ...c, district: 'South Derbyshire', areaCode: 'E07000039' })),
    gridCounts: cells.map((c) => ({ ...c, cell: `SK${c.lsoa.slice(-4)}` })),
  }
}

/** Stages an import's counts and ends its job: `current` makes them count (and succeed). */
async function importOf(
  db: Db,
  aggregate: StoredPoliceUkAggregate,
  end: 'current' | 'failed' | 'cancelled' | 'running'
) {
  const at = testClock.now()
  const job = await createImportJob(db, {
    kind: 'police-uk',
    fileName: 'f.csv',
    createdBy: null,
    at,
  })
  await stagePoliceUkCounts(db, aggregate, job.id, { batchRows: 50 })
  if (end === 'current')
    await db.transaction(async (tx) => {
      await makePoliceUkSourcesCurrent(tx, aggregate, job.id)
      await finishImportJob(tx, job.id, { status: 'succeeded', at })
    })
  else if (end !== 'running') await finishImportJob(db, job.id, { status: end, at })
  return job.id
}

/** Rows of each count table, by import, force and month: `id force month` → rows. */
async function storedSets(db: Db, ids: Record<string, string>) {
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]))
  const sets: Record<string, number> = {}
  for (const table of ['police_uk_counts', 'police_uk_district_counts', 'police_uk_grid_counts']) {
    const { rows } = (await db.execute(
      sql.raw(`select import_id::text as id, force, month, count(*)::int as n from ${table}
        group by import_id, force, month`)
    )) as unknown as { rows: { id: string; force: string; month: string; n: number }[] }
    for (const row of rows) sets[`${table} ${names.get(row.id)} ${row.force} ${row.month}`] = row.n
  }
  return sets
}

describe.each(testDatabases)('pruning police.uk counts on $name', (target) => {
  const t = useTestDb(target)

  it('deletes the counts of superseded, failed and cancelled imports, and no others', async () => {
    const ids = {
      first: await importOf(t.db, aggregateOf('Derbyshire', ['2019-01', '2019-02'], 12), 'current'),
      // February again: the first import's February no longer counts.
      again: await importOf(t.db, aggregateOf('Derbyshire', ['2019-02'], 5), 'current'),
      // Another force's January leaves Derbyshire's January current.
      btp: await importOf(t.db, aggregateOf('British Transport Police', ['2019-01'], 2), 'current'),
      failed: await importOf(t.db, aggregateOf('Derbyshire', ['2019-03'], 4), 'failed'),
      cancelled: await importOf(t.db, aggregateOf('Derbyshire', ['2019-04'], 3), 'cancelled'),
      running: await importOf(t.db, aggregateOf('Derbyshire', ['2019-03'], 6), 'running'),
    }
    const before = await storedSets(t.db, ids)
    let statements = 0
    const deleted = await prunePoliceUkCounts(t.db, {
      batchRows: 7,
      between: async () => void (statements += 1),
    })

    const stale = (set: string) =>
      set.endsWith(' first Derbyshire 2019-02') || / (failed|cancelled) /.test(set)
    const kept = Object.fromEntries(Object.entries(before).filter(([set]) => !stale(set)))
    expect(await storedSets(t.db, ids)).toEqual(kept)
    const gone = Object.entries(before).filter(([set]) => !(set in kept))
    expect(deleted).toBe(gone.reduce((sum, [, rows]) => sum + rows, 0))
    // In batches of 7 rows, each followed by `between` (a last, short batch ends each set).
    expect(statements).toBe(gone.reduce((sum, [, rows]) => sum + Math.floor(rows / 7) + 1, 0))
    expect(await prunePoliceUkCounts(t.db)).toBe(0)
  })

  it('leaves an empty store empty', async () => {
    await t.db.execute(sql`delete from police_uk_sources`)
    for (const table of ['police_uk_counts', 'police_uk_district_counts', 'police_uk_grid_counts'])
      await t.db.execute(sql.raw(`delete from ${table}`))
    expect(await prunePoliceUkCounts(t.db)).toBe(0)
  })
})

import { CrimeTable, type CrimeTableCompleteness } from '@csp/domain'
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { crimeTableRows, crimeTables, type CrimeTableOrigin } from '../schema/index.ts'

/**
 * Whether a table covers its whole period and every area; `notes` say what is missing. Plan
 * tables are complete as published; imports fill it from the police.uk gap report.
 */
export type Completeness = CrimeTableCompleteness

/** A stored table with where it came from. */
export interface StoredCrimeTable {
  table: CrimeTable
  origin: CrimeTableOrigin
  planId: string | null
  completeness: Completeness
  updatedAt: Date
}

/** A table's heading without its rows, for the index. */
export type CrimeTableSummary = Omit<StoredCrimeTable, 'table'> & {
  table: Omit<CrimeTable, 'rows'>
}

/** Options for {@link saveCrimeTable}. */
export interface SaveCrimeTableOptions {
  origin: CrimeTableOrigin
  planId?: string | null
  /** Overrides `table.completeness`; a table with neither is stored as complete. */
  completeness?: Completeness
  updatedAt: Date
}

/**
 * Stores a crime table, replacing any table of the same measure and period with its rows, in
 * one transaction (a savepoint when `db` is already a transaction).
 *
 * @example
 * ```ts
 * await saveCrimeTable(db, crimeTables2023[0], { origin: 'plan', planId: plan.id, updatedAt: clock.now() })
 * ```
 */
export async function saveCrimeTable(
  db: Db,
  input: CrimeTable,
  options: SaveCrimeTableOptions
): Promise<void> {
  const table = CrimeTable.parse(input)
  const completeness = options.completeness ?? table.completeness ?? { complete: true, notes: [] }
  const values = {
    measure: table.measure,
    period: table.period,
    periodFrom: table.from,
    periodTo: table.to,
    source: table.source,
    origin: options.origin,
    planId: options.planId ?? null,
    complete: completeness.complete,
    completenessNotes: completeness.notes,
    updatedAt: options.updatedAt,
  }
  await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(crimeTables)
      .values(values)
      .onConflictDoUpdate({ target: [crimeTables.measure, crimeTables.period], set: values })
      .returning({ id: crimeTables.id })
    if (!saved) throw new Error(`could not save the ${table.measure} ${table.period} table`)
    await tx.delete(crimeTableRows).where(eq(crimeTableRows.tableId, saved.id))
    if (table.rows.length === 0) return
    await tx.insert(crimeTableRows).values(
      table.rows.map((row, position) => ({
        tableId: saved.id,
        position,
        areaCode: row.areaCode,
        volume: row.volume,
        rate: row.rate,
        trend: row.trend,
      }))
    )
  })
}

type TableRow = typeof crimeTables.$inferSelect

function summaryOf(row: TableRow): CrimeTableSummary {
  return {
    table: {
      measure: row.measure,
      period: row.period,
      from: row.periodFrom,
      to: row.periodTo,
      source: row.source,
    },
    origin: row.origin,
    planId: row.planId,
    completeness: { complete: row.complete, notes: row.completenessNotes },
    updatedAt: row.updatedAt,
  }
}

/**
 * Every stored table's heading, by measure then period.
 *
 * @example
 * ```ts
 * (await listCrimeTables(db)).map((t) => `${t.table.measure} ${t.table.period}`)
 * //=> ['anti-social-behaviour 2023', 'domestic-abuse 2023', …]
 * ```
 */
export async function listCrimeTables(
  db: Db,
  filter: { measure?: string | undefined } = {}
): Promise<CrimeTableSummary[]> {
  const rows = await db
    .select()
    .from(crimeTables)
    .where(filter.measure === undefined ? undefined : eq(crimeTables.measure, filter.measure))
    .orderBy(asc(crimeTables.measure), asc(crimeTables.periodFrom), asc(crimeTables.period))
  return rows.map(summaryOf)
}

/**
 * One table with its rows in published order, or `undefined`.
 *
 * @example
 * ```ts
 * (await findCrimeTable(db, 'hate-crime', '2023'))?.table.rows.length //=> 11
 * ```
 */
export async function findCrimeTable(
  db: Db,
  measure: string,
  period: string
): Promise<StoredCrimeTable | undefined> {
  const [row] = await db
    .select()
    .from(crimeTables)
    .where(and(eq(crimeTables.measure, measure), eq(crimeTables.period, period)))
  if (!row) return undefined
  const rows = await db
    .select()
    .from(crimeTableRows)
    .where(eq(crimeTableRows.tableId, row.id))
    .orderBy(asc(crimeTableRows.position))
  const summary = summaryOf(row)
  return {
    ...summary,
    table: {
      ...summary.table,
      rows: rows.map(({ areaCode, volume, rate, trend }) => ({ areaCode, volume, rate, trend })),
      completeness: summary.completeness,
    },
  }
}

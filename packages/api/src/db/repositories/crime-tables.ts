import { CrimeTable, type CrimeTableCompleteness } from '@csp/domain'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
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
export function saveCrimeTable(
  db: Db,
  input: CrimeTable,
  options: SaveCrimeTableOptions
): Promise<void> {
  return saveCrimeTables(db, [{ table: input, completeness: options.completeness }], options)
}

/**
 * Stores several crime tables in three statements, whatever their number (an import rebuilds
 * two years of fourteen measures in its final transaction, which must stay short), replacing
 * any of the same measure and period with their rows; in one transaction (a savepoint when
 * `db` is already one).
 *
 * @example
 * ```ts
 * await saveCrimeTables(tx, tables.map((table) => ({ table, completeness })), { origin: 'import', updatedAt })
 * ```
 */
export async function saveCrimeTables(
  db: Db,
  inputs: readonly { table: CrimeTable; completeness?: Completeness | undefined }[],
  options: Omit<SaveCrimeTableOptions, 'completeness'>
): Promise<void> {
  if (inputs.length === 0) return
  const tables = inputs.map(({ table, completeness }) => {
    const parsed = CrimeTable.parse(table)
    return {
      table: parsed,
      completeness: completeness ?? parsed.completeness ?? { complete: true, notes: [] },
    }
  })
  const values = tables.map(({ table, completeness }) => ({
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
  }))
  await db.transaction(async (tx) => {
    const saved = await tx
      .insert(crimeTables)
      .values(values)
      .onConflictDoUpdate({
        target: [crimeTables.measure, crimeTables.period],
        set: {
          periodFrom: sql`excluded.period_from`,
          periodTo: sql`excluded.period_to`,
          source: sql`excluded.source`,
          origin: sql`excluded.origin`,
          planId: sql`excluded.plan_id`,
          complete: sql`excluded.complete`,
          completenessNotes: sql`excluded.completeness_notes`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .returning({ id: crimeTables.id, measure: crimeTables.measure, period: crimeTables.period })
    const idOf = new Map(saved.map((row) => [`${row.measure}\n${row.period}`, row.id]))
    const ids = [...idOf.values()]
    await tx.delete(crimeTableRows).where(inArray(crimeTableRows.tableId, ids))
    const rows = tables.flatMap(({ table }) => {
      const tableId = idOf.get(`${table.measure}\n${table.period}`)
      if (tableId === undefined)
        throw new Error(`could not save the ${table.measure} ${table.period} table`)
      return table.rows.map((row, position) => ({
        tableId,
        position,
        areaCode: row.areaCode,
        volume: row.volume,
        rate: row.rate,
        trend: row.trend,
      }))
    })
    if (rows.length > 0) await tx.insert(crimeTableRows).values(rows)
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

import type { PspoOrder } from '@csp/domain'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { pspos } from '../schema/index.ts'

type Row = typeof pspos.$inferSelect

/** A stored row as the domain's order (its input form: the domain validates on use). */
export function pspoOrderOf(row: Row): PspoOrder {
  return {
    id: row.id,
    title: row.title,
    place: row.place,
    kind: row.kind,
    madeOn: row.madeOn,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    extensions: row.extensions,
    variations: row.variations,
    ...(row.dischargedOn === null ? {} : { dischargedOn: row.dischargedOn }),
  }
}

/**
 * Every PSPO on the register, as domain orders.
 *
 * @example
 * ```ts
 * pspoRegister(await listPspos(db), '2025-06-01')
 * ```
 */
export async function listPspos(db: Db): Promise<PspoOrder[]> {
  const rows = await db.select().from(pspos).orderBy(asc(pspos.endsOn), asc(pspos.id))
  return rows.map(pspoOrderOf)
}

/**
 * One PSPO, or undefined.
 *
 * @example
 * ```ts
 * const order = await findPspo(db, id)
 * ```
 */
export async function findPspo(db: Db, id: string): Promise<PspoOrder | undefined> {
  const [row] = await db.select().from(pspos).where(eq(pspos.id, id))
  return row && pspoOrderOf(row)
}

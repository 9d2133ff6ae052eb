import type { PspoOrder } from '@csp/domain'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { organisations, pspos } from '../schema/index.ts'

type Row = typeof pspos.$inferSelect

/** A PSPO as stored: the domain's order, and the council that made it (null when not kept). */
export interface StoredPspo {
  order: PspoOrder
  council: { id: string; name: string } | null
}

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

function selectPspos(db: Db) {
  return db
    .select({ row: pspos, councilName: organisations.name })
    .from(pspos)
    .leftJoin(organisations, eq(organisations.id, pspos.councilId))
}

const storedOf = ({ row, councilName }: { row: Row; councilName: string | null }) => ({
  order: pspoOrderOf(row),
  council: row.councilId === null ? null : { id: row.councilId, name: councilName ?? '' },
})

/**
 * Every PSPO on the register, as domain orders with their councils.
 *
 * @example
 * ```ts
 * pspoRegister((await listPspos(db)).map((p) => p.order), '2025-06-01')
 * ```
 */
export async function listPspos(db: Db): Promise<StoredPspo[]> {
  const rows = await selectPspos(db).orderBy(asc(pspos.endsOn), asc(pspos.id))
  return rows.map(storedOf)
}

/**
 * One PSPO with its council, or undefined.
 *
 * @example
 * ```ts
 * const stored = await findPspo(db, id)
 * ```
 */
export async function findPspo(db: Db, id: string): Promise<StoredPspo | undefined> {
  const [row] = await selectPspos(db).where(eq(pspos.id, id))
  return row && storedOf(row)
}

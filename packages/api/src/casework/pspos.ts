import { randomUUID } from 'node:crypto'
import { extendPspo, PspoOrder, pspoStatus, type PspoStatus } from '@csp/domain'
import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findPspo } from '../db/repositories/pspos.ts'
import { pspos } from '../db/schema/index.ts'
import type { FieldError } from '../http/problems.ts'
import type { CreatePspoRequest, ExtendPspoRequest, PspoEntry } from '../schemas/pspos.ts'
import { jsonError } from './refusal.ts'

/**
 * A PSPO with its register status (domain `pspoStatus` on the day wanted, with the default LOCAL
 * settings: expiring soon within 90 days, review 6 months before the end).
 *
 * @example
 * ```ts
 * pspoEntry(order, pspoStatus(order, '2027-04-01')).status //=> 'expiring-soon'
 * ```
 */
export function pspoEntry(order: PspoOrder, register: PspoStatus): PspoEntry {
  const { endsOn: inForceUntil, ...status } = register
  return {
    id: order.id,
    title: order.title,
    place: order.place,
    kind: order.kind,
    madeOn: order.madeOn,
    startsOn: order.startsOn,
    endsOn: order.endsOn,
    extensions: order.extensions,
    variations: order.variations,
    dischargedOn: order.dischargedOn ?? null,
    ...status,
    inForceUntil,
  }
}

/** Who acts, today in England, and now. */
export interface PspoWriteContext {
  actorId: string
  today: string
  at: Date
}

const notAfterToday = (path: string, date: string, today: string) =>
  date > today ? [jsonError(path, `must not be after today (${today})`)] : []

/**
 * Puts a PSPO on the register after the domain's `PspoOrder` checks (3-year maximum, dates in
 * order, lawful extensions); refused with field errors otherwise. Audited.
 *
 * @example
 * ```ts
 * const result = await createPspo(db, body, { actorId: user.id, today, at: clock.now() })
 * ```
 */
export async function createPspo(
  db: Db,
  body: CreatePspoRequest,
  context: PspoWriteContext
): Promise<PspoEntry | { errors: FieldError[] }> {
  const id = randomUUID()
  const parsed = PspoOrder.safeParse({ ...body, id })
  const errors: FieldError[] = [
    ...notAfterToday('madeOn', body.madeOn, context.today),
    ...body.extensions.flatMap((e, n) =>
      notAfterToday(`extensions.${n}.madeOn`, e.madeOn, context.today)
    ),
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => jsonError(i.path.map(String).join('.'), i.message))),
  ]
  if (!parsed.success || errors.length > 0) return { errors }
  const order = parsed.data
  return auditedTransaction(db, async (tx) => {
    const { id: _id, dischargedOn, ...fields } = order
    await tx.insert(pspos).values({
      id,
      ...fields,
      dischargedOn: dischargedOn ?? null,
      createdBy: context.actorId,
      createdAt: context.at,
      updatedAt: context.at,
    })
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'pspo.create',
      subject: { type: 'pspo', id },
      details: { title: order.title, startsOn: order.startsOn, endsOn: order.endsOn },
    })
    return pspoEntry(order, pspoStatus(order, context.today))
  })
}

/**
 * Extends a PSPO with the domain's `extendPspo` (made before it expires, up to 3 years on):
 * undefined when there is no such PSPO, a conflict when the law does not allow the extension.
 *
 * @example
 * ```ts
 * await extendStoredPspo(db, id, { madeOn: '2027-04-01' }, context)
 * ```
 */
export function extendStoredPspo(
  db: Db,
  id: string,
  body: ExtendPspoRequest,
  context: PspoWriteContext
): Promise<PspoEntry | undefined | { errors: FieldError[] } | { conflict: string }> {
  const errors = notAfterToday('madeOn', body.madeOn, context.today)
  if (errors.length > 0) return Promise.resolve({ errors })
  return auditedTransaction(db, async (tx) => {
    const order = await findPspo(tx, id)
    if (!order) return undefined
    let extended: PspoOrder
    try {
      extended = extendPspo(order, body)
    } catch (error) {
      if (error instanceof RangeError) return { conflict: error.message }
      throw error
    }
    await tx
      .update(pspos)
      .set({ extensions: extended.extensions, updatedAt: context.at })
      .where(eq(pspos.id, id))
    const added = extended.extensions.at(-1)
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'pspo.extend',
      subject: { type: 'pspo', id },
      details: { ...added },
    })
    return pspoEntry(extended, pspoStatus(extended, context.today))
  })
}

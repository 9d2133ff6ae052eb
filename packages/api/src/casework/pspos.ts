import { randomUUID } from 'node:crypto'
import { extendPspo, PspoChangeError, PspoOrder, pspoStatus, type PspoStatus } from '@csp/domain'
import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Principal } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { findOrganisation } from '../db/repositories/people.ts'
import { findPspo, type StoredPspo } from '../db/repositories/pspos.ts'
import { pspos } from '../db/schema/index.ts'
import type { FieldError } from '../schemas/field-error.ts'
import type { CreatePspoRequest, ExtendPspoRequest, PspoEntry } from '../schemas/pspos.ts'
import { invalid, jsonError, type Refusal } from './refusal.ts'
import { mayWriteFor, notYourAgency } from './visibility.ts'

/**
 * A PSPO with its council and register status (domain `pspoStatus` on the day wanted, with the
 * default LOCAL settings: expiring soon within 90 days, review 6 months before the end).
 *
 * @example
 * ```ts
 * pspoEntry({ order, council }, pspoStatus(order, '2027-04-01')).status //=> 'expiring-soon'
 * ```
 */
export function pspoEntry({ order, council }: StoredPspo, register: PspoStatus): PspoEntry {
  const { endsOn: inForceUntil, ...status } = register
  return {
    id: order.id,
    title: order.title,
    place: order.place,
    council,
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
  principal: Principal
  today: string
  at: Date
}

/** Why a PSPO write was refused: fields to correct, or not the writer's council (403). */
export type PspoRefusal = Extract<Refusal, { refused: 'invalid' | 'forbidden' }>

const onlyCouncils =
  'PSPOs are made by councils: only officers of a council, or an admin, may put one on the register.'

/**
 * The council a new order is for: the one named, else the writer's own organisation; refused
 * unless it is a council organisation the writer may write for ({@link mayWriteFor}).
 */
async function councilFor(
  db: Db,
  asked: string | undefined,
  principal: Principal
): Promise<{ id: string; name: string } | PspoRefusal> {
  const { role, organisationId } = principal.user
  const id = asked ?? organisationId
  const council = await findOrganisation(db, id)
  if (role !== 'admin') {
    if (!council || council.kind !== 'council')
      return { refused: 'forbidden', detail: onlyCouncils }
    if (!mayWriteFor(principal, council.id)) {
      return {
        refused: 'forbidden',
        detail: notYourAgency(council.name, 'put its orders on the register'),
      }
    }
    return council
  }
  if (!council) return invalid([jsonError('council', 'no organisation has this id')])
  if (council.kind !== 'council') {
    const message =
      asked === undefined
        ? 'name the council that made the order: your organisation is not a council'
        : 'must be a council: a PSPO is made by a local authority'
    return invalid([jsonError('council', message)])
  }
  return council
}

const notAfterToday = (path: string, date: string, today: string) =>
  date > today ? [jsonError(path, `must not be after today (${today})`)] : []

/**
 * Puts a PSPO on the register for its council after the domain's `PspoOrder` checks (3-year
 * maximum, dates in order, lawful extensions); refused with field errors otherwise, and
 * forbidden for a council that is not the officer's own. Audited.
 *
 * @example
 * ```ts
 * const result = await createPspo(db, body, { principal, today, at: clock.now() })
 * ```
 */
export async function createPspo(
  db: Db,
  body: CreatePspoRequest,
  context: PspoWriteContext
): Promise<PspoEntry | PspoRefusal> {
  const council = await councilFor(db, body.council, context.principal)
  if ('refused' in council && council.refused === 'forbidden') return council
  const id = randomUUID()
  const { council: _council, ...fields } = body
  const parsed = PspoOrder.safeParse({ ...fields, id })
  const errors: FieldError[] = [
    ...notAfterToday('madeOn', body.madeOn, context.today),
    ...body.extensions.flatMap((e, n) =>
      notAfterToday(`extensions.${n}.madeOn`, e.madeOn, context.today)
    ),
    ...('refused' in council ? council.errors : []),
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => jsonError(i.path.map(String).join('.'), i.message))),
  ]
  if (!parsed.success || 'refused' in council || errors.length > 0) return invalid(errors)
  const order = parsed.data
  const actorId = context.principal.user.id
  return auditedTransaction(db, async (tx) => {
    const { id: _id, dischargedOn, ...columns } = order
    await tx.insert(pspos).values({
      id,
      ...columns,
      dischargedOn: dischargedOn ?? null,
      councilId: council.id,
      createdBy: actorId,
      createdAt: context.at,
      updatedAt: context.at,
    })
    await appendAudit(tx, {
      at: context.at,
      actorId,
      action: 'pspo.create',
      subject: { type: 'pspo', id },
      details: {
        title: order.title,
        councilId: council.id,
        startsOn: order.startsOn,
        endsOn: order.endsOn,
      },
    })
    const stored = { order, council: { id: council.id, name: council.name } }
    return pspoEntry(stored, pspoStatus(order, context.today))
  })
}

/**
 * Extends a PSPO with the domain's `extendPspo` (made before it expires, up to 3 years on):
 * undefined when there is no such PSPO, forbidden unless the writer is an admin or an officer
 * of its council, a conflict when the law does not allow the extension.
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
): Promise<PspoEntry | undefined | PspoRefusal | Extract<Refusal, { refused: 'conflict' }>> {
  const { principal } = context
  return auditedTransaction(db, async (tx) => {
    const stored = await findPspo(tx, id)
    if (!stored) return undefined
    const { order, council } = stored
    if (principal.user.role !== 'admin' && !(council && mayWriteFor(principal, council.id))) {
      return {
        refused: 'forbidden',
        detail: council
          ? notYourAgency(council.name, 'extend its orders')
          : 'Only an admin may extend an order stored without its council.',
      }
    }
    const errors = notAfterToday('madeOn', body.madeOn, context.today)
    if (errors.length > 0) return invalid(errors)
    let extended: PspoOrder
    try {
      extended = extendPspo(order, body)
    } catch (error) {
      if (error instanceof PspoChangeError)
        return { refused: 'conflict', detail: `${error.message}.` }
      throw error
    }
    await tx
      .update(pspos)
      .set({ extensions: extended.extensions, updatedAt: context.at })
      .where(eq(pspos.id, id))
    const added = extended.extensions.at(-1)
    await appendAudit(tx, {
      at: context.at,
      actorId: principal.user.id,
      action: 'pspo.extend',
      subject: { type: 'pspo', id },
      details: { ...added },
    })
    return pspoEntry({ order: extended, council }, pspoStatus(extended, context.today))
  })
}

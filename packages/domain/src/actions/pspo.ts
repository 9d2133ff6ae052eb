import { addDays } from 'date-fns/addDays'
import { z } from 'zod'
import { IsoDate, toIsoDate } from '../_lib/iso-date.ts'
import { endOfPeriodBeginningWith } from '../calendar/index.ts'
import { RuleViolation } from '../_lib/rule-violation.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'

const maxMonths = { standard: 36, expedited: 6 } as const

/**
 * The last day a PSPO may have effect without extension: 3 years beginning with the day it
 * starts (PSPO-02, [M]), or 6 months for an expedited PSPO near a school or NHS site (PSPO-08,
 * [M]). Counted like every "period beginning with" (T-03, T-04): an order starting on
 * 29 Feb 2024 may run to 28 Feb 2027 (the T-04 month-end edge is unconfirmed case law).
 *
 * @example
 * ```ts
 * pspoLatestEnd('2024-06-01') //=> '2027-05-31'
 * pspoLatestEnd('2024-02-29') //=> '2027-02-28'
 * pspoLatestEnd('2025-01-01', { kind: 'expedited' }) //=> '2025-06-30'
 * ```
 */
export function pspoLatestEnd(
  startsOn: string,
  { kind = 'standard' }: { kind?: 'standard' | 'expedited' } = {}
): string {
  parseDateArgument(startsOn, 'startsOn')
  return endOfPeriodBeginningWith(startsOn, maxMonths[kind])
}

/**
 * The last day for an interested person to apply to the High Court to question a PSPO or a
 * variation: 6 weeks beginning with the day it is made, so the day made is day 1 (PSPO-05, s66,
 * [H]).
 *
 * @example
 * ```ts
 * pspoChallengeDeadline('2025-03-03') //=> '2025-04-13'
 * pspoChallengeDeadline('2024-02-29') //=> '2024-04-10'
 * pspoChallengeDeadline('2024-12-01') //=> '2025-01-11'
 * ```
 */
export function pspoChallengeDeadline(madeOn: string): string {
  return toIsoDate(addDays(parseDateArgument(madeOn, 'madeOn'), 6 * 7 - 1))
}

const limitWords = { standard: '3 years', expedited: '6 months' } as const
const extensionRule = { standard: 'PSPO-02', expedited: 'PSPO-08' } as const

/**
 * A change to the period a PSPO has effect: when it was decided and the new last day in force.
 * An extension (s60 for a standard order; s60A for an expedited one) runs the order on; only an
 * expedited order may be reduced (s60A, PSPO-08: "extending or reducing the period for which an
 * expedited order has effect"), marked `kind: 'reduction'`. Without `kind` it is an extension.
 *
 * @example
 * ```ts
 * PspoExtension.parse({ madeOn: '2027-04-01', endsOn: '2030-05-31' }).endsOn //=> '2030-05-31'
 * PspoExtension.parse({ madeOn: '2025-02-01', endsOn: '2025-02-28', kind: 'reduction' }).kind
 * //=> 'reduction'
 * ```
 */
export const PspoExtension = z
  .object({
    madeOn: IsoDate,
    endsOn: IsoDate,
    kind: z.enum(['extension', 'reduction']).optional(),
  })
  .meta({ id: 'PspoExtension' })
export type PspoExtension = z.infer<typeof PspoExtension>

/**
 * A PSPO as kept on a council's register. `endsOn` is the last day in force as made; extensions
 * (and, for an expedited order, reductions) move it (see {@link pspoCurrentEnd}). Parsing checks
 * the statutory limits: the order runs no more than 3 years (6 months if expedited) from
 * `startsOn` (PSPO-02/08); each extension is made before expiry and runs no more than 3 years
 * (6 months if expedited) from the day after the previous end; each reduction is made before
 * expiry and ends no earlier than the day it is made.
 *
 * @example
 * ```ts
 * PspoOrder.parse({ id: 'eureka-park', title: 'Eureka Park PSPO', place: 'Eureka Park, Swadlincote',
 *   madeOn: '2024-05-20', startsOn: '2024-06-01', endsOn: '2027-05-31' }).kind //=> 'standard'
 * ```
 */
export const PspoOrder = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    place: z.string().min(1),
    kind: z.enum(['standard', 'expedited']).default('standard'),
    madeOn: IsoDate,
    startsOn: IsoDate,
    endsOn: IsoDate,
    extensions: z.array(PspoExtension).default([]),
    variations: z.array(z.object({ madeOn: IsoDate, note: z.string().optional() })).default([]),
    dischargedOn: IsoDate.optional(),
  })
  .superRefine((o, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    if (o.startsOn < o.madeOn)
      issue(['startsOn'], `startsOn ${o.startsOn} is before madeOn ${o.madeOn}`)
    if (o.endsOn < o.startsOn)
      issue(['endsOn'], `endsOn ${o.endsOn} is before startsOn ${o.startsOn}`)
    const latest = pspoLatestEnd(o.startsOn, { kind: o.kind })
    if (o.endsOn > latest) {
      issue(
        ['endsOn'],
        `endsOn ${o.endsOn} is after ${latest}, the most a ${o.kind} PSPO may run (PSPO-02/08)`
      )
    }
    let end = o.endsOn
    for (const [n, change] of o.extensions.entries()) {
      const problem = periodChangeProblem(o, end, change)
      if (problem !== null) issue(['extensions', n], problem)
      end = change.endsOn
    }
    if (o.dischargedOn !== undefined && o.dischargedOn < o.madeOn) {
      issue(['dischargedOn'], `dischargedOn ${o.dischargedOn} is before madeOn ${o.madeOn}`)
    }
  })
  .meta({ id: 'PspoOrder' })
export type PspoOrder = z.infer<typeof PspoOrder>
/**
 * The input form of {@link PspoOrder}: `kind`, `extensions` and `variations` may be left out.
 *
 * @example
 * ```ts
 * const input: PspoOrderInput = { id: 'a', title: 'A', place: 'Park', madeOn: '2025-01-01',
 *   startsOn: '2025-01-01', endsOn: '2027-12-31' }
 * ```
 */
export type PspoOrderInput = z.input<typeof PspoOrder>

// The latest end an extension of an order of `kind` now ending on `currentEnd` may have: up to
// 3 years (6 months if expedited) beginning with the day after the current end.
function latestExtendedEnd(kind: PspoOrder['kind'], currentEnd: string): string {
  const dayAfter = toIsoDate(addDays(parseDateArgument(currentEnd, 'endsOn'), 1))
  return endOfPeriodBeginningWith(dayAfter, maxMonths[kind])
}

// null when the change is lawful after an order (or change) ending on `currentEnd`.
function periodChangeProblem(
  order: Pick<PspoOrder, 'kind' | 'madeOn' | 'startsOn'>,
  currentEnd: string,
  change: PspoExtension
): string | null {
  const what = change.kind === 'reduction' ? 'reduction' : 'extension'
  if (change.madeOn > currentEnd) {
    return `${what} made on ${change.madeOn}, after the order expired on ${currentEnd} (${extensionRule[order.kind]}: decide before expiry)`
  }
  if (change.madeOn < order.madeOn)
    return `${what} made on ${change.madeOn}, before the order was made`
  if (change.kind === 'reduction') {
    if (order.kind !== 'expedited') {
      return 'only an expedited PSPO may be reduced (s60A); vary or discharge a standard PSPO (s61)'
    }
    if (change.endsOn >= currentEnd)
      return `reduction endsOn ${change.endsOn} is not before ${currentEnd}`
    if (change.endsOn < change.madeOn || change.endsOn < order.startsOn) {
      return `reduction endsOn ${change.endsOn} is before the day it was made or the order started`
    }
    return null
  }
  if (change.endsOn <= currentEnd)
    return `extension endsOn ${change.endsOn} does not go beyond ${currentEnd}`
  const latest = latestExtendedEnd(order.kind, currentEnd)
  if (change.endsOn > latest) {
    return `extension endsOn ${change.endsOn} is after ${latest}: at most ${limitWords[order.kind]} at a time (${extensionRule[order.kind]})`
  }
  return null
}

/**
 * The last day a PSPO is in force after all its extensions and reductions (ignoring discharge).
 *
 * @example
 * ```ts
 * pspoCurrentEnd({ endsOn: '2027-05-31', extensions: [{ madeOn: '2027-04-01', endsOn: '2030-05-31' }] })
 * //=> '2030-05-31'
 * ```
 */
export function pspoCurrentEnd(order: Pick<PspoOrder, 'endsOn' | 'extensions'>): string {
  return order.extensions.at(-1)?.endsOn ?? order.endsOn
}

/** Why a PSPO cannot be changed as asked. */
export type PspoChangeCode = 'pspo-discharged' | 'pspo-extension-limit' | 'pspo-period'

/**
 * Thrown when an extension or reduction of a PSPO breaks a rule of ss60–61: the order was
 * discharged, has had its `maxExtensions`, or the new period is not allowed (`code` says which).
 *
 * @example
 * ```ts
 * try { extendPspo(discharged, { madeOn: '2027-04-01' }) } catch (e) { (e as PspoChangeError).code }
 * //=> 'pspo-discharged'
 * ```
 */
export class PspoChangeError extends RuleViolation {
  override readonly name = 'PspoChangeError'
  declare readonly code: PspoChangeCode
  constructor(code: PspoChangeCode, message: string) {
    super(code, message)
  }
}

function changeable(order: PspoOrderInput, madeOn: string): PspoOrder {
  const current = PspoOrder.parse(order)
  parseDateArgument(madeOn, 'madeOn')
  if (current.dischargedOn !== undefined) {
    throw new PspoChangeError(
      'pspo-discharged',
      `PSPO ${current.id} was discharged on ${current.dischargedOn}`
    )
  }
  return current
}

/**
 * Extends a PSPO, made on or before the day it would expire: a standard order for up to 3 years
 * from the day after its current end (s60, PSPO-02), an expedited order for up to 6 months
 * (s60A, PSPO-08; the wording of s60A was not seen, so its limit mirrors s60: [M]). `endsOn`
 * defaults to that maximum. Extensions may be made more than once ([M]; listed as open in
 * docs/rules.md#open-questions), so `maxExtensions` is an option with no limit by default.
 * Returns a new order; throws a {@link PspoChangeError} saying why an extension is not allowed
 * (a `RangeError` for a date argument that is not a date).
 *
 * @example
 * ```ts
 * extendPspo(order, { madeOn: '2027-04-01' }).extensions
 * //=> [{ madeOn: '2027-04-01', endsOn: '2030-05-31' }] (order ending 2027-05-31)
 * ```
 */
export function extendPspo(
  order: PspoOrderInput,
  extension: { madeOn: string; endsOn?: string },
  { maxExtensions = Number.POSITIVE_INFINITY }: { maxExtensions?: number } = {}
): PspoOrder {
  const current = changeable(order, extension.madeOn)
  const extended = current.extensions.filter((e) => e.kind !== 'reduction').length
  if (extended >= maxExtensions) {
    throw new PspoChangeError(
      'pspo-extension-limit',
      `PSPO ${current.id} already has ${extended} extension(s); maxExtensions is ${maxExtensions}`
    )
  }
  const end = pspoCurrentEnd(current)
  const next = {
    madeOn: extension.madeOn,
    endsOn: extension.endsOn ?? latestExtendedEnd(current.kind, end),
  }
  parseDateArgument(next.endsOn, 'endsOn')
  const problem = periodChangeProblem(current, end, next)
  if (problem !== null) throw new PspoChangeError('pspo-period', problem)
  return { ...current, extensions: [...current.extensions, next] }
}

/**
 * Reduces the period an expedited PSPO has effect (s60A, PSPO-08), by a decision made on or
 * before the day it would expire, to end on `endsOn`: earlier than its current end and no
 * earlier than the decision. A standard PSPO is not reduced: it is varied or discharged (s61).
 * Returns a new order; throws a {@link PspoChangeError} saying why the reduction is not allowed.
 *
 * @example
 * ```ts
 * pspoCurrentEnd(reducePspo(schoolGates, { madeOn: '2025-02-03', endsOn: '2025-02-28' }))
 * //=> '2025-02-28'
 * ```
 */
export function reducePspo(
  order: PspoOrderInput,
  reduction: { madeOn: string; endsOn: string }
): PspoOrder {
  const current = changeable(order, reduction.madeOn)
  parseDateArgument(reduction.endsOn, 'endsOn')
  const next = { madeOn: reduction.madeOn, endsOn: reduction.endsOn, kind: 'reduction' as const }
  const problem = periodChangeProblem(current, pspoCurrentEnd(current), next)
  if (problem !== null) throw new PspoChangeError('pspo-period', problem)
  return { ...current, extensions: [...current.extensions, next] }
}

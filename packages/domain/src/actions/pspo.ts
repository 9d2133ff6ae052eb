import { addDays } from 'date-fns/addDays'
import { z } from 'zod'
import { IsoDate, toIsoDate } from '../_lib/iso-date.ts'
import { endOfPeriodBeginningWith } from '../calendar/index.ts'
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

/**
 * An extension of a PSPO: when it was decided and the new last day in force.
 *
 * @example
 * ```ts
 * PspoExtension.parse({ madeOn: '2027-04-01', endsOn: '2030-05-31' }).endsOn //=> '2030-05-31'
 * ```
 */
export const PspoExtension = z
  .object({ madeOn: IsoDate, endsOn: IsoDate })
  .meta({ id: 'PspoExtension' })
export type PspoExtension = z.infer<typeof PspoExtension>

/**
 * A PSPO as kept on a council's register. `endsOn` is the last day in force as made; extensions
 * push it on (see {@link pspoCurrentEnd}). Parsing checks the statutory limits: the order runs
 * no more than 3 years (6 months if expedited) from `startsOn` (PSPO-02/08), each extension is
 * made before expiry and runs no more than 3 years from the day after the previous end.
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
    if (o.kind === 'expedited' && o.extensions.length > 0) {
      issue(
        ['extensions'],
        'extending an expedited PSPO is not modelled (not in statutory-rules.md)'
      )
    }
    let end = o.endsOn
    for (const [n, ext] of o.extensions.entries()) {
      const problem = extensionProblem(end, o.madeOn, ext)
      if (problem !== null) issue(['extensions', n], problem)
      end = ext.endsOn
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

// null when the extension is lawful after an order (or extension) ending on `currentEnd`.
function extensionProblem(
  currentEnd: string,
  orderMadeOn: string,
  ext: PspoExtension
): string | null {
  if (ext.madeOn > currentEnd) {
    return `extension made on ${ext.madeOn}, after the order expired on ${currentEnd} (PSPO-02: extend before expiry)`
  }
  if (ext.madeOn < orderMadeOn) return `extension made on ${ext.madeOn}, before the order was made`
  if (ext.endsOn <= currentEnd)
    return `extension endsOn ${ext.endsOn} does not go beyond ${currentEnd}`
  const latest = endOfPeriodBeginningWith(
    toIsoDate(addDays(parseDateArgument(currentEnd, 'endsOn'), 1)),
    36
  )
  if (ext.endsOn > latest)
    return `extension endsOn ${ext.endsOn} is after ${latest}: at most 3 years at a time (PSPO-02)`
  return null
}

/**
 * The last day a PSPO is in force after all its extensions (ignoring discharge).
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

/**
 * Extends a PSPO (PSPO-02): made on or before the day it would expire, for up to 3 years from
 * the day after its current end; `endsOn` defaults to that maximum. Extensions may be made more
 * than once ([M]; an open question in docs/rules.md#open-questions), so `maxExtensions` is an
 * option with no limit by default. Returns a new order; throws a `RangeError` saying why an
 * extension is not allowed.
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
  const current = PspoOrder.parse(order)
  parseDateArgument(extension.madeOn, 'madeOn')
  if (current.kind === 'expedited')
    throw new RangeError('extending an expedited PSPO is not modelled')
  if (current.dischargedOn !== undefined) {
    throw new RangeError(`PSPO ${current.id} was discharged on ${current.dischargedOn}`)
  }
  if (current.extensions.length >= maxExtensions) {
    throw new RangeError(
      `PSPO ${current.id} already has ${current.extensions.length} extension(s); maxExtensions is ${maxExtensions}`
    )
  }
  const end = pspoCurrentEnd(current)
  const latest = endOfPeriodBeginningWith(
    toIsoDate(addDays(parseDateArgument(end, 'endsOn'), 1)),
    36
  )
  const next = { madeOn: extension.madeOn, endsOn: extension.endsOn ?? latest }
  parseDateArgument(next.endsOn, 'endsOn')
  const problem = extensionProblem(end, current.madeOn, next)
  if (problem !== null) throw new RangeError(problem)
  return { ...current, extensions: [...current.extensions, next] }
}

import { addDays } from 'date-fns/addDays'
import { z } from 'zod'
import { IsoDate, toDate, toIsoDate } from '../_lib/iso-date.ts'
import { addWorkingDays, isWorkingDay, type CalendarOptions } from '../calendar/index.ts'
import { parseOrThrow } from './internal.ts'
import { CaseReview } from './lifecycle.ts'

/**
 * A local time limit: so many working days (T-05 definition, E&W bank holidays by default) or
 * calendar days.
 *
 * @example
 * ```ts
 * CaseReviewTimescale.parse({ amount: 10, unit: 'working-days' }).amount //=> 10
 * ```
 */
export const CaseReviewTimescale = z
  .object({
    amount: z.number().int().min(0),
    unit: z.enum(['working-days', 'calendar-days']),
  })
  .meta({ id: 'CaseReviewTimescale' })
export type CaseReviewTimescale = z.infer<typeof CaseReviewTimescale>

/**
 * An area's ASB Case Review timescales. None is statutory: the Act sets no day counts and no
 * national ones were found (T-06, docs/rules.md#timescales): every value is local. Each runs from a
 * fixed event: `acknowledge` and `decideThreshold` from receipt, `holdReview` from a "met"
 * decision, `informOutcome` from the review, `appealWindow` from the last letter to the
 * applicant (the outcome, or the "not met" decision). `countAnchorDay` says whether that event's
 * own day is day 1 (BH-06, a local choice; off = day 1 is the next day).
 *
 * @example
 * ```ts
 * CaseReviewTimescales.parse({ ...defaultTimescales, countAnchorDay: true }).countAnchorDay //=> true
 * ```
 */
export const CaseReviewTimescales = z
  .object({
    acknowledge: CaseReviewTimescale,
    decideThreshold: CaseReviewTimescale,
    holdReview: CaseReviewTimescale,
    informOutcome: CaseReviewTimescale,
    appealWindow: CaseReviewTimescale,
    countAnchorDay: z.boolean().default(false),
  })
  .meta({ id: 'CaseReviewTimescales' })
export type CaseReviewTimescales = z.infer<typeof CaseReviewTimescales>

const wd = (amount: number): CaseReviewTimescale => ({ amount, unit: 'working-days' })

/**
 * Local defaults, not law: typical values of published local procedures (docs/rules.md#timescales):
 * acknowledge in 3 working days (East Herts, Guildford), decide in 15 (cf. East Herts 14),
 * hold the review within 20 of a "met" decision (Gosport), send the outcome within 10 of the
 * review (Birmingham), and allow 20 for an appeal (Birmingham, Hinckley & Bosworth).
 * Derbyshire's own values are [UNCONFIRMED] (docs/rules.md#open-questions): use the area's.
 *
 * @example
 * ```ts
 * defaultTimescales.acknowledge //=> { amount: 3, unit: 'working-days' }
 * ```
 */
export const defaultTimescales: CaseReviewTimescales = {
  acknowledge: wd(3),
  decideThreshold: wd(15),
  holdReview: wd(20),
  informOutcome: wd(10),
  appealWindow: wd(20),
  countAnchorDay: false,
}

/**
 * One deadline of a case review. `kind: 'agency'` deadlines bind the relevant bodies;
 * the `'applicant'` one is the window in which the applicant may ask for an escalation.
 *
 * @example
 * ```ts
 * const d: CaseReviewDeadline = { key: 'acknowledge', kind: 'agency',
 *   label: 'Acknowledge the application', from: '2025-03-03', due: '2025-03-06' }
 * ```
 */
export interface CaseReviewDeadline {
  key: Exclude<keyof CaseReviewTimescales, 'countAnchorDay'>
  kind: 'agency' | 'applicant'
  label: string
  /** The date the time limit runs from. */
  from: string
  /** The last day within the time limit. */
  due: string
  /** When it was done (for the appeal window: when the review was escalated). */
  doneOn?: string
  /** Done after `due`. */
  late?: boolean
}

/**
 * The last day of a time limit of `timescale` running from `anchor`, honouring
 * `countAnchorDay`. Working days use `addWorkingDays` (start day excluded), so a limit running
 * from a Friday before Easter skips Good Friday and Easter Monday.
 *
 * @example
 * ```ts
 * timescaleDue('2025-12-22', { amount: 3, unit: 'working-days' }) //=> '2025-12-29'
 * timescaleDue('2024-02-27', { amount: 3, unit: 'calendar-days' }) //=> '2024-03-01'
 * ```
 */
export function timescaleDue(
  anchor: string,
  timescale: CaseReviewTimescale,
  options: CalendarOptions & { countAnchorDay?: boolean } = {}
): string {
  const { amount, unit } = timescale
  const calendar = options.calendar === undefined ? {} : { calendar: options.calendar }
  if (unit === 'calendar-days') {
    const days = options.countAnchorDay && amount > 0 ? amount - 1 : amount
    return toIsoDate(addDays(toDate(anchor), days))
  }
  const anchorIsDayOne = options.countAnchorDay && amount > 0 && isWorkingDay(anchor, calendar)
  return addWorkingDays(anchor, anchorIsDayOne ? amount - 1 : amount, calendar)
}

const labels: Record<CaseReviewDeadline['key'], string> = {
  acknowledge: 'Acknowledge the application',
  decideThreshold: 'Decide whether the threshold is met',
  holdReview: 'Hold the case review',
  informOutcome: 'Tell the applicant the outcome',
  appealWindow: 'Applicant may ask for an escalation',
}

const earliest = (...dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => d !== undefined).sort()[0]

/**
 * The deadlines that have started for a case review, in process order: each appears once the
 * event it runs from has happened, with the day it was met, if it has been. Acknowledgement is
 * met by an acknowledgement or by the decision letter, whichever came first.
 *
 * @example
 * ```ts
 * const r = openCaseReview({ id: 'R1', receivedOn: '2025-12-22' })
 * deadlinesFor(r, defaultTimescales).map((d) => [d.key, d.due])
 * //=> [['acknowledge', '2025-12-29'], ['decideThreshold', '2026-01-15']]
 * ```
 */
export function deadlinesFor(
  review: z.input<typeof CaseReview>,
  timescales: z.input<typeof CaseReviewTimescales> = defaultTimescales,
  options: CalendarOptions = {}
): CaseReviewDeadline[] {
  const r = parseOrThrow(CaseReview, review, 'case review', ['review'])
  const t = parseOrThrow(CaseReviewTimescales, timescales, 'timescales', ['timescales'])
  const decision = r.thresholdDecision
  const lastLetter =
    r.outcomeSentOn ?? (decision?.outcome === 'not-met' ? r.applicantInformedOn : undefined)
  const plan: [CaseReviewDeadline['key'], string | undefined, string | undefined][] = [
    ['acknowledge', r.receivedOn, earliest(r.acknowledgedOn, r.applicantInformedOn)],
    ['decideThreshold', r.receivedOn, decision?.decidedOn],
    ['holdReview', decision?.outcome === 'met' ? decision.decidedOn : undefined, r.reviewHeldOn],
    ['informOutcome', r.reviewHeldOn, r.outcomeSentOn],
    ['appealWindow', lastLetter, r.escalatedOn],
  ]
  const dueOptions = { ...options, countAnchorDay: t.countAnchorDay }
  return plan.flatMap(([key, from, doneOn]) => {
    if (from === undefined) return []
    const due = timescaleDue(from, t[key], dueOptions)
    const kind = key === 'appealWindow' ? 'applicant' : 'agency'
    const done = doneOn === undefined ? {} : { doneOn, late: doneOn > due }
    return [{ key, kind, label: labels[key], from, due, ...done }]
  })
}

/**
 * The agency deadlines a case review has missed as of `asOf`: started, not done, and `due`
 * before `asOf`. A closed or withdrawn review has nothing overdue; the applicant's appeal
 * window never is.
 *
 * @example
 * ```ts
 * const r = openCaseReview({ id: 'R1', receivedOn: '2025-12-22' })
 * overdue(r, defaultTimescales, '2025-12-30').map((d) => d.key) //=> ['acknowledge']
 * ```
 */
export function overdue(
  review: z.input<typeof CaseReview>,
  timescales: z.input<typeof CaseReviewTimescales>,
  asOf: string,
  options: CalendarOptions = {}
): CaseReviewDeadline[] {
  const day = parseOrThrow(IsoDate, asOf, 'asOf', ['asOf'])
  if (review.state === 'closed') return []
  return deadlinesFor(review, timescales, options).filter(
    (d) => d.kind === 'agency' && d.doneOn === undefined && d.due < day
  )
}

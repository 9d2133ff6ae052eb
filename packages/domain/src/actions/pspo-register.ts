import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { subMonths } from 'date-fns/subMonths'
import { toIsoDate } from '../_lib/iso-date.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'
import { pspoChallengeDeadline, pspoCurrentEnd, PspoOrder, type PspoOrderInput } from './pspo.ts'

/**
 * Register settings, both LOCAL (the law sets neither): `expiringWithinDays` (default 90) marks
 * an order `expiring-soon`; `reviewLeadMonths` (default 6) sets `reviewBy`, the date to start
 * reviewing whether to extend, leaving time for the consultation and publicity that an
 * extension needs (PSPO-04).
 *
 * @example
 * ```ts
 * const options: PspoRegisterOptions = { expiringWithinDays: 60, reviewLeadMonths: 4 }
 * ```
 */
export interface PspoRegisterOptions {
  expiringWithinDays?: number
  reviewLeadMonths?: number
}

/**
 * Where a PSPO stands on a date.
 *
 * @example
 * ```ts
 * const s: PspoStatus = { status: 'active', endsOn: '2027-05-31', daysRemaining: 800,
 *   reviewBy: '2026-11-30', challengeDeadline: '2024-07-01', challengeOpen: false }
 * ```
 */
export interface PspoStatus {
  status: 'not-yet-in-force' | 'active' | 'expiring-soon' | 'expired' | 'discharged'
  /** Last day in force after extensions (or the discharge date, if discharged). */
  endsOn: string
  /** Days from `asOf` to `endsOn`; negative once expired. */
  daysRemaining: number
  reviewBy: string
  /** Last day to challenge the order or its latest variation in the High Court (PSPO-05). */
  challengeDeadline: string
  challengeOpen: boolean
}

/**
 * The register status of a PSPO on `asOf`: not yet in force, active, expiring soon (within
 * `expiringWithinDays`), expired or discharged, with its current end, the date to start an
 * extension review and the High Court challenge window of the order or latest variation.
 *
 * @example
 * ```ts
 * pspoStatus({ id: 'eureka-park', title: 'Eureka Park PSPO', place: 'Eureka Park',
 *   madeOn: '2024-05-20', startsOn: '2024-06-01', endsOn: '2027-05-31' }, '2027-04-01')
 * //=> { status: 'expiring-soon', endsOn: '2027-05-31', daysRemaining: 60, reviewBy: '2026-11-30',
 * //     challengeDeadline: '2024-06-30', challengeOpen: false }
 * ```
 */
export function pspoStatus(
  order: PspoOrderInput,
  asOf: string,
  { expiringWithinDays = 90, reviewLeadMonths = 6 }: PspoRegisterOptions = {}
): PspoStatus {
  const o = PspoOrder.parse(order)
  const today = parseDateArgument(asOf, 'asOf')
  if (!Number.isInteger(expiringWithinDays) || expiringWithinDays < 0) {
    throw new RangeError(`expiringWithinDays must be a whole number ≥ 0, got ${expiringWithinDays}`)
  }
  if (!Number.isInteger(reviewLeadMonths) || reviewLeadMonths < 0) {
    throw new RangeError(`reviewLeadMonths must be a whole number ≥ 0, got ${reviewLeadMonths}`)
  }
  const discharged = o.dischargedOn !== undefined && o.dischargedOn <= asOf
  const endsOn = discharged ? (o.dischargedOn as string) : pspoCurrentEnd(o)
  const daysRemaining = differenceInCalendarDays(parseDateArgument(endsOn, 'endsOn'), today)
  const lastMade = [o.madeOn, ...o.variations.map((v) => v.madeOn)].sort().at(-1) as string
  const challengeDeadline = pspoChallengeDeadline(lastMade)
  const status: PspoStatus['status'] = discharged
    ? 'discharged'
    : asOf < o.startsOn
      ? 'not-yet-in-force'
      : daysRemaining < 0
        ? 'expired'
        : daysRemaining <= expiringWithinDays
          ? 'expiring-soon'
          : 'active'
  return {
    status,
    endsOn,
    daysRemaining,
    reviewBy: toIsoDate(
      subMonths(parseDateArgument(pspoCurrentEnd(o), 'endsOn'), reviewLeadMonths)
    ),
    challengeDeadline,
    challengeOpen: asOf <= challengeDeadline,
  }
}

/**
 * The PSPO register on `asOf`: each order with its {@link pspoStatus}, soonest end first.
 *
 * @example
 * ```ts
 * pspoRegister([eurekaPark, townCentre], '2026-01-01').map((r) => [r.id, r.status])
 * //=> [['eureka-park', 'active'], ['town-centre', 'active']]
 * ```
 */
export function pspoRegister(
  orders: readonly PspoOrderInput[],
  asOf: string,
  options: PspoRegisterOptions = {}
): (PspoStatus & { id: string; title: string; place: string })[] {
  return orders
    .map((order, n) => {
      const parsed = PspoOrder.safeParse(order)
      if (!parsed.success) {
        throw new Error(
          `orders[${n}]: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
        )
      }
      const { id, title, place } = parsed.data
      return { id, title, place, ...pspoStatus(parsed.data, asOf, options) }
    })
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.id.localeCompare(b.id))
}

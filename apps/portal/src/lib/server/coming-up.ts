import { todayInEngland } from '../dates.ts'
import { formatDate } from '../figures.ts'
import type { Client } from './api.ts'
import { isCaseworker } from './case-reviews.ts'
import { allItems, bodyOf } from './read.ts'

/** Something due soon: a statutory duty, the PSPO register or a case review's timescales. */
export interface DueItem {
  due: string
  text: string
  /** Where to act on it. */
  href: string
  overdue: boolean
  /** Where the date comes from, for the duties the law sets. */
  basis?: string
  /** Qualifiers worth a tag: guidance rather than law, a date that assumes earlier steps. */
  tags?: string[]
  /** For a duty recorded as done: when and by whom. */
  done?: string
  /** Where to record the duty as done, while it is not. */
  markDone?: string
}

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * What falls due in the next `days` days (and what is already overdue): the partnership's
 * statutory deadlines, PSPO reviews and ends from the register, and, for those who work on
 * case reviews, their cases' deadlines.
 */
export async function comingUp(api: Client, role: string, days = 90): Promise<DueItem[]> {
  const today = todayInEngland()
  const until = addDays(today, days)
  const [duties, register, reviews] = await Promise.all([
    statutoryDeadlines(api, today, until),
    allItems(async (cursor) =>
      bodyOf(await api.v1.pspos.$get({ query: { limit: '100', cursor } }), 'PSPO register')
    ),
    isCaseworker(role)
      ? allItems(async (cursor) =>
          bodyOf(
            await api.v1['asb-case-reviews'].$get({ query: { limit: '100', cursor } }),
            'list of case reviews'
          )
        )
      : null,
  ])
  const items: DueItem[] = [...duties]
  for (const order of register) {
    if (order.status !== 'active' && order.status !== 'expiring-soon') continue
    if (order.reviewBy <= until) {
      items.push({
        due: order.reviewBy,
        text: `Review the ${order.title} before it ends`,
        href: '/pspos',
        overdue: order.reviewBy < today,
      })
    }
    if (order.inForceUntil <= until) {
      items.push({
        due: order.inForceUntil,
        text: `${order.title} ends`,
        href: '/pspos',
        overdue: false,
      })
    }
  }
  for (const review of reviews ?? []) {
    if (review.state === 'closed') continue
    for (const deadline of review.deadlines) {
      if (deadline.doneOn || deadline.kind !== 'agency' || deadline.due > until) continue
      items.push({
        due: deadline.due,
        text: `${deadline.label} (case review received ${formatDate(review.receivedOn)})`,
        href: `/case-reviews/${review.id}`,
        overdue: deadline.due < today,
      })
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due))
}

const dutyTags = (item: { status: string; projected: boolean }) => [
  ...(item.status === 'statutory-guidance' ? ['Guidance'] : []),
  ...(item.status === 'pending' ? ['Not yet in force'] : []),
  ...(item.projected ? ['Projected'] : []),
]

// The one past deadline the toolkit knows was missed: the next ASB Case Review publication
// counts from the latest one recorded, so a date before today means none since. Other duties
// record no completion, so their past dates are left out rather than called overdue.
const knownMissed = (item: { ruleId: string; projected: boolean }) =>
  item.ruleId === 'ASB-10' && !item.projected

/** A deadline as `GET /v1/duties/due` lists it (the domain's `DutyDueItem`). */
export interface DutyDeadline {
  dutyId: string
  ruleId: string
  title: string
  due: string
  basis: string
  status: string
  projected: boolean
  /** From `GET /v1/duties/status`: past items are kept as done or overdue. */
  state?: 'done' | 'overdue' | 'upcoming'
  done?: { doneOn: string; doneBy: string | null } | null
}

/**
 * The deadlines worth showing on `today`: those still to come, and a missed ASB Case Review
 * publication (overdue), each linked to where to act on it.
 *
 * @example
 * ```ts
 * dutyDeadlines([{ dutyId: 'asb-case-review-publication', ruleId: 'ASB-10', due: '2026-10-01',
 *   title: 'Publish the ASB Case Review figures', basis: '…', status: 'statutory',
 *   projected: false }], '2026-11-26')[0].overdue //=> true
 * ```
 */
export function dutyDeadlines(items: readonly DutyDeadline[], today: string): DueItem[] {
  return items
    .filter((item) => item.due >= today || knownMissed(item) || item.state !== undefined)
    .map((item) => ({
      due: item.due,
      text: item.title,
      href:
        item.dutyId === 'asb-case-review-publication'
          ? '/case-reviews/annual-return'
          : `/plan#duty-${item.dutyId}`,
      overdue: item.state === undefined ? item.due < today : item.state === 'overdue',
      basis: item.basis,
      tags: dutyTags(item),
      ...(item.done
        ? {
            done: `Done on ${formatDate(item.done.doneOn)}${item.done.doneBy ? ` by ${item.done.doneBy}` : ''}`,
          }
        : item.state
          ? {
              markDone: `/duties/done?ruleId=${encodeURIComponent(item.ruleId)}&due=${item.due}&title=${encodeURIComponent(item.title)}`,
            }
          : {}),
    }))
}

/**
 * The partnership's statutory deadlines up to `to` (`GET /v1/duties/status`), looking back a
 * year: past items are shown as done or overdue; none until a plan or partnership settings
 * are stored.
 */
async function statutoryDeadlines(api: Client, today: string, to: string): Promise<DueItem[]> {
  const response = await api.v1.duties.status.$get({ query: { from: addDays(today, -365), to } })
  if (response.status === 404) return []
  return dutyDeadlines((await bodyOf(response, 'statutory deadlines')).items, today)
}

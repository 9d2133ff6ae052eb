import { todayInEngland } from '../dates.ts'
import { formatDate } from '../figures.ts'
import type { Client } from './api.ts'
import { isCaseworker } from './case-reviews.ts'
import { bodyOf } from './read.ts'

/** Something due soon, from the PSPO register or a case review's local timescales. */
export interface DueItem {
  due: string
  text: string
  /** Where to act on it. */
  href: string
  overdue: boolean
}

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * What falls due in the next `days` days (and what is already overdue): PSPO reviews and ends
 * from the register, and, for those who work on case reviews, their cases' deadlines.
 */
export async function comingUp(api: Client, role: string, days = 90): Promise<DueItem[]> {
  const today = todayInEngland()
  const until = addDays(today, days)
  const [register, reviews] = await Promise.all([
    bodyOf(await api.v1.pspos.$get(), 'PSPO register'),
    isCaseworker(role)
      ? bodyOf(await api.v1['asb-case-reviews'].$get({ query: {} }), 'list of case reviews')
      : null,
  ])
  const items: DueItem[] = []
  for (const order of register.items) {
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
  for (const review of reviews?.items ?? []) {
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

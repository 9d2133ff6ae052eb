// GOV.UK date inputs (day, month, year boxes) to and from ISO dates.

import type { Fields } from './server/validate.ts'

export interface DateParts {
  day: string
  month: string
  year: string
}

/** The three boxes of the date input `name` (`name-day`, `name-month`, `name-year`). */
export function readDateParts(form: Fields, name: string): DateParts {
  const part = (suffix: string) => {
    const value = form.get(`${name}-${suffix}`)
    return typeof value === 'string' ? value.trim() : ''
  }
  return { day: part('day'), month: part('month'), year: part('year') }
}

/**
 * The ISO date the boxes spell, for a schema to check: `''` when all three are empty (so the
 * field counts as missing), `YYYY-MM-DD` with leading zeros otherwise. A day that does not
 * exist stays as typed, and the schema refuses it.
 *
 * @example
 * ```ts
 * isoFromParts({ day: '3', month: '4', year: '2025' }) //=> '2025-04-03'
 * isoFromParts({ day: '', month: '', year: '' }) //=> ''
 * isoFromParts({ day: '31', month: '2', year: '2025' }) //=> '2025-02-31' (not a day: refused)
 * ```
 */
export function isoFromParts({ day, month, year }: DateParts): string {
  if (!day && !month && !year) return ''
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return `${year}-${month}-${day}`
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** The boxes for an ISO date: `partsFromIso('2025-04-03') //=> { day: '3', month: '4', year: '2025' }`. */
export function partsFromIso(iso: string | null | undefined): DateParts {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!match) return { day: '', month: '', year: '' }
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! }
}

// Today in England as ISO (the API's "today" for deadlines is England's too).
export { todayInEngland } from '@csp/domain/dates'

const savedAtFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
})

/**
 * When settings were saved, in UK time, as the admin pages say it (24-hour clock).
 *
 * @example
 * ```ts
 * savedAtText('2026-11-26T13:30:00Z') //=> '26 November 2026 at 13:30'
 * ```
 */
export function savedAtText(iso: string): string {
  return savedAtFormat.format(new Date(iso))
}

// `/* @__PURE__ */`: a formatter nobody uses is dropped from a bundle such as the widget's.
import { isIsoDate } from '../dates/day-number.ts'

const longDate = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * An ISO `YYYY-MM-DD` date as GOV.UK writes dates; anything else, or a day that does not
 * exist, is returned as it came.
 *
 * @example
 * ```ts
 * formatLongDate('2023-12-31') //=> '31 December 2023'
 * formatLongDate('soon') //=> 'soon'
 * ```
 */
export function formatLongDate(iso: string): string {
  return isIsoDate(iso) ? longDate.format(new Date(`${iso}T00:00:00Z`)) : iso
}

/**
 * An inclusive range of ISO dates in words.
 *
 * @example
 * ```ts
 * formatDateRange('2024-04-01', '2025-03-31') //=> '1 April 2024 to 31 March 2025'
 * ```
 */
export function formatDateRange(from: string, to: string): string {
  return `${formatLongDate(from)} to ${formatLongDate(to)}`
}

const dateTime = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/**
 * An instant the GOV.UK way, in UK time.
 *
 * @example
 * ```ts
 * formatDateTime('2026-11-26T08:14:00Z') //=> '26 November 2026 at 8:14am'
 * ```
 */
export function formatDateTime(iso: string | Date): string {
  const parts = dateTime.formatToParts(typeof iso === 'string' ? new Date(iso) : iso)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`
}

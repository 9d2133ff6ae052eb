const englandDate = /* @__PURE__ */ new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The date in England (`YYYY-MM-DD`) at the instant `now` (default: the current time). Days
 * turn over at midnight UK time, not UTC (at 00:30 BST it is already tomorrow here): deadlines,
 * PSPO statuses and the law "as at" a day all count from it.
 *
 * @example
 * ```ts
 * todayInEngland(new Date('2025-06-01T23:30:00Z')) //=> '2025-06-02'
 * todayInEngland(new Date('2025-12-31T23:30:00Z')) //=> '2025-12-31'
 * ```
 */
export function todayInEngland(now: Date = new Date()): string {
  return englandDate.format(now)
}

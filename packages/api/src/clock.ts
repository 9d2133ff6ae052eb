/**
 * Where the app gets the time from, so tests can fix it. Business time only (timestamps in
 * records and logs); durations use `performance.now()`.
 */
export interface Clock {
  now(): Date
}

/**
 * The real clock.
 *
 * @example
 * ```ts
 * createApp({ db, clock: systemClock })
 * ```
 */
export const systemClock: Clock = { now: () => new Date() }

/**
 * A clock stopped at `iso`, for tests.
 *
 * @example
 * ```ts
 * fixedClock('2025-04-01T09:00:00Z').now().toISOString() //=> '2025-04-01T09:00:00.000Z'
 * ```
 */
export function fixedClock(iso: string): Clock {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) throw new RangeError(`"${iso}" is not a date-time`)
  return { now: () => new Date(time) }
}

import { parseDateArgument } from './iso-date.ts'

/**
 * @internal Checks an inclusive `{ from, to }` window and returns it unchanged.
 *
 * @example
 * ```ts
 * checkWindow({ from: '2024-04-01', to: '2025-03-31' }) //=> { from: '2024-04-01', to: '2025-03-31' }
 * checkWindow({ from: '2025-04-01', to: '2025-03-31' }) // throws RangeError
 * ```
 */
export function checkWindow(window: { from: string; to: string }): { from: string; to: string } {
  parseDateArgument(window?.from, 'from')
  parseDateArgument(window?.to, 'to')
  if (window.from > window.to) {
    throw new RangeError(`from (${window.from}) must not be after to (${window.to})`)
  }
  return window
}

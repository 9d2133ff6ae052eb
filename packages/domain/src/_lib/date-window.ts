import { parseDateArgument } from './iso-date.ts'

/** @internal Checks an inclusive `{ from, to }` window and returns it unchanged. */
export function checkWindow(window: { from: string; to: string }): { from: string; to: string } {
  parseDateArgument(window?.from, 'from')
  parseDateArgument(window?.to, 'to')
  if (window.from > window.to) {
    throw new RangeError(`from (${window.from}) must not be after to (${window.to})`)
  }
  return window
}

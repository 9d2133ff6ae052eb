import { IsoDate, toDate } from '../_lib/iso-date.ts'

/**
 * @internal Parses an ISO date argument to local midnight, naming the argument when it is bad,
 * so a caller sees `issuedOn: "2024-13-01" is not …` rather than a bare value.
 */
export function parseIsoArg(value: string, field: string): Date {
  if (typeof value !== 'string' || !IsoDate.safeParse(value).success) {
    throw new RangeError(`${field}: ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`)
  }
  return toDate(value)
}

/** @internal Checks an inclusive `{ from, to }` window and returns it unchanged. */
export function checkWindow(window: { from: string; to: string }): { from: string; to: string } {
  parseIsoArg(window?.from, 'from')
  parseIsoArg(window?.to, 'to')
  if (window.from > window.to) {
    throw new RangeError(`from (${window.from}) must not be after to (${window.to})`)
  }
  return window
}

import type { z } from 'zod'
import { toDate } from '../_lib/iso-date.ts'
import { formatLongDate } from '../format/index.ts'

/**
 * Writes an ISO date the way a letter to an applicant does (the toolkit's one long date), and
 * throws a `RangeError` for a date that does not exist. Internal to the folder; letters quote
 * these strings, so they must not depend on locale.
 *
 * @example
 * ```ts
 * formatLetterDate('2025-03-03') //=> '3 March 2025'
 * ```
 */
export function formatLetterDate(iso: string): string {
  toDate(iso)
  return formatLongDate(iso)
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`
    )
    .join('')
}

/**
 * Parses with a zod schema and throws a `TypeError` listing every issue with its field path
 * (e.g. `complaints[2].complainedOn`), so a caller sees which value to fix.
 *
 * @example
 * ```ts
 * parseOrThrow(IsoDate, '2025-02-30', 'asOf', ['asOf'])
 * // throws TypeError: 'Invalid asOf: asOf: Invalid ISO date'
 * ```
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  rootPath: readonly PropertyKey[] = []
): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => {
    const path = formatPath([...rootPath, ...issue.path])
    return path === '' ? issue.message : `${path}: ${issue.message}`
  })
  throw new TypeError(`Invalid ${what}: ${issues.join('; ')}`)
}

/**
 * A count with its noun, so letters read as English.
 *
 * @example
 * ```ts
 * plural(1, 'complaint', 'complaints') //=> '1 complaint'
 * ```
 */
export const plural = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`

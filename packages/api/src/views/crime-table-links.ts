import { z } from 'zod'

/** Where a table and its CSV live (paths relative to the API's origin). */
export const CrimeTableLinks = z
  .object({ self: z.string(), csv: z.string() })
  .meta({ id: 'CrimeTableLinks' })
export type CrimeTableLinks = z.infer<typeof CrimeTableLinks>

/**
 * The links of one table.
 *
 * @example
 * ```ts
 * crimeTableLinks('hate-crime', '2023').csv //=> '/v1/crime-tables/hate-crime/2023?format=csv'
 * ```
 */
export function crimeTableLinks(measure: string, period: string): CrimeTableLinks {
  const self = `/v1/crime-tables/${encodeURIComponent(measure)}/${encodeURIComponent(period)}`
  return { self, csv: `${self}?format=csv` }
}

import { z } from 'zod'

/**
 * Where a figure comes from. Every published figure carries one.
 *
 * @example
 * ```ts
 * Source.parse({ publisher: 'South Derbyshire CSP', title: 'Partnership Plan 2023-26' })
 * ```
 */
export const Source = z
  .object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: z.url().optional(),
    /** ISO `YYYY-MM-DD`: when the source was published or the data extracted. */
    asAt: z.iso.date().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'Source' })
export type Source = z.infer<typeof Source>

import type { Context } from 'hono'
import { accepts } from 'hono/accepts'
import { z } from 'zod'

/**
 * A `text/csv` entry for a route's 200 `content`, typed as `{}`: a typed text/csv entry would add
 * an untyped Response to the route's type, which erases the JSON body type the RPC client infers.
 *
 * @example
 * ```ts
 * content: { 'application/json': { schema: View }, ...csvAlternative('One line per area.') }
 * ```
 */
export function csvAlternative(description: string): object {
  return { 'text/csv': { schema: z.string().meta({ description }) } }
}

/**
 * Whether to answer with CSV: `?format=` wins; otherwise the Accept header (JSON by default).
 *
 * @example
 * ```ts
 * if (wantsCsv(c, c.req.valid('query').format)) return c.body(csv, 200, csvHeaders(name))
 * ```
 */
export function wantsCsv(c: Context, format: 'json' | 'csv' | undefined): boolean {
  if (format !== undefined) return format === 'csv'
  // Most callers send no Accept or one without text/csv: no parsing on that path.
  if (!c.req.header('Accept')?.includes('text/csv')) return false
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/json', 'text/csv'],
    default: 'application/json',
  })
  return type === 'text/csv'
}

/**
 * The headers of a CSV download named `fileName`.
 *
 * @example
 * ```ts
 * csvHeaders('hate-crime-2023.csv')['Content-Disposition'] //=> 'attachment; filename="hate-crime-2023.csv"'
 * ```
 */
export function csvHeaders(fileName: string) {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  }
}

/** The `format` query parameter of routes that also answer CSV. */
export const FormatQuery = z
  .enum(['json', 'csv'])
  .optional()
  .meta({ description: 'Overrides the Accept header.' })

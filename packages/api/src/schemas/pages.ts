import { z } from 'zod'

/** The most items one page of a list may hold, and how many it holds by default. */
export const pageSize = { max: 100, default: 50 } as const

/**
 * The query fields every list takes: `limit` (1–100, default 50) and `cursor`, the opaque
 * value from the previous page's `next` link. Spread into a list's query schema.
 *
 * @example
 * ```ts
 * const Query = z.object({ state: State.optional(), ...PageQuery })
 * ```
 */
export const PageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(pageSize.max)
    .default(pageSize.default)
    .meta({ description: `Items per page: 1 to ${pageSize.max} (default ${pageSize.default}).` }),
  cursor: z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the cursor of a `next` link, unchanged')
    .optional()
    .meta({ description: 'Where the page starts: take it from the previous page’s `next`.' }),
}

/** A list's `next` link: the path and query of the following page, or null on the last page. */
export const NextLink = z.union([z.string(), z.null()]).meta({
  description: 'The next page (path and query), or null when this is the last.',
  example: '/v1/organisations?limit=50&cursor=WyJEZXJieXNoaXJlIl0',
})

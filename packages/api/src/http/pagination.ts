import type { Context } from 'hono'
import { z } from 'zod'
import type { AppEnv } from './env.ts'
import type { CursorKey } from '../paging/page-after.ts'
import { problem } from './problems.ts'

export { pageAfter, type CursorKey } from '../paging/page-after.ts'

/**
 * The opaque cursor for a sort key (base64url of its JSON).
 *
 * @example
 * ```ts
 * encodeCursor(['Derbyshire Constabulary', '0b6f…']) //=> 'WyJEZXJieXNoaXJlIENvbnN0YWJ1bGFyeSIsIjBiNmbigKYiXQ'
 * ```
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/**
 * The sort key in a cursor, checked against `shape` (one schema per key part); undefined for a
 * cursor that was not made by {@link encodeCursor} for this list.
 *
 * @example
 * ```ts
 * decodeCursor(cursor, [z.string(), z.uuid()]) //=> ['Derbyshire Constabulary', '0b6f…']
 * ```
 */
export function decodeCursor<const S extends readonly z.ZodType[]>(
  cursor: string,
  shape: S
): { [K in keyof S]: z.infer<S[K]> } | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  const checked = z.tuple(shape as unknown as [z.ZodType, ...z.ZodType[]]).safeParse(parsed)
  return checked.success ? (checked.data as { [K in keyof S]: z.infer<S[K]> }) : undefined
}

/** The field error for a cursor that {@link decodeCursor} could not read. */
export const badCursor = {
  path: 'cursor',
  message: 'is not a cursor of this list: take it from a `next` link, unchanged',
  in: 'query' as const,
}

/**
 * The 400 for a cursor that {@link decodeCursor} could not read.
 *
 * @example
 * ```ts
 * if (query.cursor !== undefined && !after) return invalidCursor(c)
 * ```
 */
export function invalidCursor(c: Context<AppEnv>) {
  return problem(c, 'validation', 'One field of the request needs correcting.', {
    errors: [badCursor],
  })
}

/**
 * The `next` link: `path` with the list's query (filters in a fixed order, `limit`) and the
 * cursor after the page's last item; null when there is no next page.
 *
 * @example
 * ```ts
 * nextLink('/v1/actions', { power: 'warning-letter', limit: 50 }, ['2025-05-01', '…', '…'])
 * //=> '/v1/actions?power=warning-letter&limit=50&cursor=…'
 * ```
 */
export function nextLink(
  path: string,
  query: Readonly<Record<string, string | number | undefined>>,
  after: CursorKey | undefined
): string | null {
  if (after === undefined) return null
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && name !== 'cursor') params.set(name, String(value))
  }
  params.set('cursor', encodeCursor(after))
  return `${path}?${params}`
}

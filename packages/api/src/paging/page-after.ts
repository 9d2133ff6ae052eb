/** A cursor's content: the sort key of the last item of a page. */
export type CursorKey = readonly (string | number)[]

/**
 * One page of a list held in memory, in its order: the `limit` items after the item whose key
 * is `after` (by `compare`, the list's own order), and the key of the last one when more follow.
 * Keyed, not counted, so an item added or removed between pages moves nothing else.
 *
 * @example
 * ```ts
 * pageAfter(orders, 50, undefined, (o) => [o.endsOn, o.id], byEndThenId)
 * //=> { items: [… 50 orders], last: ['2026-05-31', 'e1…'] }
 * ```
 */
export function pageAfter<T, K extends CursorKey>(
  items: readonly T[],
  limit: number,
  after: K | undefined,
  keyOf: (item: T) => K,
  compare: (a: K, b: K) => number
): { items: T[]; last: K | undefined } {
  const start = after === undefined ? 0 : items.findIndex((i) => compare(keyOf(i), after) > 0)
  const from = start === -1 ? items.length : start
  const page = items.slice(from, from + limit)
  const more = from + limit < items.length
  const lastItem = page.at(-1)
  return { items: page, last: more && lastItem !== undefined ? keyOf(lastItem) : undefined }
}

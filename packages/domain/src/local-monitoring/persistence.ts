import { z } from 'zod'

/**
 * How a unit's place among the hot spots has held over the quarters of a window (after
 * sfhotspot's classification, with "hot" judged by rank rather than by Gi*; see
 * {@link classifyPersistence} for the rule):
 * `persistent`, `emerging`, `former`, `intermittent`, or `unknown` when gaps in the data hide
 * the recent or the earlier quarters. A unit never hot has no class (`null`).
 *
 * @example
 * ```ts
 * HotSpotPersistence.parse('emerging') //=> 'emerging'
 * ```
 */
export const HotSpotPersistence = z
  .enum(['persistent', 'emerging', 'former', 'intermittent', 'unknown'])
  .meta({ id: 'HotSpotPersistence' })
export type HotSpotPersistence = z.infer<typeof HotSpotPersistence>

/**
 * The defaults of the hot-spot rule: hot means in the top 10 % of units in a quarter with at
 * least 1 count; persistent means hot in at least 80 % of known quarters. The recent quarters
 * default to the last quarter of every four (1 of a 12-month window, 2 of 24 months).
 *
 * @example
 * ```ts
 * hotSpotDefaults.hotShare //=> 0.1
 * ```
 */
export const hotSpotDefaults = Object.freeze({
  hotShare: 0.1,
  minimumCount: 1,
  persistentShare: 0.8,
})

/**
 * Which units are hot in one quarter, given every unit's count there: those with a count of
 * at least `minimumCount` and at least the count of the unit ranked ⌈hotShare × units⌉ (the
 * top share, ties at the edge included, so a few more than the share may be hot).
 *
 * @example
 * ```ts
 * hotInQuarter([9, 1, 4, 4, 0, 0, 0, 0, 0, 0], { hotShare: 0.2, minimumCount: 1 })
 * //=> [true, false, true, true, false, false, false, false, false, false]
 * ```
 */
export function hotInQuarter(
  counts: readonly number[],
  rule: { hotShare: number; minimumCount: number }
): boolean[] {
  if (counts.length === 0) return []
  const sorted = [...counts].sort((a, b) => b - a)
  const position = Math.max(1, Math.ceil(rule.hotShare * counts.length))
  const threshold = Math.max(rule.minimumCount, sorted[position - 1] as number)
  return counts.map((count) => count >= threshold)
}

/**
 * Classifies a unit from whether it was hot in each quarter of the window, oldest first
 * (`null` for a quarter with a gap in the data, which counts as neither). The last
 * `recentQuarters` quarters are recent, the others earlier. In this order:
 *
 * 1. hot in no known quarter: `null`, not a hot spot;
 * 2. hot in at least `persistentShare` (80 %) of at least two known quarters: `persistent`;
 * 3. no known recent quarter, or no known earlier one: `unknown` (emerging and former cannot be
 *    told apart);
 * 4. hot in a recent quarter and in no earlier one: `emerging`;
 * 5. hot in an earlier quarter and in no recent one: `former`;
 * 6. otherwise — hot both earlier and recently, but not often enough to persist: `intermittent`.
 *
 * Hot by rank is relative: a unit can be hot in a quiet quarter with a count it would not be
 * hot with in a busy one. It says where to look, not that a change is significant.
 *
 * @example
 * ```ts
 * classifyPersistence([true, true, true, true, false], 1) //=> 'persistent' (4 of 5 quarters)
 * classifyPersistence([false, false, false, true], 1) //=> 'emerging'
 * classifyPersistence([true, false, false, false], 1) //=> 'former'
 * classifyPersistence([true, false, true, true], 1) //=> 'intermittent' (3 of 4 is under 80 %)
 * classifyPersistence([false, true, false, null], 1) //=> 'unknown' (the recent quarter has a gap)
 * ```
 */
export function classifyPersistence(
  hot: readonly (boolean | null)[],
  recentQuarters: number,
  persistentShare: number = hotSpotDefaults.persistentShare
): HotSpotPersistence | null {
  const split = Math.max(0, hot.length - recentQuarters)
  const known = (quarters: readonly (boolean | null)[]) => quarters.filter((q) => q !== null)
  const hotIn = (quarters: readonly (boolean | null)[]) => quarters.filter((q) => q === true)
  const earlier = hot.slice(0, split)
  const recent = hot.slice(split)
  const hotCount = hotIn(hot).length
  const knownCount = known(hot).length
  if (hotCount === 0) return null
  if (knownCount >= 2 && hotCount >= persistentShare * knownCount) return 'persistent'
  if (known(recent).length === 0 || known(earlier).length === 0) return 'unknown'
  const hotRecently = hotIn(recent).length > 0
  const hotEarlier = hotIn(earlier).length > 0
  if (hotRecently && !hotEarlier) return 'emerging'
  if (hotEarlier && !hotRecently) return 'former'
  return 'intermittent'
}

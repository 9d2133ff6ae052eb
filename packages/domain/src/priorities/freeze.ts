/**
 * Freezes a plain data value and everything reachable from it, so bundled data cannot be changed
 * by one caller under another. Returns the same value.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: [1] }).a) //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

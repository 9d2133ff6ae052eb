import { z } from 'zod'

/**
 * `schema` or null, for schemas registered as components (`.meta({ id })`). Use it instead of
 * `.nullable()`: zod-to-openapi 9 emits a nullable object component as a bare `$ref` and marks
 * the shared component itself nullable (asteasolutions/zod-to-openapi#387); a union becomes
 * `anyOf: [$ref, { type: 'null' }]`.
 *
 * @example
 * ```ts
 * z.object({ rank: orNull(AreaRank) })
 * ```
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()])
}

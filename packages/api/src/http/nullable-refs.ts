export { orNull } from '../schemas/or-null.ts'

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Rewrites `allOf: [{ $ref }, { type: [T, 'null'] }]`, which zod-to-openapi emits for a
 * nullable primitive or enum component (such as the domain's `GssCode.nullable()`), into
 * `anyOf: [{ $ref }, { type: 'null' }]`. The `allOf` form is wrong in JSON Schema: null must
 * still match the referenced schema, so it never validates.
 *
 * @example
 * ```ts
 * fixNullableRefs({ allOf: [{ $ref: '#/c/GssCode' }, { type: ['string', 'null'] }] })
 * //=> { anyOf: [{ $ref: '#/c/GssCode' }, { type: 'null' }] }
 * ```
 */
export function fixNullableRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(fixNullableRefs) as T
  if (!isNode(value)) return value
  const node: Node = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, fixNullableRefs(child)])
  )
  const allOf = node['allOf']
  if (!Array.isArray(allOf) || allOf.length !== 2) return node as T
  const [ref, nullable] = allOf as unknown[]
  if (!isNode(ref) || typeof ref['$ref'] !== 'string' || Object.keys(ref).length !== 1) {
    return node as T
  }
  if (!isNode(nullable) || !Array.isArray(nullable['type'])) return node as T
  if (!nullable['type'].includes('null')) return node as T
  const { allOf: _, ...outer } = node
  const { type: _type, ...extra } = nullable
  return { ...outer, ...extra, anyOf: [ref, { type: 'null' }] } as T
}

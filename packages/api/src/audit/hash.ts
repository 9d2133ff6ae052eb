import { createHash } from 'node:crypto'

/** The `prevHash` of the first entry. */
export const genesisHash = '0'.repeat(64)

/**
 * JSON with object keys sorted at every level and no whitespace: one spelling per value, so a
 * hash computed when appending can be recomputed from what PostgreSQL gives back (jsonb does
 * not keep key order). `undefined` properties are left out, as JSON.stringify does.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: { d: [2, 'x'], c: null } }) //=> '{"a":{"c":null,"d":[2,"x"]},"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError(`${value} has no JSON form`)
    }
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The fields of an entry that its hash covers (all but the hash). */
export interface HashedFields {
  id: number
  at: Date
  actorId: string | null
  action: string
  subjectType: string | null
  subjectId: string | null
  details: Record<string, unknown>
  prevHash: string
}

/**
 * SHA-256 (hex) of `prevHash` followed by the canonical JSON of the entry's fields, the
 * `prevHash` among them. Changing any field, or the entry before, changes the hash.
 *
 * @example
 * ```ts
 * entryHash({ id: 1, at, actorId: null, action: 'user.create', subjectType: 'user',
 *   subjectId: '…', details: {}, prevHash: genesisHash }) // 64 hex digits
 * ```
 */
export function entryHash(fields: HashedFields): string {
  // Field by field: callers may pass a whole row, whose `hash` must not hash itself.
  const { id, at, actorId, action, subjectType, subjectId, details, prevHash } = fields
  const covered = {
    id,
    at: at.toISOString(),
    actorId,
    action,
    subjectType,
    subjectId,
    details,
    prevHash,
  }
  return createHash('sha256').update(prevHash).update(canonicalJson(covered)).digest('hex')
}

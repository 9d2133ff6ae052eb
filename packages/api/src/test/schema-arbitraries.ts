// fast-check arbitraries read from the OpenAPI document's own JSON Schemas (OpenAPI 3.1): values
// a schema accepts, and values it (mostly) refuses, for the contract's property test.
import fc from 'fast-check'

/** A JSON Schema as the document writes it (loosely typed: only the keywords read here). */
export interface Schema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  items?: Schema
  minItems?: number
  maxItems?: number
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
  example?: unknown
  default?: unknown
}

/** Resolves `#/components/schemas/…` references against the document. */
export type Resolve = (schema: Schema) => Schema

/**
 * A resolver of local references in `document`.
 *
 * @example
 * ```ts
 * const resolve = resolverOf(document)
 * resolve({ $ref: '#/components/schemas/Problem' }).type //=> 'object'
 * ```
 */
export function resolverOf(document: object): Resolve {
  return function resolve(schema) {
    let current = schema
    for (let depth = 0; current.$ref !== undefined && depth < 20; depth++) {
      const ref = current.$ref
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document)
      if (target === undefined) throw new Error(`unresolved ${ref}`)
      current = target as Schema
    }
    return current
  }
}

const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Math.max(min, 40)
  const fits = (s: string) => s.length >= min && s.length <= max
  switch (schema.format) {
    case 'uuid':
      return fc.uuid()
    case 'date':
      return isoDate
    case 'date-time':
      return fc
        .date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString())
    case 'email':
      return fc.emailAddress().filter(fits)
    case 'uri':
      return fc.webUrl().filter(fits)
  }
  if (schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern)
    const matching = fc.stringMatching(pattern).filter(fits)
    return typeof schema.example === 'string' && pattern.test(schema.example)
      ? fc.oneof(fc.constant(schema.example), matching)
      : matching
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 40) })
}

function numberOf(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const low =
    schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1000 : schema.exclusiveMinimum + 1)
  const high =
    schema.maximum ??
    (schema.exclusiveMaximum === undefined ? low + 2000 : schema.exclusiveMaximum - 1)
  return integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(Math.max(low, high)) })
    : fc.double({ min: low, max: Math.max(low, high), noNaN: true, noDefaultInfinity: true })
}

/**
 * Values `schema` accepts (up to what fast-check can generate for its patterns).
 *
 * @example
 * ```ts
 * fc.sample(validValue({ type: 'integer', minimum: 1, maximum: 3 }, resolve), 1)[0] //=> 2
 * ```
 */
export function validValue(schema: Schema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum !== undefined) return fc.constantFrom(...s.enum)
  const choices = s.anyOf ?? s.oneOf
  if (choices !== undefined)
    return fc.oneof(...choices.map((c) => validValue(c, resolve, depth + 1)))
  if (s.allOf !== undefined) return validValue(mergeAll(s.allOf, resolve), resolve, depth + 1)
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type]
  if (types.length > 1)
    return fc.oneof(...types.map((type) => validValue({ ...s, type }, resolve, depth)))
  switch (types[0]) {
    case 'string':
      return stringOf(s)
    case 'integer':
      return numberOf(s, true)
    case 'number':
      return numberOf(s, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      const minLength = s.minItems ?? 0
      const maxLength = Math.min(s.maxItems ?? minLength + 3, minLength + 3)
      if (depth > 6) return fc.constant([])
      return fc.array(validValue(s.items ?? {}, resolve, depth + 1), { minLength, maxLength })
    }
    case 'object':
      return objectOf(s, resolve, depth)
  }
  if (s.properties !== undefined) return objectOf(s, resolve, depth)
  return fc.jsonValue({ maxDepth: 2 })
}

function objectOf(s: Schema, resolve: Resolve, depth: number): fc.Arbitrary<unknown> {
  const properties = s.properties ?? {}
  const required = new Set(s.required ?? [])
  if (depth > 6) return fc.constant({})
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [
      name,
      validValue(schema, resolve, depth + 1),
    ])
  )
  return fc.record(model, {
    requiredKeys: Object.keys(properties).filter((name) => required.has(name)),
  })
}

function mergeAll(schemas: Schema[], resolve: Resolve): Schema {
  return schemas.map(resolve).reduce<Schema>(
    (merged, s) => ({
      ...merged,
      ...s,
      properties: { ...merged.properties, ...s.properties },
      required: [...(merged.required ?? []), ...(s.required ?? [])],
    }),
    {}
  )
}

/** Values a client might send by mistake or on purpose: wrong types, edges, odd characters. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '2147483648',
    '9999-12-31',
    '10000-01-01',
    '0000-01-01',
    '2025-02-30',
    '2025-13',
    'A5C1F3E2-8D2A-4D55-9A57-5F1F1D0C2A11',
    '../..',
    '%00',
    'a\u0000b',
    '\ud800',
    'x'.repeat(5000),
    2 ** 31,
    2 ** 53,
    -1,
    0,
    1.5,
    true,
    [],
    {},
    { __proto__: 1 },
    // An object String() cannot convert (JSON can write it).
    { toString: 0 }
  ),
  fc.string(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 })
)

/**
 * Values that are mostly not what `schema` accepts: a valid value with one property or item
 * replaced by a hostile one, a required property left out, or a hostile value outright.
 *
 * @example
 * ```ts
 * fc.sample(invalidValue({ type: 'integer' }, resolve), 1)
 * ```
 */
export function invalidValue(schema: Schema, resolve: Resolve): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  const names = Object.keys(s.properties ?? {})
  // An object that names no properties (a loose body checked by its handler) has none to spoil.
  if (names.length === 0) return hostileValue
  return fc.oneof(
    hostileValue,
    fc
      .tuple(validValue(s, resolve), fc.constantFrom(...names), hostileValue, fc.boolean())
      .map(([value, name, replacement, drop]) => {
        const copy = { ...(value as Record<string, unknown>) }
        if (drop) delete copy[name]
        else copy[name] = replacement
        return copy
      })
  )
}

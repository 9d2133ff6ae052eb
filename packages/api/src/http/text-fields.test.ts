import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'

// Strings whose format already bounds them; any other string a client sends must say how long
// it may be and what it may contain (the shared plainText field gives both).
const boundedFormats = new Set(['date', 'date-time', 'uuid', 'email', 'uri', 'password', 'binary'])

function unboundedStrings(document: Json, schema: Json, path: string, seen: Set<Json>): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return []
  if (typeof schema.$ref === 'string') {
    const target = document.components.schemas[schema.$ref.split('/').at(-1)]
    return unboundedStrings(document, target, path, seen)
  }
  seen = new Set(seen).add(schema)
  const found: string[] = []
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const part of schema[key] ?? [])
      found.push(...unboundedStrings(document, part, path, seen))
  }
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) {
    found.push(...unboundedStrings(document, property, `${path}.${name}`, seen))
  }
  if (schema.items) found.push(...unboundedStrings(document, schema.items, `${path}.0`, seen))
  if (typeof schema.additionalProperties === 'object') {
    found.push(...unboundedStrings(document, schema.additionalProperties, `${path}.*`, seen))
  }
  const isString =
    schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'))
  const bounded =
    schema.enum !== undefined ||
    schema.const !== undefined ||
    boundedFormats.has(schema.format) ||
    (schema.maxLength !== undefined && schema.pattern !== undefined)
  if (isString && !bounded) found.push(path)
  return found
}

describe('the text a client may send', () => {
  it('is bounded in length and content in every request body and query', async () => {
    const document = await json(await appWithoutDb().request('/v1/openapi.json'))
    const found: string[] = []
    for (const [route, item] of Object.entries<Json>(document.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        const where = `${method.toUpperCase()} ${route}`
        for (const parameter of operation.parameters ?? []) {
          const at = `${where} ${parameter.in} ${parameter.name}`
          found.push(...unboundedStrings(document, parameter.schema, at, new Set()))
        }
        const body = operation.requestBody?.content?.['application/json']?.schema
        if (body) found.push(...unboundedStrings(document, body, `${where} body`, new Set()))
      }
    }
    expect(found).toEqual([])
  })
})

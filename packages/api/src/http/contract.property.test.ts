// The contract as a property: for every operation in /v1/openapi.json, requests generated from
// the document's own schemas (valid and invalid path parameters, queries and bodies), sent
// unsigned and as an admin, on each database. Whatever is sent, the API never answers 5xx, every
// error is a problem (RFC 9457), and every 2xx JSON body is what the document says it is.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addTestUser, signInToken } from '../test/auth.ts'
import { application, testPartners } from '../test/casework.ts'
import { appWithoutDb, testDatabases, useTestDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'
import {
  hostileValue,
  invalidValue,
  resolverOf,
  validValue,
  type Schema,
} from '../test/schema-arbitraries.ts'

/** Runs per operation; each run sends its request unsigned and signed in: bounded on purpose. */
const runsPerOperation = 20

const document = await json(await appWithoutDb().request('/v1/openapi.json'))
const resolve = resolverOf(document)

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: Schema
}
interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body?: { mediaType: string; schema: Schema }
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

const operations: Operation[] = Object.entries<Json>(document.paths).flatMap(([path, item]) =>
  Object.entries<Json>(item).map(([method, op]) => {
    const content = op.requestBody?.content ?? {}
    const mediaType = Object.keys(content)[0]
    return {
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      ...(mediaType === undefined
        ? {}
        : { body: { mediaType, schema: content[mediaType].schema ?? {} } }),
      responses: op.responses,
    }
  })
)

// The documented response schemas, checked by a JSON Schema 2020-12 validator (OpenAPI 3.1's
// dialect) with the document's components reachable by reference.
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addFormat('password', true)
ajv.addFormat('binary', true)
ajv.addSchema({ $id: 'openapi', components: document.components })
const validators = new Map<string, ReturnType<typeof ajv.compile>>()
function validatorOf(schema: Schema) {
  const key = JSON.stringify(schema)
  let validate = validators.get(key)
  if (!validate) {
    validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi#/components/')))
    validators.set(key, validate)
  }
  return validate
}

/** Ids the API has handed out so far, so that path parameters also name rows that exist. */
const knownIds: string[] = []
function collectIds(value: unknown) {
  if (Array.isArray(value)) value.forEach(collectIds)
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string' && !knownIds.includes(inner)) {
        knownIds.push(inner)
      } else collectIds(inner)
    }
  }
}

const knownId = fc.nat().map((i) => knownIds[i % Math.max(knownIds.length, 1)] ?? 'none')

function parameterValue(parameter: Parameter, valid: boolean): fc.Arbitrary<unknown> {
  const valueOf = valid ? validValue(parameter.schema, resolve) : hostileValue
  return parameter.in === 'path' && valid ? fc.oneof(knownId, valueOf) : valueOf
}

interface GeneratedRequest {
  url: string
  body?: string
  contentType?: string
}

function requestsOf(operation: Operation): fc.Arbitrary<GeneratedRequest> {
  const path = operation.parameters.filter((p) => p.in === 'path')
  const query = operation.parameters.filter((p) => p.in === 'query')
  return fc
    .tuple(fc.boolean(), fc.boolean())
    .chain(([valid, validPath]) =>
      fc.record({
        path: fc.tuple(...path.map((p) => parameterValue(p, valid || validPath))),
        query: fc.tuple(
          ...query.map((p) => fc.option(parameterValue(p, valid), { nil: undefined, freq: 3 }))
        ),
        body: bodyOf(operation, valid),
      })
    )
    .map(({ path: pathValues, query: queryValues, body }) => {
      let url = operation.path
      path.forEach((p, i) => {
        const value = pathValues[i]
        // Written as the query's values are: a value that is not text goes as its JSON.
        const text = typeof value === 'string' ? value : String(JSON.stringify(value))
        url = url.replace(`{${p.name}}`, encodeURIComponent(Buffer.from(text).toString()))
      })
      const search = new URLSearchParams()
      query.forEach((p, i) => {
        const value = queryValues[i]
        if (value !== undefined)
          search.set(p.name, typeof value === 'string' ? value : JSON.stringify(value))
      })
      const qs = search.toString()
      return { url: qs ? `${url}?${qs}` : url, ...body }
    })
}

function bodyOf(operation: Operation, valid: boolean): fc.Arbitrary<Omit<GeneratedRequest, 'url'>> {
  const body = operation.body
  if (body === undefined) return fc.constant({})
  if (body.mediaType !== 'application/json') {
    return fc
      .oneof(fc.string(), fc.constant('Crime ID,Month,Reported by\n'))
      .map((text) => ({ body: text, contentType: body.mediaType }))
  }
  const value = valid
    ? validValue(body.schema, resolve)
    : fc.oneof(
        invalidValue(body.schema, resolve),
        fc.string().map((text) => ({ raw: text }))
      )
  return value.map((v) => ({
    body:
      v !== null && typeof v === 'object' && 'raw' in v && typeof v.raw === 'string'
        ? v.raw
        : JSON.stringify(v ?? null),
    contentType: 'application/json',
  }))
}

describe.each(testDatabases)('every operation of the contract on $name', (target) => {
  const t = useTestDb(target)
  // Sign-ins are limited per source; every request here comes from one, and the property sends
  // hundreds of unsigned sign-ins with random emails on purpose.
  const app = () => t.app({ auth: { rateLimit: { perIp: 1_000_000, perEmail: 1_000_000 } } })
  let token: string | undefined
  let seeded = false

  /** An admin's token; a new admin if the last one signed out, was disabled or changed. */
  async function adminToken(server: ReturnType<typeof app>) {
    if (token === undefined) {
      const admin = await addTestUser(t.db, 'admin')
      token = await signInToken(server, admin.email)
    }
    return token
  }

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))(
    '%s: never 5xx, errors are problems, 2xx bodies match the document',
    { timeout: 120_000 },
    async (_name, operation) => {
      const server = app()
      // A new admin for each operation: the last one's runs may have demoted or disabled them.
      token = undefined
      if (!seeded) {
        seeded = true
        const partners = await testPartners(t.db)
        collectIds(partners)
        const officer = await addTestUser(t.db, 'officer', { organisationId: partners.council.id })
        const officerToken = await signInToken(server, officer.email)
        const created = await server.request('/v1/asb-case-reviews', {
          method: 'POST',
          headers: { Authorization: `Bearer ${officerToken}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(
            application({
              council: partners.council.id,
              police: partners.police.id,
              housing: partners.housing.id,
            })
          ),
        })
        collectIds(await created.json())
      }
      await fc.assert(
        fc.asyncProperty(requestsOf(operation), async (request) => {
          for (const signed of [false, true]) {
            const headers: Record<string, string> = {}
            if (signed) headers['Authorization'] = `Bearer ${await adminToken(server)}`
            if (request.contentType) headers['Content-Type'] = request.contentType
            const res = await server.request(request.url, {
              method: operation.method,
              headers,
              ...(request.body === undefined ? {} : { body: request.body }),
            })
            const what =
              `${operation.method} ${request.url} ${signed ? 'as admin' : 'unsigned'} ${request.body ?? ''}`.slice(
                0,
                600
              )
            const text = await res.text()
            expect(res.status, `${what}\n→ ${text.slice(0, 400)}`).toBeLessThan(500)
            if (signed && res.status === 401) token = undefined
            if (res.status >= 400) {
              expect(res.headers.get('content-type'), what).toBe('application/problem+json')
              expect(
                operation.responses[String(res.status)],
                `${what}: ${res.status} is not documented`
              ).toBeDefined()
              continue
            }
            const contentType = res.headers.get('content-type') ?? ''
            if (res.status === 204 || !contentType.startsWith('application/json')) continue
            const body = JSON.parse(text) as unknown
            collectIds(body)
            const documented = operation.responses[String(res.status)]
            expect(documented, `${what}: ${res.status} is not documented`).toBeDefined()
            const schema = documented?.content?.['application/json']?.schema
            expect(schema, `${what}: no JSON schema for ${res.status}`).toBeDefined()
            const validate = validatorOf(schema!)
            expect(
              validate(body) ? [] : validate.errors,
              `${what}\n→ ${text.slice(0, 400)}`
            ).toEqual([])
          }
          // A run may have made admins use two-factor sign-in: put it back while the token
          // (issued before the change) still may.
          if (operation.path === '/v1/settings/sign-in' && token !== undefined) {
            await server.request('/v1/settings/sign-in', {
              method: 'PUT',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ twoFactorRequiredFor: [] }),
            })
          }
        }),
        { numRuns: runsPerOperation }
      )
    }
  )
})

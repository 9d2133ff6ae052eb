import type { OpenAPIHono } from '@hono/zod-openapi'
import { setupRoutes } from '../auth/middleware.ts'
import { fixNullableRefs } from './nullable-refs.ts'
import { problemBase, problemKinds, problemMediaType } from './problems.ts'

/** The document's fixed parts. `version` is the contract's, not the package's. */
export const openApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'CSP Toolkit API',
    version: '1.0.0',
    license: { name: 'MIT', identifier: 'MIT' },
    description: `The Community Safety Partnership toolkit's REST API. Public resources need no token and carry ETag and Cache-Control; everything else needs a bearer token from POST /v1/auth/token. Errors are application/problem+json (RFC 9457); their \`type\` is one of ${problemBase}{${Object.keys(problemKinds).join(',')}}.`,
  },
  // Relative: the API is at the root of the origin that serves this document.
  servers: [{ url: '/', description: 'The server this document was read from.' }],
  tags: [
    { name: 'Reference', description: 'Areas, measures and statutory duties.' },
    {
      name: 'Duties',
      description: 'Statutory deadlines, and the partnership settings they are worked out from.',
    },
    { name: 'Crime tables', description: 'Comparison tables of areas for one measure and period.' },
    { name: 'Plan', description: 'The partnership plan and its priorities.' },
    { name: 'ASB Case Reviews', description: 'The ASB Case Review annual return.' },
    { name: 'Actions', description: 'Actions taken under ASB powers.' },
    { name: 'Operations', description: 'Liveness and readiness.' },
    { name: 'Auth', description: 'Sign-in tokens and the signed-in user.' },
    {
      name: 'Account',
      description:
        'The signed-in user’s own password and two-factor sign-in, and which roles must use it.',
    },
    { name: 'Users', description: 'Users, their roles and their tokens (admins).' },
    { name: 'Organisations', description: 'The partner agencies users belong to.' },
    { name: 'Audit', description: 'The hash-chained audit log (admins).' },
    { name: 'Imports', description: 'police.uk uploads and their jobs (analysts and admins).' },
  ],
}

/**
 * The OpenAPI 3.1 document of `app`, generated once (routes do not change after start-up), with
 * nullable references corrected ({@link fixNullableRefs}).
 *
 * @example
 * ```ts
 * const documentOf = openApiDocument(app)
 * documentOf().openapi //=> '3.1.0'
 * ```
 */
export function openApiDocument(app: Pick<OpenAPIHono, 'getOpenAPI31Document'>) {
  let document: ReturnType<OpenAPIHono['getOpenAPI31Document']> | undefined
  return () =>
    (document ??= withOperationDefaults(
      withBodyProblems(
        documentSetupRefusals(fixNullableRefs(app.getOpenAPI31Document(openApiConfig)))
      )
    ))
}

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>

/**
 * Every operation that needs a full token answers 403 to a `setup` token (see
 * src/auth/middleware.ts); this documents that 403 where a route's own responses do not.
 */
function documentSetupRefusals(document: Document): Document {
  const problemRef = { $ref: '#/components/schemas/Problem' }
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) {
        continue
      }
      const op = operation as { security?: unknown[]; responses: Record<string, unknown> }
      if (!op.security?.length || setupRoutes.has(`${method} ${path}`)) continue
      op.responses['403'] ??= {
        description:
          'The token may only finish setting up the account (see `requires` of GET /v1/me), or the role does not allow this.',
        content: { [problemMediaType]: { schema: problemRef } },
      }
    }
  }
  return document
}

const bodyProblems = {
  413: 'The request body is over the limit.',
  415: 'The request body is not of the media type this operation takes.',
} as const

// Every operation that takes a body can answer 413 (the app-wide body limit) and 415 (a media
// type it does not take): middleware answers them, so routes need not list them one by one.
function withBodyProblems<D extends { paths?: object }>(document: D): D {
  for (const item of Object.values(document.paths ?? {}) as Record<string, unknown>[]) {
    for (const operation of Object.values(item) as {
      requestBody?: unknown
      responses?: object
    }[]) {
      if (!operation?.requestBody || !operation.responses) continue
      const responses = operation.responses as Record<string, unknown>
      for (const [status, description] of Object.entries(bodyProblems)) {
        responses[status] ??= {
          description,
          content: { [problemMediaType]: { schema: { $ref: '#/components/schemas/Problem' } } },
        }
      }
    }
  }
  return document
}

/**
 * The operation id a route gets unless it names its own: the method, then the path without its
 * version, each `{param}` read as `By<Param>`, in camel case. Unique because method and path are.
 *
 * @example
 * ```ts
 * operationIdOf('get', '/v1/asb-case-reviews/{id}/events') //=> 'getAsbCaseReviewsByIdEvents'
 * operationIdOf('get', '/healthz') //=> 'getHealthz'
 * ```
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((segment) => segment !== '' && !/^v\d+$/.test(segment))
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1]
      return param === undefined ? segment.split(/[^A-Za-z0-9]+/) : ['by', param]
    })
    .filter((word) => word !== '')
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'])

// Decided here once for every route: an operation id ({@link operationIdOf}), and `security: []`
// (public, stated) for a route that declares no sign-in. Routes that need one declare it with
// `signedIn`/`signedInForSetup` (src/auth/middleware.ts), which also installs the check.
function withOperationDefaults<D extends { paths?: object }>(document: D): D {
  for (const [path, item] of Object.entries(document.paths ?? {}) as [string, object][]) {
    for (const [method, operation] of Object.entries(item) as [
      string,
      { operationId?: string; security?: unknown[] },
    ][]) {
      if (!httpMethods.has(method) || typeof operation !== 'object') continue
      operation.operationId ??= operationIdOf(method, path)
      operation.security ??= []
    }
  }
  return document
}

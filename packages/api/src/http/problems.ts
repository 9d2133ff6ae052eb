import type { Hook } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { FieldError } from '../schemas/field-error.ts'
import type { AppEnv } from './env.ts'

/** The base of every problem `type`; the URIs are identifiers, stable across releases. */
export const problemBase = 'https://csp-toolkit.org/problems/'

/** Every kind of problem the API reports, with its HTTP status and fixed title. */
export const problemKinds = {
  validation: { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'Sign-in needed' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

/** A problem kind: the last segment of its `type` URI. */
export type ProblemKind = keyof typeof problemKinds

export { FieldError }

/**
 * An error body as RFC 9457 `application/problem+json`, with the request id for support and,
 * for validation problems, every invalid field.
 */
export const Problem = z
  .object({
    type: z.url().meta({ example: `${problemBase}validation` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>

/**
 * The problem kind of a client-error status (4xx) that middleware raised as an exception
 * (a body too large, a media type a route does not take), or undefined for anything else.
 *
 * @example
 * ```ts
 * problemKindOf(415) //=> 'unsupported-media-type'
 * problemKindOf(500) //=> undefined
 * ```
 */
export function problemKindOf(status: number): ProblemKind | undefined {
  if (status < 400 || status >= 500) return undefined
  const kinds = Object.entries(problemKinds) as [ProblemKind, { status: number }][]
  return kinds.find(([, known]) => known.status === status)?.[0] ?? 'validation'
}

/**
 * The detail of a problem raised by middleware: for a media type a route does not take, which
 * one was sent; otherwise the exception's own message.
 *
 * @example
 * ```ts
 * clientErrorDetail('unsupported-media-type', error, 'text/plain')
 * //=> 'This operation does not take a text/plain body; send application/json.'
 * ```
 */
export function clientErrorDetail(
  kind: ProblemKind,
  error: Error,
  contentType: string | undefined
): string {
  if (kind !== 'unsupported-media-type') return error.message
  const sent = contentType?.split(';')[0]?.trim()
  const what = sent ? `a ${sent.slice(0, 100)} body` : 'a body without a Content-Type'
  return `This operation does not take ${what}; send application/json.`
}

/** The media type of every error response. */
export const problemMediaType = 'application/problem+json'

/**
 * Builds the problem body for `kind`.
 *
 * @example
 * ```ts
 * problemBody('not-found', 'No route for GET /nope').type
 * //=> 'https://csp-toolkit.org/problems/not-found'
 * ```
 */
export function problemBody(
  kind: ProblemKind,
  detail: string,
  extra: { requestId?: string | undefined; errors?: FieldError[] } = {}
): Problem {
  const { status, title } = problemKinds[kind]
  return {
    type: problemBase + kind,
    title,
    status,
    detail,
    ...(extra.requestId === undefined ? {} : { requestId: extra.requestId }),
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
  }
}

/**
 * Responds with a problem of `kind`: its status, `application/problem+json`, the request id.
 *
 * @example
 * ```ts
 * return problem(c, 'not-found', 'There is no hate-crime table for 2019.')
 * ```
 */
export function problem<K extends ProblemKind>(
  c: Context<AppEnv>,
  kind: K,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {}
) {
  const body = problemBody(kind, detail, { requestId: c.get('requestId'), ...extra })
  return c.json(body, problemKinds[kind].status as (typeof problemKinds)[K]['status'], {
    ...extra.headers,
    'Content-Type': problemMediaType,
    'Cache-Control': 'no-store',
  })
}

/**
 * The OpenAPIHono `defaultHook`: a failed zod validation becomes a 400 problem listing every
 * issue with its dotted path, so clients can point at the field.
 *
 * @example
 * ```ts
 * new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
 * ```
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    in: result.target as FieldError['in'],
  }))
  const detail =
    errors.length === 1
      ? 'One field of the request needs correcting.'
      : `${errors.length} fields of the request need correcting.`
  return problem(c, 'validation', detail, { errors })
}

/**
 * OpenAPI response entries for problems, to spread into `createRoute({ responses })`.
 *
 * @example
 * ```ts
 * responses: { 200: …, ...problemResponses(400, 404) }
 * ```
 */
export function problemResponses<const S extends readonly ContentfulStatusCode[]>(...statuses: S) {
  const descriptions: Partial<Record<ContentfulStatusCode, string>> = {
    400: 'The request is not valid; `errors` lists each field.',
    401: 'No valid bearer token (or, for sign-in, wrong credentials); see `WWW-Authenticate`.',
    403: 'The signed-in user’s role does not allow this.',
    404: 'Not found.',
    409: 'Conflicts with what is stored.',
    413: 'The request body is over the limit.',
    415: 'The request body is not of the media type this operation takes.',
    429: 'Too many attempts; wait the seconds in `Retry-After`.',
    503: 'Not ready.',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'A problem.',
        content: { [problemMediaType]: { schema: Problem } },
      },
    ])
  ) as {
    [K in S[number]]: {
      description: string
      content: { 'application/problem+json': { schema: typeof Problem } }
    }
  }
}

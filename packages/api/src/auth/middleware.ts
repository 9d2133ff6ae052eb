import type { Context, MiddlewareHandler } from 'hono'
import type { RouteDeps } from '../http/router.ts'
import type { AppEnv } from '../http/env.ts'
import { problem } from '../http/problems.ts'
import type { Role } from '../schemas/people.ts'
import type { Principal } from './tokens.ts'

/** The name of the bearer scheme in the OpenAPI document's `securitySchemes`. */
export const bearerSchemeName = 'bearerAuth'

/** The OpenAPI security scheme: `Authorization: Bearer <token from POST /v1/auth/token>`. */
export const bearerScheme = {
  type: 'http',
  scheme: 'bearer',
  description: 'A token from `POST /v1/auth/token`, sent as `Authorization: Bearer <token>`.',
} as const

// Route middleware is typed as never answering itself (like publicRead), so it adds nothing
// to the routes' types; the 401/403 answers are documented in each route's `responses`.
type Guard = MiddlewareHandler<AppEnv, string, object, never>

// RFC 6750's b64token, compiled once.
const bearerHeader = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

/** The operations (`method path`, as in the OpenAPI document) a `setup` token may use. */
export const setupRoutes: ReadonlySet<string> = new Set([
  'get /v1/me',
  'delete /v1/auth/token',
  'post /v1/me/password',
  'get /v1/me/two-factor',
  'post /v1/me/two-factor/enrolment',
  'post /v1/me/two-factor',
])

/** What a `setup` token is refused with, naming what the account still needs. */
export const setupOnlyDetail =
  'This token may only finish setting up the account: change the password someone else chose (POST /v1/me/password) or switch on two-factor sign-in (POST /v1/me/two-factor), as GET /v1/me `requires` says.'

/**
 * Reads `Authorization: Bearer <token>` and puts the principal on the context; a missing,
 * unknown, expired or revoked token, or a disabled user, gets a 401 problem with
 * `WWW-Authenticate: Bearer` (RFC 6750). A `setup` token (an account whose password someone
 * else chose, or that must switch on two-factor sign-in) gets a 403 except on the routes that
 * finish the set-up (`allowSetup`). Responses of protected routes are never cached.
 *
 * @example
 * ```ts
 * createRoute({ …, middleware: [authenticate(deps)] as const, security: [{ bearerAuth: [] }] })
 * ```
 */
export function authenticate(
  { principals, clock }: Pick<RouteDeps, 'principals' | 'clock'>,
  { allowSetup = false }: { allowSetup?: boolean } = {}
): Guard {
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('Authorization')
    const match = header === undefined ? null : bearerHeader.exec(header)
    if (!match?.[1]) {
      return problem(c, 'unauthorized', 'Sign in: send Authorization: Bearer <token>.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="csp"' },
      })
    }
    const principal = await principals.find(match[1], clock.now())
    if (!principal) {
      return problem(
        c,
        'unauthorized',
        'The token is not valid: it may have expired or been revoked; sign in again.',
        {
          headers: { 'WWW-Authenticate': 'Bearer realm="csp", error="invalid_token"' },
        }
      )
    }
    if (principal.scope !== 'full' && !allowSetup) {
      return problem(c, 'forbidden', setupOnlyDetail)
    }
    c.set('principal', principal)
    await next()
    c.res.headers.set('Cache-Control', 'no-store')
  }
  return guard as Guard
}

/**
 * After {@link authenticate}: lets only the given roles through; others get a 403 problem.
 *
 * @example
 * ```ts
 * middleware: [authenticate(deps), requireRole('admin')] as const
 * ```
 */
export function requireRole(...roles: readonly Role[]): Guard {
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    const { role } = principalOf(c).user
    if (!roles.includes(role)) {
      const allowed =
        roles.length === 1 ? `the ${roles[0]} role` : `one of the roles ${roles.join(', ')}`
      return problem(c, 'forbidden', `This needs ${allowed}; you are signed in as ${role}.`)
    }
    await next()
  }
  return guard as Guard
}

/**
 * The principal of a protected route's request. Throws when the route forgot
 * {@link authenticate}: a programming error, answered as a 500.
 *
 * @example
 * ```ts
 * const { user } = principalOf(c)
 * ```
 */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal')
  if (!principal) throw new Error(`${c.req.method} ${c.req.path} has no authenticate() middleware`)
  return principal
}

/**
 * What a protected route spreads into `createRoute`: the middleware (sign-in, then the roles,
 * if any) and the OpenAPI `security` requirement.
 *
 * @example
 * ```ts
 * createRoute({ method: 'post', path: '/v1/users', ...signedIn(deps, 'admin'), … })
 * ```
 */
export function signedIn(deps: Pick<RouteDeps, 'principals' | 'clock'>, ...roles: readonly Role[]) {
  const middleware: Guard[] = [authenticate(deps)]
  if (roles.length > 0) middleware.push(requireRole(...roles))
  return { middleware, security: [{ [bearerSchemeName]: [] as string[] }] }
}

/**
 * Like {@link signedIn} with no roles, for the routes that finish setting up an account (who
 * am I, sign out, change password, two-factor set-up): `setup` tokens are let through too.
 *
 * @example
 * ```ts
 * createRoute({ method: 'post', path: '/v1/me/password', ...signedInForSetup(deps), … })
 * ```
 */
export function signedInForSetup(deps: Pick<RouteDeps, 'principals' | 'clock'>) {
  const middleware: Guard[] = [authenticate(deps, { allowSetup: true })]
  return { middleware, security: [{ [bearerSchemeName]: [] as string[] }] }
}

import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { createUser, updateUser } from '../auth/accounts.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { findUser, listUsersPage } from '../db/repositories/people.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  CreateUserRequest,
  Id,
  UpdateUserRequest,
  User,
  UserList,
  UserListQuery,
} from '../schemas/index.ts'
import { refusalProblem } from '../http/refusals.ts'

const UserParams = z.object({ id: Id })
// A page of users ends at a name, email and id (see listUsersPage).
const cursorKey = [z.string(), z.string(), z.uuid()] as const
const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })

/**
 * `GET/POST /v1/users` and `PATCH /v1/users/{id}` for admins; `GET /v1/users/{id}` for admins
 * and for the user themselves (anyone else gets 404: they need not know who has an account).
 *
 * @example
 * ```ts
 * await app.request('/v1/users', { headers: { Authorization: `Bearer ${adminToken}` } })
 * ```
 */
export function userRoutes(deps: RouteDeps) {
  const { db, clock, config } = deps
  const admin = signedIn(deps, 'admin')
  const list = createRoute({
    method: 'get',
    path: '/v1/users',
    tags: ['Users'],
    summary: 'The users, a page at a time',
    ...admin,
    request: { query: UserListQuery },
    responses: {
      200: {
        description: 'By name (then email); `next` links to the following page.',
        content: json(UserList),
      },
      ...problemResponses(400, 401, 403),
    },
  })
  const create = createRoute({
    method: 'post',
    path: '/v1/users',
    tags: ['Users'],
    summary: 'Add a user',
    description:
      'The admin chooses a first password (not a common or breached one), which the user must change when they first sign in.',
    ...admin,
    request: { body: { content: json(CreateUserRequest), required: true } },
    responses: {
      201: { description: 'Added.', content: json(User) },
      ...problemResponses(400, 401, 403, 409),
    },
  })
  const get = createRoute({
    method: 'get',
    path: '/v1/users/{id}',
    tags: ['Users'],
    summary: 'One user (admins, or the user themselves)',
    ...signedIn(deps),
    request: { params: UserParams },
    responses: {
      200: { description: 'The user.', content: json(User) },
      ...problemResponses(400, 401, 404),
    },
  })
  const update = createRoute({
    method: 'patch',
    path: '/v1/users/{id}',
    tags: ['Users'],
    summary:
      'Change a user’s name, role, disabled flag or password, or remove their two-factor sign-in',
    description:
      'Disabling a user, setting their password or removing their two-factor sign-in revokes all their tokens. A password set here must be changed by the user when they next sign in; one too easy to guess (common or breached) is refused.',
    ...admin,
    request: {
      params: UserParams,
      body: { content: json(UpdateUserRequest), required: true },
    },
    responses: {
      200: { description: 'The user as changed.', content: json(User) },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const notFound = (c: Parameters<typeof problem>[0], id: string) =>
    problem(c, 'not-found', `There is no user ${id}.`)
  return createRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, cursorKey)
      if (query.cursor !== undefined && !after) return invalidCursor(c)
      const { items, last } = await listUsersPage(db, { limit: query.limit, after })
      return c.json({ items, next: nextLink(c.req.path, { limit: query.limit }, last) }, 200)
    })
    .openapi(create, async (c) => {
      const context = { actorId: principalOf(c).user.id, at: clock.now() }
      const result = await createUser(db, c.req.valid('json'), context, config.auth.passwordHashing)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 201, { Location: `/v1/users/${result.id}` })
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param')
      const { user: me } = principalOf(c)
      const user = me.role === 'admin' || me.id === id ? await findUser(db, id) : undefined
      if (!user) return notFound(c, id)
      return c.json(user, 200)
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param')
      const context = { actorId: principalOf(c).user.id, at: clock.now() }
      const body = c.req.valid('json')
      const result = await updateUser(db, id, body, context, {
        hashing: config.auth.passwordHashing,
        firstAdminPasswordFile: config.auth.firstAdminPasswordFile,
      })
      if (!result) return notFound(c, id)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 200)
    })
}

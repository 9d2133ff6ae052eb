import { createRoute } from '@hono/zod-openapi'
import { IsoDate, pspoRegister, pspoStatus } from '@csp/domain'
import { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { createPspo, extendStoredPspo, pspoEntry } from '../casework/pspos.ts'
import { todayInEngland } from '../casework/today.ts'
import { findPspo, listPspos } from '../db/repositories/pspos.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { refusalProblem } from '../http/refusals.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import type { Context } from 'hono'
import type { AppEnv } from '../http/env.ts'
import {
  CreatePspoRequest,
  ExtendPspoRequest,
  PspoEntry,
  PspoParams,
  PspoRegister,
  PspoRegisterQuery,
} from '../schemas/pspos.ts'
import { decodeCursor, invalidCursor, nextLink, pageAfter } from '../http/pagination.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
// The last order of a page: the day it stays in force until, its id.
const cursorKey = [IsoDate, z.uuid()] as const
// The domain's register order (pspoRegister): soonest end first, then id.
const registerOrder = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])
/**
 * The PSPO register: public reads (a council must publish its PSPOs) with each order's status
 * on today's date in England; admins and officers add orders and extensions.
 *
 * @example
 * ```ts
 * const { items } = await (await app.request('/v1/pspos')).json()
 * ```
 */
export function pspoRoutes(deps: RouteDeps) {
  const { db, clock, config, readModel } = deps
  const tags = ['Actions']
  const writers = signedIn(deps, 'admin', 'officer')
  const list = createRoute({
    method: 'get',
    path: '/v1/pspos',
    tags,
    summary: 'The PSPO register, with each order’s status today, a page at a time',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: { query: PspoRegisterQuery },
    responses: {
      200: {
        description: 'Soonest end first; `next` links to the following page.',
        content: json(PspoRegister),
      },
      ...problemResponses(400),
    },
  })
  const get = createRoute({
    method: 'get',
    path: '/v1/pspos/{id}',
    tags,
    summary: 'One PSPO, with its status today',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: { params: PspoParams },
    responses: {
      200: { description: 'The order.', content: json(PspoEntry) },
      ...problemResponses(400, 404),
    },
  })
  const create = createRoute({
    ...writers,
    method: 'post',
    path: '/v1/pspos',
    tags,
    summary: 'Put a PSPO on the register',
    description:
      'For a council organisation: its officers (default: their own council) and admins (who name the council); anyone else gets 403.',
    request: { body: { content: json(CreatePspoRequest), required: true } },
    responses: {
      201: { description: 'On the register.', content: json(PspoEntry) },
      ...problemResponses(400, 401, 403),
    },
  })
  const extend = createRoute({
    ...writers,
    method: 'post',
    path: '/v1/pspos/{id}/extensions',
    tags,
    summary: 'Extend a PSPO (up to 3 years, decided before it expires)',
    description: 'For officers of the council that made it, and admins; anyone else gets 403.',
    request: { params: PspoParams, body: { content: json(ExtendPspoRequest), required: true } },
    responses: {
      201: { description: 'The order, extended.', content: json(PspoEntry) },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const context = (c: Context<AppEnv>) => ({
    principal: principalOf(c),
    today: todayInEngland(clock),
    at: clock.now(),
  })
  const noPspo = (c: Context<AppEnv>) =>
    problem(c, 'not-found', `There is no PSPO at ${c.req.path}.`)
  return (
    createRouter()
      // Both depend on the day too (an order's status moves on at midnight), and on the names
      // of the councils that made the orders.
      .openapi(list, (c) => {
        const asOf = todayInEngland(clock)
        const { limit, cursor } = c.req.valid('query')
        const after = cursor === undefined ? undefined : decodeCursor(cursor, cursorKey)
        if (cursor !== undefined && !after) return invalidCursor(c) as never
        return readModel.respond(c, {
          key: `pspos:${asOf}:${limit}:${cursor ?? ''}`,
          topics: ['pspos', 'organisations'],
          daily: true,
          build: async (db) => {
            const stored = new Map((await listPspos(db)).map((p) => [p.order.id, p]))
            const register = pspoRegister(
              [...stored.values()].map((p) => p.order),
              asOf
            )
            const entries = register.flatMap(({ id, ...status }) => {
              const found = stored.get(id)
              return found ? [pspoEntry(found, status)] : []
            })
            const keyOf = (e: PspoEntry) => [e.inForceUntil, e.id] as const
            const page = pageAfter(entries, limit, after, keyOf, registerOrder)
            const next = nextLink(c.req.path, { limit }, page.last)
            return c.json({ asOf, items: page.items, next }, 200)
          },
        })
      })
      .openapi(get, (c) => {
        const { id } = c.req.valid('param')
        const asOf = todayInEngland(clock)
        return readModel.respond(c, {
          key: `pspo:${id}:${asOf}`,
          topics: ['pspos', 'organisations'],
          daily: true,
          build: async (db) => {
            const stored = await findPspo(db, id)
            if (!stored) return noPspo(c) as never
            return c.json(pspoEntry(stored, pspoStatus(stored.order, asOf)), 200)
          },
        })
      })
      .openapi(create, async (c) => {
        const result = await createPspo(db, c.req.valid('json'), context(c))
        if ('refused' in result) return refusalProblem(c, result)
        return c.json(result, 201, { Location: `/v1/pspos/${result.id}` })
      })
      .openapi(extend, async (c) => {
        const { id } = c.req.valid('param')
        const result = await extendStoredPspo(db, id, c.req.valid('json'), context(c))
        if (!result) return noPspo(c)
        if ('refused' in result) return refusalProblem(c, result)
        return c.json(result, 201)
      })
  )
}

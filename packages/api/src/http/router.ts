import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppConfig } from '../config.ts'
import type { Clock } from '../clock.ts'
import type { Db } from '../db/client.ts'
import type { PrincipalCache } from '../auth/principal-cache.ts'
import type { ReadModel } from '../read-model/read-model.ts'
import type { AppEnv } from './env.ts'
import { validationHook } from './problems.ts'

/** What a route module gets from `createApp`. */
export interface RouteDeps {
  db: Db
  clock: Clock
  config: AppConfig
  /** Public views, built once per change of their data and served from memory. */
  readModel: ReadModel
  /** Who each bearer token belongs to, kept while no sign-in data changes. */
  principals: PrincipalCache
}

/**
 * A router for one resource, with the shared validation hook, to mount with `app.route('/', …)`.
 *
 * @example
 * ```ts
 * export const areaRoutes = (deps: RouteDeps) => createRouter().openapi(listAreas, handler)
 * ```
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
}

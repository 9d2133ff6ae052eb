import { OpenAPIHono } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import { cors } from 'hono/cors'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { bearerScheme, bearerSchemeName } from './auth/middleware.ts'
import { PrincipalCache } from './auth/principal-cache.ts'
import { systemClock, type Clock } from './clock.ts'
import { resolveConfig, type AppConfigInput } from './config.ts'
import type { ChangeFeed } from './db/change-feed.ts'
import type { Db } from './db/client.ts'
import { bodyLimits } from './http/body-limits.ts'
import { renderDocsPage } from './http/docs-page.ts'
import type { AppEnv } from './http/env.ts'
import { describeError, requestLog } from './http/logger.ts'
import { requestId } from './http/request-id.ts'
import { securityHeaders } from './http/security-headers.ts'
import { home } from './http/home.ts'
import { openApiDocument } from './http/openapi.ts'
import { clientErrorDetail, problem, problemKindOf, validationHook } from './http/problems.ts'
import { publicRead } from './http/public-read.ts'
import { FrontCache } from './http/front-cache.ts'
import type { NodeLane } from './server.ts'
import { ReadModel } from './read-model/read-model.ts'
import { accountRoutes } from './routes/account.ts'
import { actionRoutes } from './routes/actions.ts'
import { areaRoutes } from './routes/areas.ts'
import { localAreaRoutes } from './routes/local-areas.ts'
import { auditRoutes } from './routes/audit.ts'
import { caseReviewApplicationRoutes } from './routes/case-review-applications.ts'
import { caseworkRoutes } from './routes/casework.ts'
import { authRoutes } from './routes/auth.ts'
import { crimeTableRoutes } from './routes/crime-tables.ts'
import { crimeTableUploadRoutes } from './routes/crime-table-uploads.ts'
import { dutyRoutes } from './routes/duties.ts'
import { dutiesDueRoutes } from './routes/duties-due.ts'
import { dutiesDoneRoutes } from './routes/duties-done.ts'
import { healthRoutes } from './routes/health.ts'
import { importRoutes } from './routes/imports.ts'
import { measureRoutes } from './routes/measures.ts'
import { organisationRoutes } from './routes/organisations.ts'
import { partnershipSettingsRoutes } from './routes/partnership-settings.ts'
import { planRoutes } from './routes/plan.ts'
import { assessmentRoutes } from './routes/assessments.ts'
import { planRevisionRoutes } from './routes/plan-revisions.ts'
import { tokenRoutes } from './routes/tokens.ts'
import { userRoutes } from './routes/users.ts'
import { widgetRoutes } from './routes/widget.ts'

/** What {@link createApp} needs. */
export interface CreateAppOptions {
  /** The database (`createDb(…).db`); the app never closes it. */
  db: Db
  /** The time source (default: the system clock). */
  clock?: Clock
  /** Overrides of the defaults in `resolveConfig`. */
  config?: AppConfigInput
  /**
   * The database's change feed (`handle.changes`): public views then know of changes as they
   * commit, here or in another instance, without a query per request. Without it, each public
   * request reads the data versions (one small query).
   */
  changes?: ChangeFeed | undefined
  /** The public views' cache (default: a new one over `db` and `changes`). */
  readModel?: ReadModel | undefined
}

// Preflight for cross-origin reads only: no Authorization header may cross origins, so a page
// elsewhere can read public data but can never call the API with someone's token.
const publicPreflight = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  allowHeaders: ['Accept', 'If-None-Match'],
  maxAge: 86_400,
})

/**
 * Builds the API: middleware (request id, JSON request log, secure headers, 405s, body
 * limits), every resource router (public reads; bearer-protected users, organisations, tokens
 * and audit log), the OpenAPI document at `/v1/openapi.json` and the reference
 * page at `/docs`. Errors are `application/problem+json`. Tests call `app.request()`;
 * `csp serve` passes `app.fetch` to @hono/node-server.
 *
 * @example
 * ```ts
 * const handle = await createDb({ dataDir: './.data' })
 * const app = createApp({ db: handle.db })
 * const res = await app.request('/v1/crime-tables/hate-crime/2023')
 * ```
 */
export function createApp(options: CreateAppOptions) {
  const { db, clock = systemClock, config: input, changes } = options
  const config = resolveConfig(input)
  const readModel = options.readModel ?? new ReadModel(db, { changes, buildId: config.buildId })
  const principals = new PrincipalCache(db, readModel)
  const deps = { db, clock, config, readModel, principals }
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })

  app.use(requestId())
  app.use(requestLog(config.logger, clock))
  // Any site may frame the widget's iframe page: its own CSP sets no frame-ancestors, and the
  // X-Frame-Options that securityHeaders adds for every other page is taken off again here.
  app.use('/widget/embed', async (c, next) => {
    await next()
    c.res.headers.delete('X-Frame-Options')
  })
  app.use(securityHeaders())
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problem(c, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}.`, {
          headers: { Allow: allowed.join(', ') },
        }),
    })
  )
  app.use(bodyLimits(config.bodyLimits))
  // After a write, this instance learns the new data versions before it answers (see refresh).
  app.use(async (c, next) => {
    await next()
    const method = c.req.method
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') await readModel.refresh()
  })
  app.use('/v1/*', async (c, next) =>
    c.req.method === 'OPTIONS' ? publicPreflight(c, next) : next()
  )

  app.notFound((c) => problem(c, 'not-found', `There is nothing at ${c.req.method} ${c.req.path}.`))
  app.onError((error, c) => {
    const kind = error instanceof HTTPException ? problemKindOf(error.status) : undefined
    if (kind !== undefined && error instanceof HTTPException) {
      return problem(c, kind, clientErrorDetail(kind, error, c.req.header('Content-Type')))
    }
    config.logger({
      time: clock.now().toISOString(),
      level: 'error',
      msg: 'unhandled error',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: describeError(error),
    })
    return problem(c, 'internal', 'Something went wrong; quote the request id if you report it.')
  })

  const routed = app
    .route('/', healthRoutes(deps))
    .route('/', areaRoutes(deps))
    .route('/', localAreaRoutes(deps))
    .route('/', measureRoutes(deps))
    .route('/', crimeTableRoutes(deps))
    .route('/', crimeTableUploadRoutes(deps))
    .route('/', planRoutes(deps))
    .route('/', planRevisionRoutes(deps))
    .route('/', assessmentRoutes(deps))
    .route('/', dutyRoutes(deps))
    .route('/', dutiesDueRoutes(deps))
    .route('/', dutiesDoneRoutes(deps))
    .route('/', partnershipSettingsRoutes(deps))
    .route('/', actionRoutes(deps))
    .route('/', caseReviewApplicationRoutes(deps))
    .route('/', caseworkRoutes(deps))
    .route('/', authRoutes(deps))
    .route('/', accountRoutes(deps))
    .route('/', userRoutes(deps))
    .route('/', tokenRoutes(deps))
    .route('/', organisationRoutes(deps))
    .route('/', auditRoutes(deps))
    .route('/', importRoutes(deps))
    .route('/', widgetRoutes(deps))
  app.openAPIRegistry.registerComponent('securitySchemes', bearerSchemeName, bearerScheme)

  const documentOf = openApiDocument(app)
  let documentJson: string | undefined
  const served = routed
    .get('/', home)
    .get('/v1/openapi.json', publicRead(config.publicMaxAgeSeconds), (c) =>
      // Sent as text: typed as the OpenAPIObject, the route would put a megabyte of inferred
      // type into AppType (and the client's declarations).
      c.body((documentJson ??= JSON.stringify(documentOf())), 200, {
        'Content-Type': 'application/json',
      })
    )
    .get('/docs', (c) =>
      c.html(renderDocsPage(documentOf()), 200, {
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      })
    )
  // Public reads answered from memory in front of the routing and middleware (see FrontCache).
  const front = new FrontCache(readModel, { logger: config.logger, clock })
  const appFetch = served.fetch
  served.fetch = (request, env, executionCtx) =>
    front.serve(request, env) ?? front.keep(request, appFetch(request, env, executionCtx), env)
  nodeLanes.set(served, (incoming, outgoing) => front.answer(incoming, outgoing))
  return served
}

const nodeLanes = new WeakMap<object, NodeLane>()

/**
 * The app's answers kept in memory, for node:http to give before the adapter builds a fetch
 * Request (see FrontCache.answer): pass it to `startServer` as `answerFirst`.
 *
 * @example
 * ```ts
 * await startServer({ fetch: app.fetch, answerFirst: nodeLaneOf(app), port: 8787 })
 * ```
 */
export function nodeLaneOf(app: object): NodeLane | undefined {
  return nodeLanes.get(app)
}

/** The app's type, for the typed client (`hc<AppType>`, see `@csp/api/client`). */
export type AppType = ReturnType<typeof createApp>

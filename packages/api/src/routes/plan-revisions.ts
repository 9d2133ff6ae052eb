import { createRoute } from '@hono/zod-openapi'
import { checkPlanClaims, diffPlanRevisions, tablesForClaims, type PlanRevision } from '@csp/domain'
import type { Context } from 'hono'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { todayInEngland } from '../casework/today.ts'
import type { Db } from '../db/client.ts'
import { findPlanRevision, listPlanRevisions } from '../db/repositories/plan-revisions.ts'
import type { AppEnv } from '../http/env.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  adoptRevision,
  createDraft,
  publishRevision,
  storedTablesForClaims,
  updateDraft,
  type RevisionRefusal,
} from '../plans/revisions.ts'
import {
  AdoptPlanRequest,
  CreatePlanDraftRequest,
  PlanDocumentBody,
  PlanRevisionList,
  PlanRevisionParams,
  PlanRevisionView,
  PublishPlanRequest,
} from '../schemas/plan-revisions.ts'
import type { PlanRevisionView as RevisionView } from '../schemas/plan-revisions.ts'
import { areaCatalogue } from '../views/catalogue.ts'

const json = <S>(schema: S) => ({ 'application/json': { schema } })

/**
 * A revision with its claims checked against the stored tables and its changes from the
 * revision it was based on.
 *
 * @example
 * ```ts
 * (await revisionView(db, revision)).claims.filter((c) => c.verdict === 'contradicted').length
 * ```
 */
export async function revisionView(db: Db, revision: PlanRevision): Promise<RevisionView> {
  const stored = await storedTablesForClaims(db, revision.document)
  const claims = checkPlanClaims(
    revision.document,
    tablesForClaims(revision.document, stored),
    areaCatalogue
  )
  const base = revision.basedOn === null ? undefined : await findPlanRevision(db, revision.basedOn)
  const changes = base ? diffPlanRevisions(base.document, revision.document) : []
  return { ...revision, claims, changes }
}

function refuse(c: Context<AppEnv>, refusal: RevisionRefusal) {
  if ('notFound' in refusal) return problem(c, 'not-found', refusal.notFound)
  if ('conflict' in refusal) return problem(c, 'conflict', refusal.conflict)
  if ('invalid' in refusal) {
    const n = refusal.invalid.length
    return problem(
      c,
      'validation',
      n === 1
        ? 'One field of the plan needs correcting.'
        : `${n} fields of the plan need correcting.`,
      { errors: refusal.invalid }
    )
  }
  const quotes = refusal.needsOverride.contradicted.map((claim) => `“${claim.quote}”`)
  return problem(
    c,
    'conflict',
    `The stored tables contradict ${quotes.length === 1 ? 'a claim' : `${quotes.length} claims`} in this revision; adopt it with an overrideReason, or correct ${quotes.length === 1 ? 'it' : 'them'}: ${quotes.join(' ')}`
  )
}

/**
 * Plan revisions: any signed-in user reads them; admins and analysts start drafts from the
 * adopted plan, edit them (claims checked on every save), adopt them (tables checked, a
 * contradicted claim needs an override reason, audited) and record their publication.
 *
 * @example
 * ```ts
 * await analyst.post('/v1/plan/revisions', { planYear: 2024 })
 * ```
 */
export function planRevisionRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const tags = ['Plan']
  const readers = signedIn(deps)
  const editors = signedIn(deps, 'admin', 'analyst')
  const actor = (c: Context<AppEnv>) => ({
    actorId: principalOf(c).user.id,
    at: clock.now(),
    today: todayInEngland(clock),
  })
  const list = createRoute({
    ...readers,
    method: 'get',
    path: '/v1/plan/revisions',
    tags,
    summary: 'The revisions of the plan: drafts, adopted and published',
    responses: {
      200: { description: 'Newest plan year first.', content: json(PlanRevisionList) },
      ...problemResponses(401),
    },
  })
  const get = createRoute({
    ...readers,
    method: 'get',
    path: '/v1/plan/revisions/{id}',
    tags,
    summary: 'One revision, its claims checked and its changes from the revision before',
    request: { params: PlanRevisionParams },
    responses: {
      200: { description: 'The revision.', content: json(PlanRevisionView) },
      ...problemResponses(400, 401, 404),
    },
  })
  const create = createRoute({
    ...editors,
    method: 'post',
    path: '/v1/plan/revisions',
    tags,
    summary: 'Start a draft revision for a plan year (admin, analyst)',
    request: { body: { content: json(CreatePlanDraftRequest), required: true } },
    responses: {
      201: { description: 'The draft.', content: json(PlanRevisionView) },
      ...problemResponses(400, 401, 403, 404),
    },
  })
  const update = createRoute({
    ...editors,
    method: 'put',
    path: '/v1/plan/revisions/{id}',
    tags,
    summary: "Replace a draft's plan document; its claims are checked (admin, analyst)",
    request: {
      params: PlanRevisionParams,
      body: { content: json(PlanDocumentBody), required: true },
    },
    responses: {
      200: { description: 'The draft, claims checked.', content: json(PlanRevisionView) },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const adopt = createRoute({
    ...editors,
    method: 'post',
    path: '/v1/plan/revisions/{id}/adoption',
    tags,
    summary: 'Adopt a draft (admin, analyst)',
    description:
      'One revision is adopted per plan year. Every crime table must pass the checks (400 with each finding); a claim the stored tables contradict needs an overrideReason (409 without), kept and audited. The adopted document becomes the plan served at /v1/plan.',
    request: {
      params: PlanRevisionParams,
      body: { content: json(AdoptPlanRequest), required: true },
    },
    responses: {
      200: { description: 'Adopted.', content: json(PlanRevisionView) },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const publish = createRoute({
    ...editors,
    method: 'post',
    path: '/v1/plan/revisions/{id}/publication',
    tags,
    summary: 'Record that an adopted revision was published (admin, analyst)',
    request: {
      params: PlanRevisionParams,
      body: { content: json(PublishPlanRequest), required: true },
    },
    responses: {
      200: { description: 'Published.', content: json(PlanRevisionView) },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const answer = async (c: Context<AppEnv>, result: PlanRevision | RevisionRefusal) =>
    'status' in result ? c.json(await revisionView(db, result), 200) : refuse(c, result)
  return createRouter()
    .openapi(list, async (c) => {
      const items = (await listPlanRevisions(db)).map(({ document, ...rest }) => ({
        ...rest,
        title: document.title,
      }))
      return c.json({ items }, 200)
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param')
      const revision = await findPlanRevision(db, id)
      if (!revision) return problem(c, 'not-found', `There is no plan revision ${id}.`)
      return c.json(await revisionView(db, revision), 200)
    })
    .openapi(create, async (c) => {
      const result = await createDraft(db, c.req.valid('json'), actor(c))
      if (!('status' in result)) return refuse(c, result) as never
      return c.json(await revisionView(db, result), 201, {
        Location: `/v1/plan/revisions/${result.id}`,
      })
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param')
      return (await answer(c, await updateDraft(db, id, c.req.valid('json'), actor(c)))) as never
    })
    .openapi(adopt, async (c) => {
      const { id } = c.req.valid('param')
      return (await answer(c, await adoptRevision(db, id, c.req.valid('json'), actor(c)))) as never
    })
    .openapi(publish, async (c) => {
      const { id } = c.req.valid('param')
      return (await answer(
        c,
        await publishRevision(db, id, c.req.valid('json'), actor(c))
      )) as never
    })
}

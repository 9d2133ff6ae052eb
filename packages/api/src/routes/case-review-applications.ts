import { createRoute } from '@hono/zod-openapi'
import { asc } from 'drizzle-orm'
import type { z } from 'zod'
import { clientAddress, trustedProxies } from '../auth/client-address.ts'
import { applicantStages } from '../casework/applicant-status.ts'
import { countApplication } from '../casework/application-limits.ts'
import { caseReviewOfApplication, submitApplication } from '../casework/online-applications.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { todayInEngland } from '../casework/today.ts'
import { organisations } from '../db/schema/index.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { notifyNewApplication } from '../notifications/application-messages.ts'
import {
  CaseReviewApplicationGuide,
  CaseReviewApplicationReceipt,
  CaseReviewApplicationRequest,
  CaseReviewStatus,
  CaseReviewStatusRequest,
} from '../schemas/case-review-applications.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
const tags = ['ASB Case Review applications']
const noStore = { 'Cache-Control': 'no-store' }

const minutes = (seconds: number) => {
  const n = Math.ceil(seconds / 60)
  return n === 1 ? '1 minute' : `${n} minutes`
}

/**
 * The public's side of ASB Case Reviews, no sign-in: how to apply (the partners and the local
 * rules in force), applying online (rate limited per client and per partnership, with a honeypot
 * field) and an applicant's status (stages and dates only, with the reference and access code).
 *
 * @example
 * ```ts
 * await app.request('/v1/case-review-applications', { method: 'POST', body, headers })
 * ```
 */
export function caseReviewApplicationRoutes(deps: RouteDeps) {
  const { db, clock, config, readModel } = deps
  const addressPolicy = {
    portalSecret: config.auth.portalSecret,
    trustProxy: trustedProxies(config.auth.trustProxy),
  }
  const { windowSeconds, perClient, perPartnership } = config.applications
  const guide = createRoute({
    method: 'get',
    path: '/v1/case-review-applications/guide',
    tags,
    summary: 'How to apply: the partners one may have reported to, and the local rules in force',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: { 200: { description: 'The guide.', content: json(CaseReviewApplicationGuide) } },
  })
  const apply = createRoute({
    method: 'post',
    path: '/v1/case-review-applications',
    tags,
    summary: 'Apply for an ASB Case Review',
    description: `No sign-in. Creates a case review in state \`received\` whose relevant bodies are the partners the incidents were reported to, and answers with a reference and a one-time access code (only its hash is kept). At most ${perClient} applications per source and ${perPartnership} in all per ${minutes(windowSeconds)}: 429 with Retry-After. \`website\` is a honeypot and must be empty.`,
    request: { body: { content: json(CaseReviewApplicationRequest), required: true } },
    responses: {
      201: { description: 'Received.', content: json(CaseReviewApplicationReceipt) },
      ...problemResponses(400, 413, 415, 429),
    },
  })
  const status = createRoute({
    method: 'post',
    path: '/v1/case-review-applications/status',
    tags,
    summary: 'The stages an application has reached, with the reference and access code',
    description:
      'A POST so the code never appears in a URL or a log. 404 when the reference or the code is wrong, the same for both.',
    request: { body: { content: json(CaseReviewStatusRequest), required: true } },
    responses: {
      200: { description: 'Stages and dates only.', content: json(CaseReviewStatus) },
      ...problemResponses(400, 404),
    },
  })
  return createRouter()
    .openapi(guide, (c) =>
      readModel.respond(c, {
        key: 'case-review-application-guide',
        topics: ['settings', 'organisations'],
        build: async (tx) => {
          const settings = await caseReviewSettings(tx)
          const partners = await tx
            .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
            .from(organisations)
            .orderBy(asc(organisations.name))
          return c.json(
            {
              partners,
              statutoryCount: settings.thresholdPolicy.statutoryCount,
              timescales: settings.timescales,
              retentionMonths: settings.retentionMonths,
            },
            200
          )
        },
      })
    )
    .openapi(apply, async (c) => {
      const body = c.req.valid('json')
      if (body.website) {
        return problem(c, 'validation', 'One field of the request needs correcting.', {
          errors: [{ path: 'website', message: 'must be left empty', in: 'json' }],
        })
      }
      const now = clock.now()
      const address = clientAddress(c, addressPolicy, now)
      const allowance = await countApplication(db, address, now, config.applications)
      if (!allowance.allowed) {
        const who =
          allowance.counter === 'client' ? 'from here' : 'to the partnership from everyone'
        return problem(
          c,
          'too-many-requests',
          `Too many applications ${who} in a short time. Try again in ${minutes(allowance.retryAfterSeconds)}.`,
          { headers: { 'Retry-After': String(allowance.retryAfterSeconds) } }
        )
      }
      const result = await submitApplication(db, body, { today: todayInEngland(clock), at: now })
      if ('refused' in result) {
        const n = result.errors.length
        const detail =
          n === 1 ? 'One field of the request needs correcting.' : `${n} fields need correcting.`
        return problem(c, 'validation', detail, { errors: result.errors })
      }
      const notification = await notifyNewApplication(
        config.notifier,
        { email: body.applicant.contact.email, reference: result.reference },
        config.logger
      )
      const { reference, code, receivedOn } = result
      return c.json({ reference, code, receivedOn, notification }, 201, noStore)
    })
    .openapi(status, async (c) => {
      const { reference, code } = c.req.valid('json')
      const found = await caseReviewOfApplication(db, reference, code)
      if (!found) {
        return problem(c, 'not-found', 'No application has this reference and access code.')
      }
      const stages = await applicantStages(db, found.id)
      return c.json({ reference: found.reference, stages }, 200, noStore)
    })
}

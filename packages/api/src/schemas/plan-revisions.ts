import { IsoDate, PlanClaimCheck, PlanRevision, plainText } from '@csp/domain'
import { z } from 'zod'

/**
 * A plan revision with its claims checked against the stored tables (supported, contradicted
 * or unverifiable) and what changed from the revision it was based on, in plain English.
 */
export const PlanRevisionView = PlanRevision.extend({
  claims: z.array(PlanClaimCheck),
  changes: z.array(z.string()),
}).meta({ id: 'PlanRevisionView' })
export type PlanRevisionView = z.infer<typeof PlanRevisionView>

/** A revision in the list: everything but its document. */
export const PlanRevisionSummary = PlanRevision.omit({ document: true })
  .extend({ title: z.string() })
  .meta({ id: 'PlanRevisionSummary' })

/** The revisions of the plans, newest plan year first. */
export const PlanRevisionList = z
  .object({ items: z.array(PlanRevisionSummary) })
  .meta({ id: 'PlanRevisionList' })

/** `POST /v1/plan/revisions`: a draft for a plan year, from a revision (default the adopted). */
export const CreatePlanDraftRequest = z
  .object({
    planYear: z.number().int().min(1990).max(2100),
    basedOn: z.uuid().optional(),
  })
  .meta({ id: 'CreatePlanDraftRequest' })

/**
 * The new document of a draft: a whole plan, as in a plan file (`plans/plan.schema.json`),
 * checked against the plan schema when received.
 */
export const PlanDocumentBody = z
  .looseObject({})
  .meta({ id: 'PlanDocumentBody', description: 'A partnership plan (schema PartnershipPlan).' })

/** `POST …/adoption`: the reason for adopting despite contradicted claims, when there are any. */
export const AdoptPlanRequest = z
  .object({
    overrideReason: plainText(2000).optional(),
  })
  .meta({ id: 'AdoptPlanRequest' })

/** `POST …/publication`: where the plan was published, and when (default today). */
export const PublishPlanRequest = z
  .object({ on: IsoDate.optional(), link: z.url().max(2000) })
  .meta({ id: 'PublishPlanRequest' })

/** A revision id in the path. */
export const PlanRevisionParams = z.object({ id: z.uuid() })

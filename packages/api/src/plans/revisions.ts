import {
  adoptionRefusal,
  editRefusal,
  PartnershipPlan,
  publicationRefusal,
  reviewForAdoption,
  type AdoptionReview,
  type CrimeTable,
  type PlanRevision,
} from '@csp/domain'
import { isDeepStrictEqual } from 'node:util'
import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findCrimeTable } from '../db/repositories/crime-tables.ts'
import {
  findPlanRevision,
  latestAdoptedRevision,
  listPlanRevisions,
  revisionOf,
} from '../db/repositories/plan-revisions.ts'
import { currentPlanId } from '../db/repositories/plans.ts'
import { planRevisions } from '../db/schema/index.ts'
import { jsonError } from '../casework/refusal.ts'
import type { FieldError } from '../http/problems.ts'
import { areaCatalogue } from '../views/catalogue.ts'
import { servePlanDocument } from './store-plan.ts'

/** Who acts, when, and today's date in England. */
export interface RevisionActor {
  actorId: string | null
  at: Date
  today: string
}

/** Why a revision write was refused. */
export type RevisionRefusal =
  | { notFound: string }
  | { conflict: string }
  | { invalid: FieldError[] }
  | { needsOverride: AdoptionReview }

/**
 * The stored tables a plan's claims name (by measure and period), for `verifyClaim`.
 *
 * @example
 * ```ts
 * await storedTablesForClaims(db, plan) // the 2023 tables the seed's claims are about
 * ```
 */
export async function storedTablesForClaims(db: Db, plan: PartnershipPlan): Promise<CrimeTable[]> {
  const keys = new Set(plan.narrativeClaims.map((c) => `${c.claim.measure}\n${c.claim.period}`))
  const tables: CrimeTable[] = []
  for (const key of keys) {
    const [measure = '', period = ''] = key.split('\n')
    const stored = await findCrimeTable(db, measure, period)
    if (stored) tables.push(stored.table)
  }
  return tables
}

/**
 * The adoption checks of a plan against what is stored now (domain `reviewForAdoption`).
 *
 * @example
 * ```ts
 * (await reviewPlan(db, plan)).contradicted.length //=> 3 for the seed
 * ```
 */
export async function reviewPlan(db: Db, plan: PartnershipPlan): Promise<AdoptionReview> {
  return reviewForAdoption(plan, await storedTablesForClaims(db, plan), areaCatalogue)
}

const importReason =
  'Loaded from a plan file as published: its claims are recorded as the plan makes them.'

/** A plan file's tables fail `checkCrimeTable`: one line per finding. */
export class PlanAdoptionError extends Error {
  override name = 'PlanAdoptionError'
}

const yearOf = (plan: PartnershipPlan) => Number(plan.period.from.slice(0, 4))

/**
 * Loads a plan file as the adopted revision of its first year (the seed and `csp plan import`):
 * the adoption checks run, table findings refuse it, contradicted claims are recorded with a
 * standing override reason. Loading the same plan again replaces that revision's document, so
 * seeding stays idempotent. Audited.
 *
 * @example
 * ```ts
 * await loadAdoptedPlan(tx, plan, { actorId: null, at, today })
 * ```
 */
export async function loadAdoptedPlan(
  db: Db,
  input: PartnershipPlan,
  actor: RevisionActor
): Promise<{ revision: PlanRevision; review: AdoptionReview }> {
  const plan = PartnershipPlan.parse(input)
  const review = reviewForAdoption(plan, [], areaCatalogue)
  if (review.tableFindings.length > 0) {
    const lines = review.tableFindings.flatMap((t) =>
      t.findings.map((f) => `${t.measure} ${t.period}: ${f.message}`)
    )
    throw new PlanAdoptionError(
      `the plan's tables do not pass the checks:\n  ${lines.join('\n  ')}`
    )
  }
  const planYear = yearOf(plan)
  const overrideReason = review.contradicted.length > 0 ? importReason : null
  const existing = (await listPlanRevisions(db, plan.id)).find(
    (r) => r.planYear === planYear && r.status !== 'draft'
  )
  // Loading the same document again (every `csp seed` does) changes nothing and records nothing.
  if (
    existing &&
    isDeepStrictEqual(
      JSON.parse(JSON.stringify(existing.document)),
      JSON.parse(JSON.stringify(plan))
    )
  ) {
    await servePlanDocument(db, plan, actor.at)
    return { revision: existing, review }
  }
  const [row] = existing
    ? await db
        .update(planRevisions)
        .set({ document: plan, updatedAt: actor.at, overrideReason })
        .where(eq(planRevisions.id, existing.id))
        .returning()
    : await db
        .insert(planRevisions)
        .values({
          planId: plan.id,
          planYear,
          status: 'adopted',
          basedOn: null,
          document: plan,
          createdAt: actor.at,
          createdBy: actor.actorId,
          updatedAt: actor.at,
          adoptedOn: actor.today,
          adoptedBy: actor.actorId,
          overrideReason,
        })
        .returning()
  if (!row) throw new Error('the plan revision was not stored')
  await servePlanDocument(db, plan, actor.at)
  await appendAudit(db, {
    at: actor.at,
    actorId: actor.actorId,
    action: 'plan.revision.load',
    subject: { type: 'plan-revision', id: row.id },
    details: { planId: plan.id, planYear, contradictedClaims: review.contradicted.length },
  })
  return { revision: revisionOf(row), review }
}

/**
 * Starts a draft for `planYear` from a revision (default: the latest adopted revision of the
 * plan the API serves). Audited.
 *
 * @example
 * ```ts
 * await createDraft(db, { planYear: 2024 }, actor)
 * ```
 */
export async function createDraft(
  db: Db,
  input: { planYear: number; basedOn?: string | undefined },
  actor: RevisionActor
): Promise<PlanRevision | RevisionRefusal> {
  return auditedTransaction(db, async (tx) => {
    const planId = await currentPlanId(tx)
    const base =
      input.basedOn !== undefined
        ? await findPlanRevision(tx, input.basedOn)
        : planId === undefined
          ? undefined
          : await latestAdoptedRevision(tx, planId)
    if (!base) {
      return {
        notFound:
          input.basedOn === undefined
            ? "No plan has been adopted yet; run 'csp seed' or 'csp plan import'."
            : `There is no plan revision ${input.basedOn}.`,
      }
    }
    const [row] = await tx
      .insert(planRevisions)
      .values({
        planId: base.planId,
        planYear: input.planYear,
        status: 'draft',
        basedOn: base.id,
        document: base.document,
        createdAt: actor.at,
        createdBy: actor.actorId,
        updatedAt: actor.at,
      })
      .returning()
    if (!row) throw new Error('the draft was not stored')
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'plan.revision.create',
      subject: { type: 'plan-revision', id: row.id },
      details: { planYear: input.planYear, basedOn: base.id },
    })
    return revisionOf(row)
  })
}

/**
 * Replaces a draft's document (validated; its id must stay the plan's). Audited.
 *
 * @example
 * ```ts
 * await updateDraft(db, id, { ...draft.document, title: 'New' }, actor)
 * ```
 */
export async function updateDraft(
  db: Db,
  id: string,
  input: unknown,
  actor: RevisionActor
): Promise<PlanRevision | RevisionRefusal> {
  const parsed = PartnershipPlan.safeParse(input)
  if (!parsed.success) {
    return {
      invalid: parsed.error.issues.map((i) => jsonError(i.path.join('.'), i.message)),
    }
  }
  return auditedTransaction(db, async (tx) => {
    const revision = await findPlanRevision(tx, id)
    if (!revision) return { notFound: `There is no plan revision ${id}.` }
    const refusal = editRefusal(revision)
    if (refusal) return { conflict: refusal }
    if (parsed.data.id !== revision.planId) {
      return {
        invalid: [jsonError('id', `must stay ${revision.planId}, the plan this draft revises`)],
      }
    }
    const [row] = await tx
      .update(planRevisions)
      .set({ document: parsed.data, updatedAt: actor.at })
      .where(eq(planRevisions.id, id))
      .returning()
    if (!row) throw new Error('the draft was not stored')
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'plan.revision.update',
      subject: { type: 'plan-revision', id },
    })
    return revisionOf(row)
  })
}

/**
 * Adopts a draft: one per plan year; its tables must pass `checkCrimeTable`; a claim the stored
 * tables contradict needs `overrideReason`, which is kept and audited. The adopted document is
 * then the plan the API serves.
 *
 * @example
 * ```ts
 * await adoptRevision(db, id, { overrideReason: 'Quoted from the board paper.' }, actor)
 * ```
 */
export async function adoptRevision(
  db: Db,
  id: string,
  input: { overrideReason?: string | undefined },
  actor: RevisionActor
): Promise<PlanRevision | RevisionRefusal> {
  return auditedTransaction(db, async (tx) => {
    const revision = await findPlanRevision(tx, id)
    if (!revision) return { notFound: `There is no plan revision ${id}.` }
    const refusal = adoptionRefusal(revision, await listPlanRevisions(tx, revision.planId))
    if (refusal) return { conflict: refusal }
    const review = await reviewPlan(tx, revision.document)
    if (review.tableFindings.length > 0) {
      return {
        invalid: review.tableFindings.flatMap((t) =>
          t.findings.map((f) =>
            jsonError(
              `crimeTables.${revision.document.crimeTables.findIndex((x) => x.measure === t.measure && x.period === t.period)}`,
              `${t.measure} ${t.period}: ${f.message}`
            )
          )
        ),
      }
    }
    const overrideReason = input.overrideReason?.trim() || null
    if (review.contradicted.length > 0 && overrideReason === null) return { needsOverride: review }
    const [row] = await tx
      .update(planRevisions)
      .set({
        status: 'adopted',
        adoptedOn: actor.today,
        adoptedBy: actor.actorId,
        overrideReason: review.contradicted.length > 0 ? overrideReason : null,
        updatedAt: actor.at,
      })
      .where(eq(planRevisions.id, id))
      .returning()
    if (!row) throw new Error('the revision was not adopted')
    await servePlanDocument(tx, revision.document, actor.at)
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'plan.revision.adopt',
      subject: { type: 'plan-revision', id },
      details: {
        planYear: revision.planYear,
        contradictedClaims: review.contradicted.map((c) => c.quote),
        ...(review.contradicted.length > 0 ? { overrideReason } : {}),
      },
    })
    return revisionOf(row)
  })
}

/**
 * Publishes an adopted revision: the day it was published and where. Audited.
 *
 * @example
 * ```ts
 * await publishRevision(db, id, { link: 'https://example.org/plan.pdf' }, actor)
 * ```
 */
export async function publishRevision(
  db: Db,
  id: string,
  input: { on?: string | undefined; link: string },
  actor: RevisionActor
): Promise<PlanRevision | RevisionRefusal> {
  return auditedTransaction(db, async (tx) => {
    const revision = await findPlanRevision(tx, id)
    if (!revision) return { notFound: `There is no plan revision ${id}.` }
    const refusal = publicationRefusal(revision)
    if (refusal) return { conflict: refusal }
    const on = input.on ?? actor.today
    const [row] = await tx
      .update(planRevisions)
      .set({ status: 'published', publishedOn: on, publishedLink: input.link, updatedAt: actor.at })
      .where(eq(planRevisions.id, id))
      .returning()
    if (!row) throw new Error('the revision was not published')
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'plan.revision.publish',
      subject: { type: 'plan-revision', id },
      details: { planYear: revision.planYear, on, link: input.link },
    })
    return revisionOf(row)
  })
}

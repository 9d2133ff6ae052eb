import { allowedEvents, evaluateThreshold, type ThresholdPolicy } from '@csp/domain'
import { partnershipInForce } from '../duties/partnership.ts'
import { eq } from 'drizzle-orm'
import { appendAudit } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import {
  readCaseReviewPersonalData,
  type LoadedCaseReview,
} from '../db/repositories/case-reviews.ts'
import { asbCaseReviews } from '../db/schema/index.ts'
import type { OverrideThresholdRequest } from '../schemas/case-reviews.ts'
import { caseReviewSubject } from './case-review-detail.ts'
import { replayCaseReview } from './case-review-state.ts'
import {
  recordCaseReviewEvent,
  reread,
  withVisibleCaseReview,
  type CaseReviewWriteContext,
  type CaseReviewWriteResult,
} from './case-review-writes.ts'
import { jsonError, type CaseReviewRefusal } from './refusal.ts'

// The threshold is decided once, in state `received`; afterwards the record stands.
function alreadyDecided(loaded: LoadedCaseReview): CaseReviewRefusal | null {
  const review = replayCaseReview(loaded)
  if (review.state === 'received') return null
  return {
    refused: 'transition',
    detail: `The threshold of case review ${review.id} is decided already: it is in state '${review.state}'.`,
    state: review.state,
    allowedEvents: allowedEvents(review),
  }
}

// The engine only compares complainants; it is given "complainant 1, 2 …" (the same person, by
// name ignoring case and spacing, gets the same number), so no name reaches the stored evaluation,
// which lists and reasons carry.
function pseudonyms(names: readonly (string | null)[]): Map<string, string> {
  const byKey = new Map<string, string>()
  for (const name of names) {
    if (name === null) continue
    const key = name.trim().replace(/\s+/g, ' ').toLowerCase()
    if (!byKey.has(key)) byKey.set(key, `complainant ${byKey.size + 1}`)
  }
  return byKey
}
const pseudonymOf = (byKey: Map<string, string>, name: string | null) =>
  name === null ? undefined : byKey.get(name.trim().replace(/\s+/g, ' ').toLowerCase())

/**
 * Runs the domain's `evaluateThreshold` on the stored application and complaints with the
 * partnership's `policy`, under the law as it stands today in England (with the Crime and
 * Policing Act 2026 commencements of the partnership settings, off by default), and stores the
 * result, its reasons and the policy used. It decides nothing: an officer then confirms or
 * overrides it. May run again until then. Complainants reach the engine pseudonymised.
 *
 * @example
 * ```ts
 * const result = await evaluateCaseReviewThreshold(db, id, policy, context)
 * ```
 */
export function evaluateCaseReviewThreshold(
  db: Db,
  id: string,
  policy: ThresholdPolicy,
  context: CaseReviewWriteContext
): Promise<CaseReviewWriteResult> {
  return withVisibleCaseReview(db, id, context, async (tx, loaded) => {
    const decided = alreadyDecided(loaded)
    if (decided) return decided
    const { row } = loaded
    const { personal, complaints } = await readCaseReviewPersonalData(tx, id)
    const victim = personal.victim
    const complainants = pseudonyms(complaints.map((c) => c.complainant))
    const commencements = (await partnershipInForce(tx))?.partnership.commencements
    const result = evaluateThreshold({
      application: {
        id,
        receivedOn: row.receivedOn,
        applicantType: row.applicantType,
        ...(victim ? { victimType: victim.type } : {}),
        ...(row.victimConsent === null ? {} : { victimConsent: row.victimConsent }),
        ...(victim?.vulnerability ? { vulnerableVictim: victim.vulnerability } : {}),
        ...(row.reportingIndividuals === null
          ? {}
          : { reportingIndividuals: row.reportingIndividuals }),
      },
      // Names, not ids, so the reasons read as a letter: "made to Derbyshire Constabulary on …".
      complaints: complaints.map((c) => ({
        id: c.ref,
        behaviourOn: c.behaviourOn,
        complainedOn: c.complainedOn,
        receivedBy: c.receivedByName,
        ...(c.complainant === null
          ? {}
          : { complainant: pseudonymOf(complainants, c.complainant) }),
        ...(c.incidentKey === null ? {} : { incidentKey: c.incidentKey }),
        ...(c.hateIncident === null ? {} : { hateIncident: c.hateIncident }),
      })),
      policy,
      asAt: context.today,
      ...(commencements ? { commencements } : {}),
    })
    const { user } = context.principal
    const evaluation = {
      ...result,
      policy,
      evaluatedAt: context.at.toISOString(),
      evaluatedBy: user.id,
    }
    await tx
      .update(asbCaseReviews)
      .set({ thresholdEvaluation: evaluation, updatedAt: context.at })
      .where(eq(asbCaseReviews.id, id))
    const action = 'asb-case-review.threshold-evaluate'
    await appendAudit(tx, {
      at: context.at,
      actorId: user.id,
      action,
      subject: caseReviewSubject(id),
      details: { outcome: result.outcome, route: result.route, required: result.required },
    })
    return reread(tx, id, context, action)
  })
}

/**
 * The officer's decision on the stored evaluation, applied as the `decide-threshold` event on
 * day `on`. `override` needs a different outcome and a justification; a threshold met by the
 * statutory count cannot be overridden to "not met" (s104(4) leaves no discretion: correct the
 * complaints instead).
 *
 * @example
 * ```ts
 * await decideCaseReviewThreshold(db, id, { on: '2025-06-02' }, context)            // confirm
 * await decideCaseReviewThreshold(db, id, { on, outcome: 'met', justification }, context)
 * ```
 */
export function decideCaseReviewThreshold(
  db: Db,
  id: string,
  decision: { on: string } | OverrideThresholdRequest,
  context: CaseReviewWriteContext
): Promise<CaseReviewWriteResult> {
  return withVisibleCaseReview(db, id, context, async (tx, loaded) => {
    const decided = alreadyDecided(loaded)
    if (decided) return decided
    const evaluation = loaded.row.thresholdEvaluation
    if (!evaluation) {
      return {
        refused: 'conflict',
        detail: 'The threshold has not been evaluated yet: POST …/threshold-decision first.',
      }
    }
    const override = 'outcome' in decision ? decision : null
    if (override?.outcome === evaluation.outcome) {
      const message = `the engine's outcome is already '${evaluation.outcome}': confirm it instead`
      return { refused: 'invalid', errors: [jsonError('outcome', message)] }
    }
    if (override && evaluation.route === 'statutory') {
      return {
        refused: 'conflict',
        detail:
          'The statutory number of qualifying complaints was made, so the threshold is met with no discretion (ASBCPA 2014 s104(4)); if a complaint is recorded wrongly, correct the record instead of overriding.',
      }
    }
    const outcome = override?.outcome ?? evaluation.outcome
    const route = override ? null : evaluation.route
    const { user } = context.principal
    const stored = {
      basis: override ? ('overridden' as const) : ('confirmed' as const),
      outcome,
      route,
      engineOutcome: evaluation.outcome,
      justification: override?.justification ?? null,
      decidedOn: decision.on,
      decidedBy: user.id,
      decidedAt: context.at.toISOString(),
    }
    return recordCaseReviewEvent(
      tx,
      loaded,
      { type: 'decide-threshold', on: decision.on, outcome, route },
      context,
      {
        action: 'asb-case-review.threshold-decide',
        // The justification may describe the victim: it stays on the case, not in the log.
        details: { basis: stored.basis, outcome, engineOutcome: evaluation.outcome },
        set: { thresholdDecision: stored },
      }
    )
  })
}

import { z } from 'zod'
import { checkCrimeTable, CrimeTableFinding } from '../crime/check-crime-table.ts'
import { ClaimVerification } from '../crime/claim.ts'
import type { CrimeTable } from '../crime/table.ts'
import { verifyClaim } from '../crime/verify-claim.ts'
import type { Area } from '../geography/index.ts'
import { PlanNarrativeClaim } from './claim-schema.ts'
import type { PartnershipPlan } from './schema.ts'

/**
 * A narrative claim with the tables' verdict on it (`verifyClaim`).
 *
 * @example
 * ```ts
 * PlanClaimCheck.shape.verdict.parse('contradicted')
 * ```
 */
export const PlanClaimCheck = PlanNarrativeClaim.extend({
  index: z.number().int().nonnegative(),
  verdict: ClaimVerification.shape.verdict,
  evidence: ClaimVerification.shape.evidence,
}).meta({ id: 'PlanClaimCheck' })
export type PlanClaimCheck = z.infer<typeof PlanClaimCheck>

/**
 * The tables a plan's claims are checked against: the stored ones, and the plan's own for any
 * measure and period nothing is stored for.
 *
 * @example
 * ```ts
 * tablesForClaims(plan, []) // the plan's own tables
 * ```
 */
export function tablesForClaims(
  plan: Pick<PartnershipPlan, 'crimeTables'>,
  stored: readonly CrimeTable[]
): CrimeTable[] {
  const key = (t: CrimeTable) => `${t.measure}\n${t.period}`
  const have = new Set(stored.map(key))
  return [...stored, ...plan.crimeTables.filter((t) => !have.has(key(t)))]
}

/**
 * Checks each of a plan's narrative claims against `tables`, in order.
 *
 * @example
 * ```ts
 * checkPlanClaims(southDerbyshirePlan, southDerbyshirePlan.crimeTables, derbyshireAreas)
 *   .filter((c) => c.verdict === 'contradicted').length //=> 3
 * ```
 */
export function checkPlanClaims(
  plan: Pick<PartnershipPlan, 'narrativeClaims'>,
  tables: readonly CrimeTable[],
  areas: readonly Area[]
): PlanClaimCheck[] {
  return plan.narrativeClaims.map(({ quote, claim }, index) => ({
    index,
    quote,
    claim,
    ...verifyClaim(claim, tables, areas),
  }))
}

/**
 * What stands in the way of adopting a plan: findings of `checkCrimeTable` on each of its tables
 * (these refuse adoption) and its contradicted claims (adoption then needs an override reason).
 *
 * @example
 * ```ts
 * const review = reviewForAdoption(southDerbyshirePlan, southDerbyshirePlan.crimeTables, derbyshireAreas)
 * review.tableFindings //=> []
 * review.contradicted.length //=> 3
 * ```
 */
export const AdoptionReview = z
  .object({
    tableFindings: z.array(
      z.object({ measure: z.string(), period: z.string(), findings: z.array(CrimeTableFinding) })
    ),
    claims: z.array(PlanClaimCheck),
    contradicted: z.array(PlanClaimCheck),
  })
  .meta({ id: 'AdoptionReview' })
export type AdoptionReview = z.infer<typeof AdoptionReview>

/**
 * Runs the adoption checks (see {@link AdoptionReview}).
 *
 * @example
 * ```ts
 * reviewForAdoption(southDerbyshirePlan, [], derbyshireAreas).contradicted.length //=> 3
 * ```
 */
export function reviewForAdoption(
  plan: PartnershipPlan,
  storedTables: readonly CrimeTable[],
  areas: readonly Area[]
): AdoptionReview {
  const tableFindings = plan.crimeTables
    .map((t) => ({ measure: t.measure, period: t.period, findings: checkCrimeTable(t, areas) }))
    .filter((t) => t.findings.length > 0)
  const claims = checkPlanClaims(plan, tablesForClaims(plan, storedTables), areas)
  return { tableFindings, claims, contradicted: claims.filter((c) => c.verdict === 'contradicted') }
}

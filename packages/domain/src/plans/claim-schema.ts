import { z } from 'zod'
import { Claim } from '../crime/claim.ts'

/**
 * A claim a plan makes about its crime tables, in the shape `verifyClaim` takes (`Claim`: rank,
 * direction or size of change), with the sentence it makes it in, quoted exactly.
 *
 * @example
 * ```ts
 * PlanNarrativeClaim.parse({ quote: 'South Derbyshire … second lowest …', claim: { kind: 'rank',
 *   area: 'E07000039', measure: 'anti-social-behaviour', period: '2023', order: 'lowest', position: 2 } })
 * PlanNarrativeClaim.safeParse({ quote: '', claim: { kind: 'direction' } }).success //=> false
 * ```
 */
export const PlanNarrativeClaim = z
  .object({ quote: z.string().min(1), claim: Claim })
  .meta({ id: 'PlanNarrativeClaim' })
export type PlanNarrativeClaim = z.infer<typeof PlanNarrativeClaim>

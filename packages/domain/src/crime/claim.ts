import { z } from 'zod'
import { GssCode } from '../geography/index.ts'
import { MeasureId } from './measures.ts'
import { RankOrder } from './rank-area.ts'

const about = {
  area: GssCode.describe('GSS code of the area the claim is about'),
  measure: MeasureId,
  period: z.string().min(1).describe("the table's period, e.g. '2023'"),
}

/**
 * A claim about an area's rank on a measure: "South Derbyshire has the second lowest rate".
 *
 * @example
 * ```ts
 * RankClaim.parse({ kind: 'rank', area: 'E07000039', measure: 'anti-social-behaviour',
 *   period: '2023', order: 'lowest', position: 2 })
 * ```
 */
export const RankClaim = z
  .object({
    kind: z.literal('rank'),
    ...about,
    order: RankOrder,
    position: z.number().int().positive(),
  })
  .meta({ id: 'RankClaim' })
export type RankClaim = z.infer<typeof RankClaim>

/**
 * A claim about which way a measure moved on the previous period: "ASB fell".
 *
 * @example
 * ```ts
 * DirectionClaim.parse({ kind: 'direction', area: 'E07000039', measure: 'anti-social-behaviour',
 *   period: '2023', direction: 'decrease' })
 * ```
 */
export const DirectionClaim = z
  .object({
    kind: z.literal('direction'),
    ...about,
    direction: z.enum(['increase', 'decrease']),
  })
  .meta({ id: 'DirectionClaim' })
export type DirectionClaim = z.infer<typeof DirectionClaim>

/**
 * A claim about the size of the change: `percent` is signed (−6.9 means a fall of 6.9%).
 * `tolerance` is in percentage points, 0.5 by default (enough for a figure quoted to the
 * nearest whole percent, never enough to turn a rise into a fall of the same size).
 *
 * @example
 * ```ts
 * ChangeClaim.parse({ kind: 'change', area: 'E07000039', measure: 'anti-social-behaviour',
 *   period: '2023', percent: -7 })
 * ```
 */
export const ChangeClaim = z
  .object({
    kind: z.literal('change'),
    ...about,
    percent: z.number().finite(),
    tolerance: z.number().finite().nonnegative().optional(),
  })
  .meta({ id: 'ChangeClaim' })
export type ChangeClaim = z.infer<typeof ChangeClaim>

/**
 * Any checkable claim about a crime table, told apart by `kind`.
 *
 * @example
 * ```ts
 * Claim.parse({ kind: 'direction', area: 'E07000039', measure: 'hate-crime', period: '2023',
 *   direction: 'decrease' }).kind //=> 'direction'
 * ```
 */
export const Claim = z
  .discriminatedUnion('kind', [RankClaim, DirectionClaim, ChangeClaim])
  .meta({ id: 'Claim' })
export type Claim = z.infer<typeof Claim>

/**
 * The default tolerance of a change claim, in percentage points.
 *
 * @example
 * ```ts
 * defaultChangeTolerance //=> 0.5
 * ```
 */
export const defaultChangeTolerance = 0.5

/**
 * The verdict on a claim, with the evidence: a plain-English sentence and the figures used.
 *
 * @example
 * ```ts
 * ClaimVerification.parse({ verdict: 'unverifiable', evidence: { text: 'No table.', figures: {} } })
 * ```
 */
export const ClaimVerification = z
  .object({
    verdict: z.enum(['supported', 'contradicted', 'unverifiable']),
    evidence: z.object({
      text: z.string(),
      figures: z.record(
        z.string(),
        z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.string())])
      ),
    }),
  })
  .meta({ id: 'ClaimVerification' })
export type ClaimVerification = z.infer<typeof ClaimVerification>

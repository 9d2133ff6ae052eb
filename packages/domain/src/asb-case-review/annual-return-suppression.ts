import { z } from 'zod'
import { defaultSuppressionThreshold } from '../crime/suppression.ts'
import type { AnnualReturn } from './annual-return.ts'

const figureNames = [
  'applications',
  'thresholdNotMet',
  'reviewsCarriedOut',
  'reviewsWithRecommendations',
] as const

/** One of the four figures of an {@link AnnualReturn}. */
export type AnnualReturnFigure = (typeof figureNames)[number]

/**
 * An annual return prepared for public output: a hidden figure is `null`, `suppressed` lists
 * which, and `rule` says why in words for the published table.
 *
 * @example
 * ```ts
 * SuppressedAnnualReturn.parse({ figures: { applications: null, thresholdNotMet: 0,
 *   reviewsCarriedOut: 0, reviewsWithRecommendations: 0 }, suppressed: ['applications'],
 *   threshold: 5, rule: 'Counts from 1 to 4 …' }).suppressed //=> ['applications']
 * ```
 */
export const SuppressedAnnualReturn = z
  .object({
    figures: z.object({
      applications: z.number().int().nullable(),
      thresholdNotMet: z.number().int().nullable(),
      reviewsCarriedOut: z.number().int().nullable(),
      reviewsWithRecommendations: z.number().int().nullable(),
    }),
    suppressed: z.array(z.enum(figureNames)),
    threshold: z.number().int().positive(),
    rule: z.string(),
  })
  .meta({ id: 'SuppressedAnnualReturn' })
export type SuppressedAnnualReturn = z.infer<typeof SuppressedAnnualReturn>

/** Options for {@link suppressAnnualReturn}. */
export interface SuppressAnnualReturnOptions {
  /**
   * Counts 1 … threshold − 1 counted from case records are hidden (default
   * `defaultSuppressionThreshold`, 5: the crime tables' rule, a LOCAL setting).
   */
  threshold?: number
  /**
   * Figures already published for part of the period (a published return inside it): they
   * are public, so they are added to the counted ones and never hidden themselves.
   */
  published?: AnnualReturn
}

/**
 * Hides small counts of an annual return counted from case records, for public output: the
 * same primary rule as the crime tables ({@link suppressSmallNumbers}), counts from 1 to
 * `threshold − 1` are hidden and 0 is shown. A figure that adds published figures to counted
 * ones is hidden whenever its counted part would be (the published part is public, so the
 * total would give the counted part back). The four figures are not parts of a total, so no
 * secondary suppression is needed.
 *
 * @example
 * ```ts
 * suppressAnnualReturn({ applications: 7, thresholdNotMet: 2, reviewsCarriedOut: 0,
 *   reviewsWithRecommendations: 0 }).figures
 * //=> { applications: 7, thresholdNotMet: null, reviewsCarriedOut: 0, reviewsWithRecommendations: 0 }
 * ```
 */
export function suppressAnnualReturn(
  counted: AnnualReturn,
  options: SuppressAnnualReturnOptions = {}
): SuppressedAnnualReturn {
  const threshold = options.threshold ?? defaultSuppressionThreshold
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${String(threshold)}`)
  }
  const published = options.published
  const suppressed: AnnualReturnFigure[] = []
  const figures = {} as SuppressedAnnualReturn['figures']
  for (const name of figureNames) {
    const value = counted[name]
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`)
    }
    const hidden = value >= 1 && value < threshold
    if (hidden) suppressed.push(name)
    figures[name] = hidden ? null : value + (published?.[name] ?? 0)
  }
  const rule =
    threshold === 1
      ? 'No counts are suppressed.'
      : `Counts from 1 to ${threshold - 1} counted from case records are not shown.`
  return { figures, suppressed, threshold, rule }
}

import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { MeasureId } from '../crime/measures.ts'
import { TrendDirection } from '../crime/trend.ts'
import { Source } from '../source/index.ts'

/**
 * One measure in a strategic assessment, for the partnership's area: the year's volume and rate
 * (with period and source), the trend on the year before, the rank among the comparison areas
 * (lowest rate first), the change test and the findings in plain English. An incomplete year
 * (`complete: false`) carries no trend, rank or change test.
 *
 * @example
 * ```ts
 * AssessmentMeasure.shape.complete.parse(false) //=> false
 * ```
 */
export const AssessmentMeasure = z
  .object({
    measure: MeasureId,
    label: z.string(),
    period: z.string(),
    from: IsoDate,
    to: IsoDate,
    source: Source,
    complete: z.boolean(),
    completenessNotes: z.array(z.string()),
    volume: z.number().int().nullable(),
    rate: z.string().nullable().meta({ description: 'Per 1,000 residents aged 16+, 1 d.p.' }),
    previous: z
      .object({
        period: z.string(),
        volume: z.number().int(),
        complete: z.boolean(),
        source: Source,
      })
      .nullable(),
    trend: z.number().nullable().meta({ description: '% change on the previous period, 1 d.p.' }),
    direction: TrendDirection,
    rank: z
      .object({ position: z.number().int(), of: z.number().int(), phrase: z.string() })
      .nullable(),
    previousRank: z.number().int().nullable(),
    change: z
      .object({
        test: z.string(),
        p: z.number(),
        significant: z.boolean(),
        flag: z.enum(['increase', 'decrease']).nullable(),
      })
      .nullable(),
    candidatePriority: z.boolean(),
    findings: z.array(z.string()),
  })
  .meta({ id: 'AssessmentMeasure' })
export type AssessmentMeasure = z.infer<typeof AssessmentMeasure>

/**
 * A partnership's strategic assessment for a year, from the stored tables: each measure, the
 * measures proposed as candidate priorities, and the plan's priorities whose measures improved.
 *
 * @example
 * ```ts
 * StrategicAssessment.shape.year.parse(2024) //=> 2024
 * ```
 */
export const StrategicAssessment = z
  .object({
    year: z.number().int(),
    area: z.object({ code: z.string(), name: z.string() }),
    measures: z.array(AssessmentMeasure),
    candidatePriorities: z.array(z.object({ measure: MeasureId, reason: z.string() })),
    priorities: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        measures: z.array(MeasureId),
        improved: z.boolean(),
        note: z.string(),
      })
    ),
    gaps: z.array(z.string()),
  })
  .meta({ id: 'StrategicAssessment' })
export type StrategicAssessment = z.infer<typeof StrategicAssessment>

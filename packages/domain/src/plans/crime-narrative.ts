import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { MeasureId } from '../crime/measures.ts'
import { GssCode } from '../geography/index.ts'
import { Source } from '../source/index.ts'
import { southDerbyshirePlanSource } from './source.ts'
import { deepFreeze } from '../priorities/freeze.ts'

const CrimeType = z.object({
  /** The plan's name for the crime type. */
  label: z.string().min(1),
  /** The plan measure it corresponds to, or `null` when the plan has no table for it. */
  measure: MeasureId.nullable(),
})

/**
 * A plan's summary of a year's crime: the biggest percentage increases (in the order printed) and
 * the highest-volume crime types, locally and countywide.
 *
 * @example
 * ```ts
 * PlanCrimeNarrative.shape.biggestIncreases.element.parse({ label: 'Personal Robbery', measure: null, percent: 30 })
 * ```
 */
export const PlanCrimeNarrative = z
  .object({
    period: z.string().min(1),
    from: IsoDate,
    to: IsoDate,
    area: GssCode,
    biggestIncreases: z.array(CrimeType.extend({ percent: z.number() })),
    /** Highest volume first. */
    topByVolume: z.array(CrimeType),
    countywideTopByVolume: z.array(CrimeType),
    source: Source,
  })
  .meta({ id: 'PlanCrimeNarrative' })
export type PlanCrimeNarrative = z.infer<typeof PlanCrimeNarrative>

/**
 * The plan's narrative about crime in 2023 (page 6). The increases are printed in this order, which
 * is not by size; the percentages are rounded (the tables give residential burglary 46.4% and
 * serious violence 21.8%). Rural crime and VAWG have no table, so their volumes cannot be checked.
 *
 * @example
 * ```ts
 * southDerbyshireCrimeNarrative2023.biggestIncreases.map((i) => i.percent) //=> [38, 22, 46, 30]
 * southDerbyshireCrimeNarrative2023.topByVolume.map((t) => t.label)
 * //=> ['Rural Crime', 'Violence Against Women and Girls (VAWG)', 'Anti-social Behaviour (ASB)']
 * ```
 */
export const southDerbyshireCrimeNarrative2023: PlanCrimeNarrative = deepFreeze(
  PlanCrimeNarrative.parse({
    period: '2023',
    from: '2023-01-01',
    to: '2023-12-31',
    area: 'E07000039',
    biggestIncreases: [
      { label: 'Theft from a Person', measure: null, percent: 38 },
      { label: 'Serious Violence', measure: 'serious-violence', percent: 22 },
      { label: 'Residential Burglary', measure: 'residential-burglary', percent: 46 },
      { label: 'Personal Robbery', measure: null, percent: 30 },
    ],
    topByVolume: [
      { label: 'Rural Crime', measure: null },
      { label: 'Violence Against Women and Girls (VAWG)', measure: null },
      { label: 'Anti-social Behaviour (ASB)', measure: 'anti-social-behaviour' },
    ],
    countywideTopByVolume: [
      { label: 'VAWG', measure: null },
      { label: 'ASB', measure: 'anti-social-behaviour' },
      { label: 'DA', measure: 'domestic-abuse' },
    ],
    source: southDerbyshirePlanSource(
      'South Derbyshire CSP Priorities',
      'Monthly crime data from the Partnership Analyst, January to December 2023.'
    ),
  })
)

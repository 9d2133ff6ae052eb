import { z } from 'zod'
import { measureIdPattern } from '../patterns/index.ts'

/**
 * How a measure's figures are obtained. `police-uk` figures can be rebuilt from the open
 * street-level files; the others need the force's flagged or recorded-crime data.
 *
 * @example
 * ```ts
 * SourceKind.parse('force-flagged') //=> 'force-flagged'
 * ```
 */
export const SourceKind = z.enum(['police-uk', 'force-recorded', 'force-flagged', 'local'])
export type SourceKind = z.infer<typeof SourceKind>

/**
 * A measure id: lowercase words and dots, safe in a URL path segment
 * (`anti-social-behaviour`, `police-uk.vehicle-crime`).
 *
 * @example
 * ```ts
 * MeasureId.parse('police-uk.violent-crime') //=> 'police-uk.violent-crime'
 * ```
 */
export const MeasureId = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(measureIdPattern, 'must be lowercase words joined by - or .')
  .meta({ id: 'MeasureId' })
export type MeasureId = z.infer<typeof MeasureId>

/**
 * A crime or disorder measure a partnership reports on.
 *
 * @example
 * ```ts
 * Measure.parse({ id: 'hate-crime', label: 'Hate crime', definition: '…', sourceKind: 'force-flagged',
 *   countNoun: { one: 'hate crime', other: 'hate crimes' } })
 * ```
 */
export const Measure = z
  .object({
    id: MeasureId,
    label: z.string().min(1),
    definition: z.string().min(1),
    sourceKind: SourceKind,
    /**
     * What the counted items are called in a sentence ("1 hate crime", "2 hate crimes"). When
     * absent, the lower-cased label, followed by "crime(s)" unless it already ends in "crime".
     */
    countNoun: z.object({ one: z.string().min(1), other: z.string().min(1) }).optional(),
  })
  .meta({ id: 'Measure' })
export type Measure = z.infer<typeof Measure>

/**
 * The six measures of the South Derbyshire plan's crime tables, with definitions that say
 * honestly what each one counts and whether police.uk open data can reproduce it.
 *
 * @example
 * ```ts
 * planMeasures.map((m) => m.id)
 * //=> ['anti-social-behaviour', 'domestic-abuse', 'residential-burglary', 'vehicle-crime', 'serious-violence', 'hate-crime']
 * ```
 */
export const planMeasures: readonly Measure[] = Object.freeze(
  [
    {
      id: 'anti-social-behaviour',
      label: 'Anti-social behaviour',
      definition:
        'Anti-social behaviour incidents recorded by the police (personal, nuisance and environmental). Council and housing-provider ASB records are not included.',
      sourceKind: 'police-uk',
      countNoun: {
        one: 'anti-social behaviour incident',
        other: 'anti-social behaviour incidents',
      },
    },
    {
      id: 'domestic-abuse',
      label: 'Domestic abuse',
      definition:
        'Crimes the police flagged as domestic abuse related (Domestic Abuse Act 2021 s1). Not available from police.uk, which carries no flags.',
      sourceKind: 'force-flagged',
      countNoun: { one: 'domestic abuse-related crime', other: 'domestic abuse-related crimes' },
    },
    {
      id: 'residential-burglary',
      label: 'Residential burglary',
      definition:
        'Burglary of homes and of outbuildings within their boundary (Home Office Counting Rules, Burglary – Residential). police.uk "Burglary" also includes business and community burglary, so it is not this measure.',
      sourceKind: 'force-recorded',
      countNoun: { one: 'residential burglary', other: 'residential burglaries' },
    },
    {
      id: 'vehicle-crime',
      label: 'Vehicle crime',
      definition:
        'Theft from a vehicle, theft or unauthorised taking of a vehicle, and interfering with a vehicle.',
      sourceKind: 'force-recorded',
      countNoun: { one: 'vehicle crime', other: 'vehicle crimes' },
    },
    {
      id: 'serious-violence',
      label: 'Serious violence',
      definition:
        'Serious violence as defined locally under the Serious Violence Duty (PCSC Act 2022 s13). police.uk "Violence and sexual offences" is far broader and is not this measure.',
      sourceKind: 'force-recorded',
      countNoun: { one: 'serious violence crime', other: 'serious violence crimes' },
    },
    {
      id: 'hate-crime',
      label: 'Hate crime',
      definition:
        'Crimes perceived by the victim or anyone else to be motivated by hostility or prejudice on the five monitored strands (race, religion, sexual orientation, disability, transgender identity). Needs force-flagged data.',
      sourceKind: 'force-flagged',
      countNoun: { one: 'hate crime', other: 'hate crimes' },
    },
  ].map((measure) => Object.freeze(Measure.parse(measure)))
)

import { z } from 'zod'
import { Measure } from '../crime/measures.ts'
import { policeUkCrimeTypeNames, policeUkCrimeTypes } from './crime-type-table.ts'

/**
 * The 14 current values of the street-level CSV `Crime type` column, exactly as police.uk
 * writes them.
 *
 * @example
 * ```ts
 * PoliceUkCrimeType.parse('Burglary') //=> 'Burglary'
 * PoliceUkCrimeType.safeParse('Public disorder and weapons').success //=> false
 * ```
 */
export const PoliceUkCrimeType = z
  .enum(policeUkCrimeTypeNames)
  .meta({ id: 'PoliceUkCrimeType', description: 'police.uk street-level "Crime type" value' })
export type PoliceUkCrimeType = z.infer<typeof PoliceUkCrimeType>

/**
 * The 14 police.uk crime types as {@link Measure}s (source kind `police-uk`), in
 * `PoliceUkCrimeType` order.
 *
 * @example
 * ```ts
 * policeUkMeasures[0] //=> { id: 'police-uk.anti-social-behaviour', label: 'Anti-social behaviour (police.uk)', definition: '…', sourceKind: 'police-uk' }
 * ```
 */
export const policeUkMeasures: readonly Measure[] = Object.freeze(
  PoliceUkCrimeType.options.map((crimeType) => {
    const { measureId, label, definition } = policeUkCrimeTypes[crimeType]
    return Object.freeze(
      Measure.parse({ id: measureId, label, definition, sourceKind: 'police-uk' })
    )
  })
)

export {
  crimeTypeIndexAt,
  policeUkCrimeTypeNames,
  policeUkCrimeTypes,
  type PoliceUkCrimeTypeInfo,
} from './crime-type-table.ts'

import { buildCrimeTable, type AreaVolumes } from '../crime/build-crime-table.ts'
import type { CrimeTable } from '../crime/table.ts'
import { comparisonAreas, type Area } from '../geography/index.ts'
import type { Source } from '../source/index.ts'
import { policeUkCrimeTypes, type PoliceUkCrimeType } from './crime-types.ts'
import { policeUkMonthsBetween } from './month.ts'
import type { PoliceUkAggregate } from './result.ts'

/**
 * Options for {@link policeUkCrimeTable}.
 *
 * @example
 * ```ts
 * const options: PoliceUkCrimeTableOptions = { measure: 'police-uk.vehicle-crime', year: 2024 }
 * ```
 */
export interface PoliceUkCrimeTableOptions {
  /** A police.uk measure id, e.g. `police-uk.anti-social-behaviour`. */
  measure: string
  year: number
  /** Areas with populations and parents: the partnership's geography. */
  areas: readonly Area[]
  source?: Source
}

/**
 * The default source line of tables built from police.uk street-level files.
 *
 * @example
 * ```ts
 * policeUkStreetSource.publisher //=> 'police.uk'
 * ```
 */
export const policeUkStreetSource: Source = {
  publisher: 'police.uk',
  title: 'police.uk street-level crime data, counted by the district of each LSOA',
  note: 'Contains public sector information licensed under the Open Government Licence v3.0.',
}

/**
 * Builds the comparison table of one police.uk measure for one calendar year from an import:
 * volumes by district, rate per 1,000 residents aged 16+, and the trend on the previous year.
 *
 * A year is complete only when every month has rows and the measure has no gap in any month.
 * An incomplete year is marked so (`completeness.complete: false`, with notes), and its trend is
 * left out — as is the trend of a complete year whose previous year is incomplete — so a
 * missing month is never shown as a fall. Throws a RangeError for a measure that is not a
 * police.uk measure or a year that is not a whole number.
 *
 * @example
 * ```ts
 * const table = policeUkCrimeTable(aggregate, {
 *   measure: 'police-uk.anti-social-behaviour',
 *   year: 2024,
 *   areas: derbyshireAreas,
 * })
 * table.completeness //=> { complete: false, notes: ['No rows for 2024-01 … 2024-11 (11 months).'] }
 * ```
 */
export function policeUkCrimeTable(
  aggregate: PoliceUkAggregate,
  options: PoliceUkCrimeTableOptions
): CrimeTable {
  const crimeType = crimeTypeOf(options.measure)
  const { year } = options
  if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, got ${year}`)
  const { areas } = options
  const current = yearVolumes(aggregate, crimeType, year)
  const previous = yearVolumes(aggregate, crimeType, year - 1)
  const currentNotes = completenessNotes(aggregate, crimeType, year)
  const previousComplete = completenessNotes(aggregate, crimeType, year - 1).length === 0
  const volumes: Record<string, AreaVolumes> = {}
  for (const area of comparisonAreas(areas)) {
    volumes[area.code] = {
      current: current.get(area.code) ?? 0,
      previous:
        currentNotes.length === 0 && previousComplete ? (previous.get(area.code) ?? 0) : null,
    }
  }
  const notes = [...currentNotes]
  if (currentNotes.length === 0 && !previousComplete) {
    notes.push(`No trend: ${year - 1} is not complete in the imported data.`)
  }
  const table = buildCrimeTable({
    measure: options.measure,
    period: String(year),
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    source: options.source ?? policeUkStreetSource,
    volumes,
    areas,
  })
  return { ...table, completeness: { complete: currentNotes.length === 0, notes } }
}

function crimeTypeOf(measure: string): PoliceUkCrimeType {
  const found = Object.values(policeUkCrimeTypes).find((info) => info.measureId === measure)
  if (!found) {
    const known = Object.values(policeUkCrimeTypes).map((info) => info.measureId)
    throw new RangeError(
      `"${measure}" is not a police.uk measure; expected one of ${known.join(', ')}`
    )
  }
  return found.crimeType
}

function yearVolumes(aggregate: PoliceUkAggregate, crimeType: string, year: number) {
  const volumes = new Map<string, number>()
  const prefix = `${year}-`
  for (const row of aggregate.counts) {
    if (row.areaCode === null || row.crimeType !== crimeType || !row.month.startsWith(prefix))
      continue
    volumes.set(row.areaCode, (volumes.get(row.areaCode) ?? 0) + row.count)
  }
  return volumes
}

function completenessNotes(
  aggregate: PoliceUkAggregate,
  crimeType: string,
  year: number
): string[] {
  const seen = new Set(aggregate.months)
  const missing = policeUkMonthsBetween(`${year}-01`, `${year}-12`).filter((m) => !seen.has(m))
  const notes: string[] = []
  if (missing.length > 0) {
    notes.push(`No rows for ${missing.join(', ')} (${missing.length} of 12 months).`)
  }
  for (const gap of aggregate.gaps) {
    if (!gap.month.startsWith(`${year}-`) || missing.includes(gap.month)) continue
    const force = gap.force ? ` from ${gap.force}` : ''
    if (gap.kind === 'missing-month') notes.push(`No rows${force} for ${gap.month}.`)
    else if (gap.crimeType !== crimeType) continue
    else if (gap.kind === 'missing-crime-type') {
      notes.push(`No ${crimeType} rows${force} for ${gap.month}, though other months have them.`)
    } else {
      notes.push(
        `${crimeType}${force} for ${gap.month} is ${gap.count}, far below its median of ${gap.median}.`
      )
    }
  }
  return notes
}

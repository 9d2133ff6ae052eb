// Test support: seeded, Derbyshire-shaped police.uk street-level files, with the counts a
// crime table should show worked out naively from the generated rows (no CSV parsing), so the
// import is checked against something that shares none of its code.
import {
  comparisonAreas,
  derbyshireAreas,
  PoliceUkCrimeType,
  policeUkCrimeTypes,
  policeUkStreetColumns,
} from '@csp/domain'
import { derbyshireGeography } from '@csp/domain/boundaries'

const lsoaCodes = new Map<string, string[]>()
/** The bundled LSOAs 2021 of a partnership district, by its name ([] outside). */
function lsoaCodesOf(district: string): string[] {
  let codes = lsoaCodes.get(district)
  if (!codes) {
    const area = comparisonAreas(derbyshireAreas).find((a) => a.name === district)
    codes = area ? derbyshireGeography().lsoas(area.code) : []
    lsoaCodes.set(district, codes)
  }
  return codes
}

/** The street-level header line. */
export const streetHeader = policeUkStreetColumns.join(',')

const outside = ['Nottingham', 'East Staffordshire']
const districts = [...comparisonAreas(derbyshireAreas).map((area) => area.name), ...outside]
const locations = ['On or near Beech Avenue', 'On or near "The Green", Swadlincote', 'Car park']

/** One generated row: `district` is null for a row with no location. */
export interface GeneratedRow {
  month: string
  district: string | null
  crimeType: PoliceUkCrimeType
  /** "Reported by" (default Derbyshire Constabulary). */
  force?: string
}

const quote = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** One CSV line (with its newline) for a generated row. */
export function streetLine(row: GeneratedRow, index: number): string {
  const located = row.district !== null
  const lsoaNumber = String(1 + (index % 40)).padStart(3, '0')
  // A real 2021 LSOA of the row's district (the import takes a bundled code as it is); rows
  // outside the partnership get a code and a point outside its boundaries.
  const own = located ? lsoaCodesOf(row.district as string) : []
  const code = own.length > 0 ? (own[index % own.length] as string) : 'E01000001'
  const [lon, lat] = own.length > 0 ? ['-1.380324', '53.100836'] : ['-0.950000', '52.950000']
  return (
    [
      row.crimeType === 'Anti-social behaviour' ? '' : `id${index.toString(16)}`,
      row.month,
      row.force ?? 'Derbyshire Constabulary',
      row.force ?? 'Derbyshire Constabulary',
      located ? lon : '',
      located ? lat : '',
      located ? (locations[index % locations.length] as string) : 'No Location',
      located ? code : '',
      located ? `${row.district} ${lsoaNumber}A` : '',
      row.crimeType,
      row.crimeType === 'Anti-social behaviour' ? '' : 'Under investigation',
      '',
    ]
      .map(quote)
      .join(',') + '\n'
  )
}

/**
 * `perMonth` rows for each month: crime types in turn (so every type appears every month,
 * evenly, and no gap is suspected), districts at random from a seed, some outside the
 * partnership and one in 50 with no location.
 *
 * @example
 * ```ts
 * generateRows(1, ['2024-01'], 28).length //=> 28
 * ```
 */
export function generateRows(seed: number, months: readonly string[], perMonth: number) {
  const random = mulberry32(seed)
  const types = PoliceUkCrimeType.options
  const rows: GeneratedRow[] = []
  for (const month of months) {
    for (let i = 0; i < perMonth; i++) {
      const district =
        i % 50 === 49 ? null : (districts[Math.floor(random() * districts.length)] as string)
      rows.push({ month, district, crimeType: types[i % types.length] as PoliceUkCrimeType })
    }
  }
  return rows
}

/** A whole file: the header and the rows. */
export function streetFile(rows: readonly GeneratedRow[]): string {
  return streetHeader + '\n' + rows.map(streetLine).join('')
}

/**
 * The volumes a year's table of `measure` should show, by GSS code, counted from the rows: each
 * district and Derby, then the county and the force area by adding each row to its parents.
 *
 * @example
 * ```ts
 * expectedVolumes(rows, 'police-uk.drugs', 2024)['E07000039'] //=> 17
 * ```
 */
export function expectedVolumes(rows: readonly GeneratedRow[], measure: string, year: number) {
  const volumes: Record<string, number> = {}
  for (const area of derbyshireAreas) volumes[area.code] = 0
  for (const row of rows) {
    if (!row.month.startsWith(`${year}-`) || row.district === null) continue
    if (policeUkCrimeTypes[row.crimeType].measureId !== measure) continue
    let area = comparisonAreas(derbyshireAreas).find((a) => a.name === row.district)
    while (area) {
      volumes[area.code] = (volumes[area.code] ?? 0) + 1
      const parent: string | null = area.parentCode
      area = derbyshireAreas.find((a) => a.code === parent)
    }
  }
  return volumes
}

/** The twelve months of `year`. */
export const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

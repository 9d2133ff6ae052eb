// Test support only: the hand-checked "every trap" street file and its expected aggregate.
import type { PoliceUkCrimeType } from './crime-types.ts'
import type { PoliceUkAggregate } from './result.ts'
import { csvLine, streetHeader, streetRow } from './test-fixtures.ts'

/**
 * One street row as a CSV line, from the fields that matter.
 *
 * @example
 * ```ts
 * row('2024-12', 'Derby 013H', 'Drugs').split(',')[8] //=> 'Derby 013H'
 * ```
 */
export const row = (month: string, lsoaName: string, crimeType: string, location?: string) =>
  csvLine(
    streetRow({ month, lsoaName, crimeType, ...(location === undefined ? {} : { location }) })
  )

/**
 * Every trap in one file: BOM, CRLF, quoted commas, quotes and newlines, blank lines,
 * no-location and outside-area rows, bad rows of each kind, a missing month (2024-02), a crime
 * type missing for a month (Robbery in 2024-04) and no final newline. Comments give the line.
 *
 * @example
 * ```ts
 * await aggregatePoliceUkStreet(traps, { file: trapsFile }) // deep-equals trapsResult
 * ```
 */
export const traps =
  '\uFEFF' +
  [
    streetHeader, // 1
    row('2024-01', 'South Derbyshire 001A', 'Burglary', 'On or near "The Green", Swadlincote'), // 2
    row('2024-01', 'Derby 013H', 'Robbery', 'On or near\nCafé – Ŵ 😀'), // 3-4
    '', // 5
    row('2024-01', '', 'Drugs'), // 6
    row('2024-01', 'Nottingham 001A', 'Shoplifting'), // 7
    row('2024-01', 'Derbyshire Dales 011G', 'Public disorder and weapons'), // 8
    row('2024-01', 'Derby 013H', 'Drugs').replace(/,$/, ''), // 9: 11 columns
    row('2024-13', 'Derby 013H', 'Drugs'), // 10
    row('2024-03', 'South Derbyshire 013F', 'Burglary'), // 11
    row('2024-03', 'Derby 013H', 'Robbery'), // 12
    row('2024-03', 'Nowhere', 'Drugs'), // 13
    '', // 14
    row('2024-04', 'South Derbyshire 001A', 'Burglary'), // 15
    row('2024-04', 'Derby 001A', 'Public disorder and weapons'), // 16
    row('2024-04', 'Amber Valley 001A', ''), // 17
    row('2024-04', 'Erewash 001A', 'Anti-social behaviour'), // 18
  ].join('\r\n')

const count = (month: string, district: string, areaCode: string | null, crimeType: PoliceUkCrimeType, measure: string) => ({ month, district, areaCode, crimeType, measure, count: 1 }) // prettier-ignore
/**
 * The file name the trap results use.
 *
 * @example
 * ```ts
 * trapsFile //=> 'traps.csv'
 * ```
 */
export const trapsFile = 'traps.csv'
/**
 * The force of generated rows.
 *
 * @example
 * ```ts
 * force //=> 'Derbyshire Constabulary'
 * ```
 */
export const force = 'Derbyshire Constabulary'
const file = trapsFile
const lsoaCount = (month: string, district: string, areaCode: string | null, crimeType: PoliceUkCrimeType) => ({ month, force, district, areaCode, lsoa: 'E01019400', crimeType, count: 1 }) // prettier-ignore

/**
 * The aggregate of {@link traps}, worked out by hand.
 *
 * @example
 * ```ts
 * trapsResult.rows //=> 14
 * ```
 */
export const trapsResult: PoliceUkAggregate = {
  rows: 14,
  months: ['2024-01', '2024-03', '2024-04'],
  counts: [
    count('2024-01', 'Derby', 'E06000015', 'Robbery', 'police-uk.robbery'),
    count('2024-01', 'Nottingham', null, 'Shoplifting', 'police-uk.shoplifting'),
    count('2024-01', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
    count('2024-03', 'Derby', 'E06000015', 'Robbery', 'police-uk.robbery'),
    count('2024-03', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
    count('2024-04', 'Erewash', 'E07000036', 'Anti-social behaviour', 'police-uk.anti-social-behaviour'),
    count('2024-04', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
  ],
  outsideArea: [{ month: '2024-01', district: 'Nottingham', crimeType: 'Shoplifting', count: 1 }],
  noLocation: [{ month: '2024-01', crimeType: 'Drugs', count: 1 }],
  gaps: [
    { month: '2024-02', force, crimeType: null, kind: 'missing-month' },
    { month: '2024-04', force, crimeType: 'Robbery', kind: 'missing-crime-type', count: 0, median: 1 },
  ],
  errors: [
    { file, line: 8, column: 'Crime type', kind: 'unknown-crime-type', message: 'unknown crime type "Public disorder and weapons" on 2 rows (lines 8, 16); not counted' },
    { file, line: 9, kind: 'malformed-row', message: 'expected 12 columns, found 11' },
    { file, line: 10, column: 'Month', kind: 'malformed-row', message: 'Month "2024-13" is not a month in the form YYYY-MM' },
    { file, line: 13, column: 'LSOA name', kind: 'malformed-row', message: 'LSOA name "Nowhere" does not end in an LSOA code such as " 001A"' },
    { file, line: 17, column: 'Crime type', kind: 'malformed-row', message: 'Crime type is blank' },
  ],
  // Every generated row carries LSOA code E01019400 (see streetRow).
  forceCounts: [
    { month: '2024-01', force, crimeType: 'Burglary', count: 1 },
    { month: '2024-01', force, crimeType: 'Drugs', count: 1 },
    { month: '2024-01', force, crimeType: 'Robbery', count: 1 },
    { month: '2024-01', force, crimeType: 'Shoplifting', count: 1 },
    { month: '2024-03', force, crimeType: 'Burglary', count: 1 },
    { month: '2024-03', force, crimeType: 'Robbery', count: 1 },
    { month: '2024-04', force, crimeType: 'Anti-social behaviour', count: 1 },
    { month: '2024-04', force, crimeType: 'Burglary', count: 1 },
  ],
  lsoaCounts: [
    lsoaCount('2024-01', 'Derby', 'E06000015', 'Robbery'),
    lsoaCount('2024-01', 'Nottingham', null, 'Shoplifting'),
    lsoaCount('2024-01', 'South Derbyshire', 'E07000039', 'Burglary'),
    lsoaCount('2024-03', 'Derby', 'E06000015', 'Robbery'),
    lsoaCount('2024-03', 'South Derbyshire', 'E07000039', 'Burglary'),
    lsoaCount('2024-04', 'Erewash', 'E07000036', 'Anti-social behaviour'),
    lsoaCount('2024-04', 'South Derbyshire', 'E07000039', 'Burglary'),
  ],
  gridCounts: [],
  placement: { ownCode: 7, pointInPolygon: 0, noArea: 0 },
} // prettier-ignore

/**
 * Cuts `items` at the given points (taken modulo its length + 1), in order.
 *
 * @example
 * ```ts
 * cut('abcdef', [4, 2]) //=> ['ab', 'cd', 'ef']
 * ```
 */
export function cut<T extends { length: number; slice(from: number, to?: number): T }>(
  items: T,
  at: number[]
): T[] {
  const points = [...new Set(at.map((p) => p % (items.length + 1)))].sort((a, b) => a - b)
  const ends = [...points, items.length]
  return [0, ...points].map((from, i) => items.slice(from, ends[i]))
}

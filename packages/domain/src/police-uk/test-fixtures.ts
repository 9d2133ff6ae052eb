// Test support only (not exported from the package): a seeded generator of street-level files
// and a deliberately naive reference implementation to check the streaming importer against.
import { PoliceUkCrimeType } from './crime-types.ts'
import { policeUkStreetColumns } from './header.ts'

/**
 * The street-level header line.
 *
 * @example
 * ```ts
 * streetHeader.startsWith('Crime ID,Month') //=> true
 * ```
 */
export const streetHeader = policeUkStreetColumns.join(',')

/**
 * One CSV line, quoting (RFC 4180) only the values that need it.
 *
 * @example
 * ```ts
 * csvLine(['a', 'b,c', 'say "hi"']) //=> 'a,"b,c","say ""hi"""'
 * ```
 */
export function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',')
}

/**
 * A street-level row from the fields that matter, the rest filled in plausibly.
 *
 * @example
 * ```ts
 * streetRow({ month: '2024-12', lsoaName: 'Derby 013H', crimeType: 'Drugs' }).length //=> 12
 * ```
 */
export function streetRow(row: {
  month: string
  lsoaName: string
  crimeType: string
  force?: string
  location?: string
  /** Default E01019400 for a located row. */
  lsoaCode?: string
  /** Default -1.380324, 53.100836 for a located row. */
  point?: readonly [string, string]
}): string[] {
  const force = row.force ?? 'Derbyshire Constabulary'
  const located = row.lsoaName !== ''
  const [longitude, latitude] = row.point ?? (located ? ['-1.380324', '53.100836'] : ['', ''])
  return [
    row.crimeType === 'Anti-social behaviour' ? '' : 'c4d8869c29da5f6023db7015b343c129',
    row.month,
    force,
    force,
    longitude,
    latitude,
    row.location ?? (located ? 'On or near Beech Avenue' : 'No Location'),
    row.lsoaCode ?? (located ? 'E01019400' : ''),
    row.lsoaName,
    row.crimeType,
    row.crimeType === 'Anti-social behaviour' ? '' : 'Under investigation',
    '',
  ]
}

const districts = ['Amber Valley', 'Bolsover', 'Derby', 'Derbyshire Dales', 'South Derbyshire']
const outside = ['Nottingham', 'East Staffordshire', 'Ynys Môn']
const locations = [
  'On or near Beech Avenue',
  'On or near "The Green", Swadlincote',
  'On or near\nCafé – Ŵ 😀',
]

/**
 * Seeded, Derbyshire-shaped street rows (with some outside-area and no-location rows and
 * locations that need quoting), so every run sees the same file.
 *
 * @example
 * ```ts
 * generateStreetRows(1, ['2024-01'], 10).length //=> 10
 * ```
 */
export function generateStreetRows(seed: number, months: readonly string[], perMonth: number) {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  return months.flatMap((month) =>
    Array.from({ length: perMonth }, () => {
      const where = random()
      const district = where < 0.05 ? '' : where < 0.1 ? pick(outside) : pick(districts)
      const code = `${String(Math.floor(random() * 60) + 1).padStart(3, '0')}${pick(['A', 'B', 'F'])}`
      return streetRow({
        month,
        lsoaName: district === '' ? '' : `${district} ${code}`,
        crimeType: pick(PoliceUkCrimeType.options),
        location: pick(locations),
      })
    })
  )
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A plain character-by-character RFC 4180 parser of a whole text: records with the physical
 * line each starts on, blank lines dropped. Only for well-formed input.
 *
 * @example
 * ```ts
 * referenceRecords('a,"b\nc"\n\nd') //=> [{ line: 1, fields: ['a', 'b\nc'] }, { line: 4, fields: ['d'] }]
 * ```
 */
export function referenceRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
      if (c === '\n') line++
    } else if (c === '\r' && (i + 1 === text.length || text[i + 1] === '\n')) continue
    else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else if (c === '\n') {
      endRecord()
      line++
      start = line
    } else field += c
  }
  if (field !== '' || fields.length > 0) endRecord()
  return records
}

/**
 * The naive reference aggregate: counts keyed `month|district|crimeType` (district `''` for
 * no-location rows), plus the lines of rows it would reject.
 *
 * @example
 * ```ts
 * referenceAggregate(`${streetHeader}\n${csvLine(streetRow({ month: '2024-12',
 *   lsoaName: 'Derby 013H', crimeType: 'Drugs' }))}`).counts.get('2024-12|Derby|Drugs') //=> 1
 * ```
 */
export function referenceAggregate(text: string) {
  const [, ...rows] = referenceRecords(text.replace(/^\uFEFF/, ''))
  const counts = new Map<string, number>()
  const rejected: number[] = []
  for (const { line, fields } of rows) {
    const [, month = '', , , , , , , lsoa = '', crimeType = ''] = fields
    const district = lsoa === '' ? '' : /^(.+) \d{3,}[A-Z]$/.exec(lsoa)?.[1]
    const known = (PoliceUkCrimeType.options as readonly string[]).includes(crimeType)
    if (
      fields.length !== 12 ||
      !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ||
      !known ||
      district === undefined
    ) {
      rejected.push(line)
      continue
    }
    const key = `${month}|${district}|${crimeType}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return { rows: rows.length, counts, rejected }
}

/**
 * The 12 columns of a police.uk street-level CSV, in order.
 *
 * @example
 * ```ts
 * policeUkStreetColumns.indexOf('LSOA name') //=> 8
 * ```
 */
export const policeUkStreetColumns = Object.freeze([
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const)

/**
 * The name of a street-level column.
 *
 * @example
 * ```ts
 * const column: PoliceUkStreetColumn = 'Crime type'
 * ```
 */
export type PoliceUkStreetColumn = (typeof policeUkStreetColumns)[number]

const hints: readonly (readonly [string, string])[] = [
  ['Outcome type', ' This looks like an outcomes file (-outcomes.csv), not a street file.'],
  ['Object of search', ' This looks like a stop-and-search file, not a street file.'],
]

/**
 * Checks a header row against {@link policeUkStreetColumns} (ignoring spaces around names).
 * Returns `undefined` when it matches, or a message naming the expected and found columns.
 *
 * @example
 * ```ts
 * checkPoliceUkStreetHeader([...policeUkStreetColumns]) //=> undefined
 * checkPoliceUkStreetHeader(['Month', 'Crime type'])
 * //=> 'wrong header: expected the 12 street-level columns "Crime ID,Month,…,Context" but found 2 columns "Month,Crime type"; missing: Crime ID, Reported by, …'
 * ```
 */
export function checkPoliceUkStreetHeader(columns: readonly string[]): string | undefined {
  const found = columns.map((column) => column.trim())
  const matches =
    found.length === policeUkStreetColumns.length &&
    policeUkStreetColumns.every((name, i) => found[i] === name)
  if (matches) return undefined
  const missing = policeUkStreetColumns.filter((name) => !found.includes(name))
  const unexpected = found.filter(
    (name) => !(policeUkStreetColumns as readonly string[]).includes(name)
  )
  const details = [
    missing.length > 0 ? `missing: ${missing.join(', ')}` : '',
    unexpected.length > 0 ? `unexpected: ${listed(unexpected.map((n) => JSON.stringify(n)))}` : '',
    missing.length === 0 && unexpected.length === 0 ? 'the columns are out of order' : '',
  ].filter((part) => part !== '')
  const hint = hints.find(([column]) => found.includes(column))?.[1] ?? ''
  return (
    `wrong header: expected the ${policeUkStreetColumns.length} street-level columns ` +
    `"${policeUkStreetColumns.join(',')}" but found ${found.length} ` +
    `column${found.length === 1 ? '' : 's'} "${truncate(found.join(','))}"; ${details.join('; ')}.${hint}`
  )
}

function listed(names: readonly string[]): string {
  const more = names.length - 10
  return names.slice(0, 10).join(', ') + (more > 0 ? ` and ${more} more` : '')
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

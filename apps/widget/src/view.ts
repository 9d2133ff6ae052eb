/**
 * The part of the API's crime-table JSON (`GET /v1/crime-tables/{measure}/{period}`, the
 * `CrimeTableView` schema of @csp/api) that the widget reads. Declared here rather than
 * imported so the script bundles no zod; `test/api-contract.test.ts` checks that the API's
 * type still fits this one.
 */
export interface CrimeTableData {
  measure: string
  measureInfo: { label: string } | null
  period: string
  /** ISO dates: the first and last day of the period. */
  from: string
  to: string
  source: {
    publisher: string
    title: string
    url?: string | undefined
    /** ISO date: when the source was published or the data extracted. */
    asAt?: string | undefined
    note?: string | undefined
  }
  rows: CrimeTableRowData[]
  findings: { message: string }[]
  completeness: { complete: boolean; notes: string[] }
  statements: { areaCode: string; sentences: string[] }[]
}

/** Comparison areas are ranked against each other; counties and force areas are totals. */
export type AreaKind = 'district' | 'unitary' | 'county' | 'force-area'

export interface CrimeTableRowData {
  areaCode: string
  areaName: string
  areaKind: AreaKind | null
  volume: number
  /** `formatted` is the rate per 1,000 aged 16+ to one decimal place, exactly as published. */
  rate: { formatted: string; perThousand: number } | null
  trend: { percent: number | null }
  /** Position among the comparison areas; null for totals and for tables that cannot be ranked. */
  rank: { position: number; of: number; phrase: string } | null
}

/** JSON that is not a crime table; the message names the first bad field. */
export class InvalidDataError extends Error {}

// A checker per field, written for size (the script's budget) rather than generality. Each
// takes the value and its path, and returns the value or throws with the path.
type Check<T> = (value: unknown, path: string) => T

function fail(path: string, expected: string): never {
  throw new InvalidDataError(`${path || 'the response'} is not ${expected}`)
}

const is =
  <T>(test: (value: unknown) => boolean, expected: string): Check<T> =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, expected)

const text = is<string>((v) => typeof v === 'string', 'text')
const number = is<number>((v) => Number.isFinite(v), 'a number')
const boolean = is<boolean>((v) => typeof v === 'boolean', 'true or false')

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value == null ? undefined : check(value, path)

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value == null ? null : check(value, path)

const kind = nullable(
  is<AreaKind>(
    (v) => ['district', 'unitary', 'county', 'force-area'].includes(v as string),
    'district, unitary, county or force-area'
  )
)

const list =
  <T>(check: Check<T>): Check<T[]> =>
  (value, path) =>
    Array.isArray(value)
      ? value.map((item, i) => check(item, `${path}[${i}]`))
      : fail(path, 'a list')

/** An object with exactly the listed fields: anything else in the JSON is dropped. */
const object =
  <T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object')
    const out = {} as T
    for (const key in fields) {
      out[key] = fields[key]((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
    }
    return out
  }

const crimeTableData: Check<CrimeTableData> = object<CrimeTableData>({
  measure: text,
  measureInfo: nullable(object({ label: text })),
  period: text,
  from: text,
  to: text,
  source: object({
    publisher: text,
    title: text,
    url: optional(text),
    asAt: optional(text),
    note: optional(text),
  }),
  rows: list(
    object<CrimeTableRowData>({
      areaCode: text,
      areaName: text,
      areaKind: kind,
      volume: number,
      rate: nullable(object({ formatted: text, perThousand: number })),
      trend: object({ percent: nullable(number) }),
      rank: nullable(object({ position: number, of: number, phrase: text })),
    })
  ),
  findings: list(object({ message: text })),
  completeness: object({ complete: boolean, notes: list(text) }),
  statements: list(object({ areaCode: text, sentences: list(text) })),
})

/**
 * Checks parsed JSON against {@link CrimeTableData} and keeps only the fields the widget uses,
 * so nothing unexpected reaches the page.
 *
 * @example
 * ```ts
 * parseCrimeTableData(await response.json())
 * // throws InvalidDataError('rows[3].areaName is not text') for a bad row
 * ```
 */
export function parseCrimeTableData(json: unknown): CrimeTableData {
  return crimeTableData(json, '')
}

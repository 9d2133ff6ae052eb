import fc from 'fast-check'
import type { Area } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import type { CrimeTable, CrimeTableRow } from './table.ts'

/*
 * Shared fixtures for the crime tests. Named test.ts so the build leaves it out (tsconfig.build.json).
 */

/** The plan's 2023 table for a measure. */
export function planTable(measure: string): CrimeTable {
  const table = crimeTables2023.find((t) => t.measure === measure)
  if (!table) throw new Error(`no plan table for ${measure}`)
  return table
}

/** A copy of `table` with its rows replaced by `edit(rows)`. */
export function withRows(
  table: CrimeTable,
  edit: (rows: CrimeTableRow[]) => CrimeTableRow[]
): CrimeTable {
  return { ...table, rows: edit(table.rows.map((row) => ({ ...row }))) }
}

/** A copy of `table` with one area's row changed. */
export function withRow(
  table: CrimeTable,
  code: string,
  change: Partial<CrimeTableRow>
): CrimeTable {
  return withRows(table, (rows) => rows.map((r) => (r.areaCode === code ? { ...r, ...change } : r)))
}

export const SD = 'E07000039'
export const NED = 'E07000038'
export const DALES = 'E07000035'
export const DERBY = 'E06000015'
export const COUNTY = 'E10000007'
export const FORCE = 'E23000018'

export const source = { publisher: 'Test', title: 'Test figures' }

/** An empty table shell for `measure`. */
export function emptyTable(measure = 'anti-social-behaviour'): CrimeTable {
  return { measure, period: '2023', from: '2023-01-01', to: '2023-12-31', source, rows: [] }
}

const code = (prefix: string, n: number) => `${prefix}${String(n).padStart(8, '0')}`

/**
 * Random geographies with the same shape as a police force area: a force area made of one or
 * more counties (each with districts) and some unitaries.
 */
export const arbitraryAreas: fc.Arbitrary<Area[]> = fc
  .record({
    counties: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
    unitaries: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ counties, unitaries }) => {
    const force = code('E', 23_000_001)
    const areas: Area[] = []
    let next = 1
    const area = (c: string, kind: Area['kind'], parentCode: string | null): Area => ({
      code: c,
      name: `${kind} ${c}`,
      kind,
      parentCode,
      population16Plus: 50_000 + next * 997,
      aliases: [],
    })
    counties.forEach((districts, i) => {
      const county = code('E', 10_000_001 + i)
      for (let d = 0; d < districts; d++)
        areas.push(area(code('E', 7_000_000 + next++), 'district', county))
      areas.push(area(county, 'county', force))
    })
    for (let u = 0; u < unitaries; u++)
      areas.push(area(code('E', 6_000_000 + next++), 'unitary', force))
    areas.push(area(force, 'force-area', null))
    // Parents' populations are the sums of their children's, as in real geographies.
    const population = (a: Area): number => {
      const children = areas.filter((c) => c.parentCode === a.code)
      return children.length === 0
        ? a.population16Plus
        : children.reduce((t, c) => t + population(c), 0)
    }
    return areas.map((a) => ({ ...a, population16Plus: population(a) }))
  })

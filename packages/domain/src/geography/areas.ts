import { z } from 'zod'
import { derbyshireAreaRows } from './derbyshire-area-rows.ts'

/**
 * A GSS code as ONS publishes it: one letter, eight digits (e.g. `E07000039`).
 *
 * @example
 * ```ts
 * GssCode.parse('E07000039') //=> 'E07000039'
 * ```
 */
export const GssCode = z
  .string()
  .regex(/^[EWSNK]\d{8}$/, 'must be a GSS code such as E07000039')
  .meta({ id: 'GssCode', description: 'ONS GSS code, e.g. E07000039' })
export type GssCode = z.infer<typeof GssCode>

/**
 * The kinds of area a CSP compares. Districts and unitaries are the comparison areas; a county
 * is the sum of its districts; a force area is its county plus its unitaries.
 *
 * @example
 * ```ts
 * AreaKind.parse('district') //=> 'district'
 * ```
 */
export const AreaKind = z.enum(['district', 'unitary', 'county', 'force-area'])
export type AreaKind = z.infer<typeof AreaKind>

/**
 * An area with the denominator used for rates: Census 2021 usual residents aged 16 and over.
 *
 * @example
 * ```ts
 * Area.parse({ code: 'E07000039', name: 'South Derbyshire', kind: 'district',
 *   parentCode: 'E10000007', population16Plus: 86949, aliases: [] })
 * ```
 */
export const Area = z
  .object({
    code: GssCode,
    name: z.string().min(1),
    kind: AreaKind,
    /** The area this one sums into (district → county, county/unitary → force area). */
    parentCode: GssCode.nullable(),
    /** Census 2021 TS007 usual residents aged 16+ (see {@link census2021Population16PlusSource}). */
    population16Plus: z.number().int().positive(),
    /** Other names the area goes by in published tables, e.g. "Derby City". */
    aliases: z.array(z.string()).default([]),
  })
  .meta({ id: 'Area' })
export type Area = z.infer<typeof Area>

/**
 * Where the rate denominators come from.
 *
 * @example
 * ```ts
 * census2021Population16PlusSource.table //=> 'TS007'
 * ```
 */
export const census2021Population16PlusSource = {
  publisher: 'Office for National Statistics',
  title: 'Census 2021, TS007 Age by single year: usual residents aged 16 and over',
  table: 'TS007',
  date: '2021-03-21',
  derivation: 'Total minus aged 4 and under, 5 to 9 and 10 to 15',
} as const

/**
 * The 11 Derbyshire areas: the eight districts, Derby (unitary), the county council area
 * (sum of the eight) and the Derbyshire police force area (county + Derby).
 *
 * @example
 * ```ts
 * derbyshireAreas.find((a) => a.code === 'E07000039')?.population16Plus //=> 86949
 * ```
 */
export const derbyshireAreas: readonly Area[] = Object.freeze(
  derbyshireAreaRows.map(([code, name, kind, parentCode, population16Plus, aliases]) =>
    Object.freeze(Area.parse({ code, name, kind, parentCode, population16Plus, aliases }))
  )
)

/**
 * Finds an area by GSS code, name or alias (case-insensitive for names).
 *
 * @example
 * ```ts
 * findArea(derbyshireAreas, 'Derby City')?.code //=> 'E06000015'
 * ```
 */
export function findArea(areas: readonly Area[], codeOrName: string): Area | undefined {
  const wanted = codeOrName.trim().toLowerCase()
  return areas.find(
    (area) =>
      area.code.toLowerCase() === wanted ||
      area.name.toLowerCase() === wanted ||
      area.aliases.some((alias) => alias.toLowerCase() === wanted)
  )
}

/**
 * The areas a partnership ranks itself among: every district and unitary.
 *
 * @example
 * ```ts
 * comparisonAreas(derbyshireAreas).length //=> 9
 * ```
 */
export function comparisonAreas(areas: readonly Area[]): Area[] {
  return areas.filter((area) => area.kind === 'district' || area.kind === 'unitary')
}

/**
 * The areas whose figures add up to `parent` (districts of a county, county and unitaries of a
 * force area).
 *
 * @example
 * ```ts
 * childAreas(derbyshireAreas, 'E23000018').map((a) => a.code) //=> ['E06000015', 'E10000007']
 * ```
 */
export function childAreas(areas: readonly Area[], parentCode: string): Area[] {
  return areas.filter((area) => area.parentCode === parentCode)
}

import { z } from 'zod'
import data from '../../data/geography/south-derbyshire-neighbourhood-areas.json' with { type: 'json' }
import { GssCode } from './areas.ts'

/**
 * A neighbourhood area (Safer Neighbourhood Area, police area, area forum): a named list of
 * wards within one district. Not an ONS geography, so its code is the district's code and a
 * number, e.g. `E07000039-SNA1`.
 *
 * @example
 * ```ts
 * NeighbourhoodArea.parse({ code: 'E07000039-SNA3', number: 3, name: 'North East',
 *   places: ['Melbourne', 'Aston'],
 *   wards: [{ code: 'E05008809', name: 'Aston' }, { code: 'E05008815', name: 'Melbourne' }] })
 * ```
 */
export const NeighbourhoodArea = z
  .object({
    code: z
      .string()
      .regex(/^[EW]\d{8}-SNA\d{1,2}$/, 'must be a district code, "-SNA" and a number'),
    number: z.number().int().positive(),
    name: z.string().min(1),
    /** The places the local records name for the area, as they name them. */
    places: z.array(z.string().min(1)).default([]),
    wards: z.array(z.object({ code: GssCode, name: z.string().min(1) })).min(1),
    /** How the places were matched to wards. */
    note: z.string().optional(),
  })
  .meta({ id: 'NeighbourhoodArea' })
export type NeighbourhoodArea = z.infer<typeof NeighbourhoodArea>

/**
 * A district's neighbourhood areas: editable configuration, `provisional` until confirmed.
 *
 * @example
 * ```ts
 * NeighbourhoodAreaList.parse(southDerbyshireNeighbourhoodAreas).areas.length //=> 6
 * ```
 */
export const NeighbourhoodAreaList = z
  .object({
    district: GssCode,
    kind: z.string().min(1),
    provisional: z.boolean(),
    source: z.string().min(1),
    areas: z.array(NeighbourhoodArea).min(1),
  })
  .meta({ id: 'NeighbourhoodAreaList' })
export type NeighbourhoodAreaList = z.infer<typeof NeighbourhoodAreaList>

/**
 * South Derbyshire's six Safer Neighbourhood Areas as ward lists, **provisional**: the local
 * records name places, not wards; each area's `note` says how its places were matched to the May
 * 2025 wards. Every one of the district's 15 wards is in exactly one area. Edit the JSON file
 * (`data/geography/south-derbyshire-neighbourhood-areas.json`) or pass your own list.
 *
 * @example
 * ```ts
 * southDerbyshireNeighbourhoodAreas.areas.map((a) => a.name)
 * //=> ['North West', 'Repton', 'North East', 'Central', 'Newhall and Midway', 'South']
 * ```
 */
export const southDerbyshireNeighbourhoodAreas: NeighbourhoodAreaList =
  data as NeighbourhoodAreaList

/**
 * A problem with a neighbourhood area list checked against the wards it names.
 *
 * @example
 * ```ts
 * const finding: NeighbourhoodAreaFinding =
 *   { code: 'unknown-ward', path: 'areas[0].wards[1].code', message: '…' }
 * ```
 */
export interface NeighbourhoodAreaFinding {
  code:
    | 'unknown-ward'
    | 'ward-name-mismatch'
    | 'ward-outside-district'
    | 'ward-in-two-areas'
    | 'ward-in-no-area'
    | 'duplicate-area-code'
  /** Field path in the list, e.g. `areas[1].wards[0].code`. */
  path: string
  message: string
}

/**
 * Checks a neighbourhood area list against the wards of the geography: every ward exists, has
 * the name given, lies in the list's district and is in one area only, and every ward of the
 * district is in some area. Returns findings (empty when the list is sound).
 *
 * @example
 * ```ts
 * checkNeighbourhoodAreas(southDerbyshireNeighbourhoodAreas, wards) //=> []
 * ```
 */
export function checkNeighbourhoodAreas(
  list: NeighbourhoodAreaList,
  wards: readonly { code: string; name: string; district: string }[]
): NeighbourhoodAreaFinding[] {
  const findings: NeighbourhoodAreaFinding[] = []
  const byCode = new Map(wards.map((ward) => [ward.code, ward]))
  const placed = new Map<string, string>()
  const areaCodes = new Set<string>()
  list.areas.forEach((area, a) => {
    if (areaCodes.has(area.code)) {
      findings.push({
        code: 'duplicate-area-code',
        path: `areas[${a}].code`,
        message: `${area.code} is used by two areas`,
      })
    }
    areaCodes.add(area.code)
    area.wards.forEach(({ code, name }, w) => {
      const path = `areas[${a}].wards[${w}]`
      const ward = byCode.get(code)
      if (!ward) {
        findings.push({ code: 'unknown-ward', path: `${path}.code`, message: `no ward ${code}` })
        return
      }
      if (ward.name !== name) {
        findings.push({
          code: 'ward-name-mismatch',
          path: `${path}.name`,
          message: `${code} is ${ward.name}, not ${name}`,
        })
      }
      if (ward.district !== list.district) {
        findings.push({
          code: 'ward-outside-district',
          path: `${path}.code`,
          message: `${code} (${ward.name}) is in ${ward.district}, not ${list.district}`,
        })
      }
      const other = placed.get(code)
      if (other) {
        findings.push({
          code: 'ward-in-two-areas',
          path: `${path}.code`,
          message: `${code} (${ward.name}) is in ${other} and ${area.code}`,
        })
      }
      placed.set(code, area.code)
    })
  })
  for (const ward of wards) {
    if (ward.district === list.district && !placed.has(ward.code)) {
      findings.push({
        code: 'ward-in-no-area',
        path: 'areas',
        message: `${ward.code} (${ward.name}) is in no area`,
      })
    }
  }
  return findings
}

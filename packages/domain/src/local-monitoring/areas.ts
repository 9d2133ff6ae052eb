import type { AreaMembership } from './local-data.ts'

function membershipOf(areas: AreaMembership | undefined): AreaMembership {
  if (areas == null || typeof areas !== 'object') {
    throw new RangeError('areas must map each area code to the units it is made of')
  }
  for (const [code, units] of Object.entries(areas)) {
    if (!Array.isArray(units) || units.some((unit) => typeof unit !== 'string' || unit === '')) {
      throw new RangeError(`areas.${code} must be a list of unit codes`)
    }
  }
  return areas
}

/**
 * The units an area is made of, without repeats (a unit listed twice is counted once). A code
 * that is not an area but is a unit of one (an LSOA) is the area made of itself. Throws a
 * RangeError for a code that is neither, so a mistyped code is an error, not a row of zeros.
 *
 * @example
 * ```ts
 * const areas = { E07000039: ['E01019863', 'E01019864'], E05012345: ['E01019863'] }
 * unitsOfArea(areas, 'E07000039') //=> ['E01019863', 'E01019864']
 * unitsOfArea(areas, 'E01019864') //=> ['E01019864']
 * unitsOfArea(areas, 'E05099999') // throws RangeError: unknown area "E05099999" …
 * ```
 */
export function unitsOfArea(areas: AreaMembership | undefined, code: string): string[] {
  const membership = membershipOf(areas)
  if (Object.hasOwn(membership, code)) return [...new Set(membership[code])]
  for (const units of Object.values(membership)) if (units.includes(code)) return [code]
  throw new RangeError(
    `unknown area ${JSON.stringify(code)}: it is neither in areas nor a unit of an area`
  )
}

/**
 * The sub-areas of `parent`, for a change table: first every area in `areas` made of some but
 * not all of the parent's units and of no other (a district's neighbourhood areas and wards, a
 * neighbourhood area's wards), in the order `areas` lists them, then the parent's units
 * themselves (its LSOAs). The parent is not its own sub-area, and no code appears twice.
 *
 * @example
 * ```ts
 * const areas = {
 *   E07000039: ['E01019863', 'E01019864', 'E01019865'],
 *   E05012345: ['E01019863', 'E01019864'],
 *   E05012346: ['E01019865'],
 * }
 * subAreasOf(areas, 'E07000039') //=> ['E05012345', 'E05012346', 'E01019863', 'E01019864', 'E01019865']
 * subAreasOf(areas, 'E05012345') //=> ['E01019863', 'E01019864']
 * ```
 */
export function subAreasOf(areas: AreaMembership | undefined, parent: string): string[] {
  const membership = membershipOf(areas)
  const parentUnits = unitsOfArea(membership, parent)
  const inside = new Set(parentUnits)
  const found = new Set<string>()
  for (const [code, units] of Object.entries(membership)) {
    const own = new Set(units)
    if (code === parent || own.size === 0 || own.size >= inside.size) continue
    if ([...own].every((unit) => inside.has(unit))) found.add(code)
  }
  if (parentUnits.length > 1 || parentUnits[0] !== parent) {
    for (const unit of parentUnits) found.add(unit)
  }
  found.delete(parent)
  return [...found]
}

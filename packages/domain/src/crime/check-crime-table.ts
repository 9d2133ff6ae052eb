import { z } from 'zod'
import { childAreas, type Area } from '../geography/index.ts'
import { formatRate, rateOf, roundRate } from './rate.ts'
import type { CrimeTable } from './table.ts'
import { formatCount } from '../format/index.ts'
import { joinList } from './text.ts'

/**
 * Stable codes for what can be wrong with a crime table.
 *
 * @example
 * ```ts
 * CrimeTableFindingCode.parse('aggregate-mismatch') //=> 'aggregate-mismatch'
 * ```
 */
export const CrimeTableFindingCode = z.enum([
  'aggregate-mismatch',
  'rate-mismatch',
  'missing-rate',
  'missing-area',
  'unknown-area',
  'duplicate-area',
  'negative-volume',
  'non-integer-volume',
])
export type CrimeTableFindingCode = z.infer<typeof CrimeTableFindingCode>

/**
 * One problem found in a crime table, with a plain-English message that carries the numbers.
 *
 * @example
 * ```ts
 * CrimeTableFinding.parse({ code: 'missing-area', message: 'Bolsover (E07000033) has no row.', areaCode: 'E07000033' })
 * ```
 */
export const CrimeTableFinding = z
  .object({ code: CrimeTableFindingCode, message: z.string(), areaCode: z.string().optional() })
  .meta({ id: 'CrimeTableFinding' })
export type CrimeTableFinding = z.infer<typeof CrimeTableFinding>

function describeChildren(children: readonly Area[]): string {
  if (children.every((child) => child.kind === 'district')) {
    return `its ${children.length} district${children.length === 1 ? '' : 's'}`
  }
  return `its ${children.length} component areas, ${joinList(children.map((c) => c.name))}`
}

/**
 * Checks a crime table against the areas it should cover. Returns an empty array for a correct
 * table. Checks every row's volume (whole, not negative) and printed rate
 * (volume × 1,000 ÷ residents aged 16+, 1 d.p. half away from zero), that every area in `areas`
 * appears exactly once and no other area does, and that every parent area (county, force area)
 * equals the sum of its children (`parentCode` in `areas`).
 *
 * @example
 * ```ts
 * checkCrimeTable(crimeTables2023[0], derbyshireAreas) //=> []
 * // with the county volume changed to 16,480:
 * //=> [{ code: 'aggregate-mismatch', areaCode: 'E10000007',
 * //      message: 'Derbyshire volume 16,480 is not the sum of its 8 districts (16,481).' }]
 * ```
 */
export function checkCrimeTable(table: CrimeTable, areas: readonly Area[]): CrimeTableFinding[] {
  const findings: CrimeTableFinding[] = []
  const byCode = new Map(areas.map((area) => [area.code, area]))
  const seen = new Map<string, number>()
  const volumes = new Map<string, number>()

  for (const row of table.rows) {
    seen.set(row.areaCode, (seen.get(row.areaCode) ?? 0) + 1)
    const area = byCode.get(row.areaCode)
    const name = area ? area.name : row.areaCode
    if (!area) {
      findings.push({
        code: 'unknown-area',
        areaCode: row.areaCode,
        message: `Area code ${row.areaCode} is not one of the ${areas.length} areas the table should cover.`,
      })
    }
    if (!Number.isSafeInteger(row.volume)) {
      findings.push({
        code: 'non-integer-volume',
        areaCode: row.areaCode,
        message: `${name} volume ${String(row.volume)} is not a whole number.`,
      })
      continue
    }
    if (row.volume < 0) {
      findings.push({
        code: 'negative-volume',
        areaCode: row.areaCode,
        message: `${name} volume ${formatCount(row.volume)} is negative.`,
      })
      continue
    }
    if (!volumes.has(row.areaCode)) volumes.set(row.areaCode, row.volume)
    if (!area) continue
    const rate = rateOf(row.volume, area.population16Plus)
    const expected = `${formatRate(rate)} (${formatCount(row.volume)} × 1,000 ÷ ${formatCount(area.population16Plus)} residents aged 16+)`
    if (row.rate === null) {
      findings.push({
        code: 'missing-rate',
        areaCode: row.areaCode,
        message: `${name} has no rate; expected ${expected}.`,
      })
    } else if (row.rate !== roundRate(rate)) {
      findings.push({
        code: 'rate-mismatch',
        areaCode: row.areaCode,
        message: `${name} rate ${String(row.rate)} does not match ${expected}.`,
      })
    }
  }

  for (const [code, count] of seen) {
    if (count > 1) {
      findings.push({
        code: 'duplicate-area',
        areaCode: code,
        message: `${byCode.get(code)?.name ?? code} appears ${count} times in the table.`,
      })
    }
  }

  for (const area of areas) {
    if (!seen.has(area.code)) {
      findings.push({
        code: 'missing-area',
        areaCode: area.code,
        message: `${area.name} (${area.code}) has no row in the table.`,
      })
    }
  }

  for (const parent of areas) {
    const children = childAreas(areas, parent.code)
    const total = volumes.get(parent.code)
    // Missing, duplicated or invalid rows are already reported; summing them would only add noise.
    const usable = (code: string) => seen.get(code) === 1 && volumes.has(code)
    if (children.length === 0 || total === undefined || !usable(parent.code)) continue
    if (!children.every((child) => usable(child.code))) continue
    const sum = children.reduce((acc, child) => acc + (volumes.get(child.code) ?? 0), 0)
    if (sum !== total) {
      findings.push({
        code: 'aggregate-mismatch',
        areaCode: parent.code,
        message: `${parent.name} volume ${formatCount(total)} is not the sum of ${describeChildren(children)} (${formatCount(sum)}).`,
      })
    }
  }
  return findings
}

/** Test data for local monitoring: a small district of LSOAs and wards, and fast-check arbitraries. */
import fc from 'fast-check'
import type { DataGap } from './coverage.ts'
import type { AreaMembership, LocalData, NoAreaCount, UnitCount } from './local-data.ts'
import { monthsFromTo } from './months.ts'

export const district = 'E07000039'
export const asb = 'police-uk.anti-social-behaviour'
export const drugs = 'police-uk.drugs'
export const measures = [asb, drugs] as const

/** 49 months, 2021-06 … 2025-06: enough for every window ending with 2025-06. */
export const months = monthsFromTo('2021-06', '2025-06')

/** A district of `lsoas` LSOAs (L01 …) split into wards of up to three LSOAs (W01 …). */
export function membership(lsoas: number): AreaMembership {
  const units = Array.from({ length: lsoas }, (_, i) => `L${String(i + 1).padStart(2, '0')}`)
  const areas: Record<string, string[]> = { [district]: units }
  units.forEach((unit, i) => {
    const ward = `W${String(Math.floor(i / 3) + 1).padStart(2, '0')}`
    areas[ward] = [...(areas[ward] ?? []), unit]
  })
  return areas
}

/** A count for every unit, month and measure from `count(unit, month, measure)`. */
export function countsFor(
  units: readonly string[],
  count: (unit: string, month: string, measure: string) => number,
  monthList: readonly string[] = months
): UnitCount[] {
  return units.flatMap((unit) =>
    monthList.flatMap((month) =>
      measures.map((measure) => ({ unit, month, measure, count: count(unit, month, measure) }))
    )
  )
}

/** Random local data: 2–7 LSOAs, counts 0–40, no-area counts 0–5, a few gaps. */
export const arbLocalData: fc.Arbitrary<LocalData & { areas: AreaMembership }> = fc
  .record({
    lsoas: fc.integer({ min: 2, max: 7 }),
    seed: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 64, maxLength: 64 }),
    noArea: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }),
    gaps: fc.array(
      fc.record({
        month: fc.constantFrom(...months),
        measure: fc.constantFrom<string | null>(asb, drugs, null),
      }),
      { maxLength: 4 }
    ),
  })
  .map(({ lsoas, seed, noArea, gaps }) => {
    const areas = membership(lsoas)
    const units = areas[district] as string[]
    const pick = (values: readonly number[], i: number) => values[i % values.length] as number
    const counts = countsFor(units, (unit, month, measure) => {
      const i = units.indexOf(unit) * 7 + months.indexOf(month) * 3 + (measure === asb ? 1 : 0)
      return measure === asb ? pick(seed, i) : pick(seed, i) % 6
    })
    const noAreaCounts: NoAreaCount[] = months.flatMap((month, i) =>
      measures.map((measure) => ({ area: district, month, measure, count: pick(noArea, i) }))
    )
    return {
      counts,
      noArea: noAreaCounts,
      areas,
      coverage: { months, gaps: gaps as DataGap[] },
    }
  })

/** The same data with every count in a month with a gap replaced by `replacement`. */
export function withGapCounts(data: LocalData, replacement: (count: number) => number): LocalData {
  const gap = (month: string, measure: string) =>
    data.coverage.gaps.some(
      (g) => g.month === month && (g.measure === null || g.measure === measure)
    )
  return {
    ...data,
    counts: data.counts.map((row) =>
      gap(row.month, row.measure) ? { ...row, count: replacement(row.count) } : row
    ),
    noArea: (data.noArea ?? []).map((row) =>
      gap(row.month, row.measure) ? { ...row, count: replacement(row.count) } : row
    ),
  }
}

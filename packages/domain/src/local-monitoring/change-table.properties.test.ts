import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAdjustment } from './adjust.ts'
import { subAreasOf } from './areas.ts'
import { ChangeTable } from './change-schema.ts'
import { changeTable } from './change-table.ts'
import {
  countsFor,
  arbLocalData,
  asb,
  district,
  measures,
  months,
  withGapCounts,
} from './test-local-data.ts'
import { ChangeWindow } from './windows.ts'

const arbQuery = fc.record({
  window: fc.constantFrom(...ChangeWindow.options),
  adjustment: fc.constantFrom(...PAdjustment.options),
  alpha: fc.constantFrom(0.01, 0.05, 0.1),
})

describe('changeTable (properties)', () => {
  it('never flags more than the unadjusted p would, and flags only where the rules allow', () => {
    fc.assert(
      fc.property(arbLocalData, arbQuery, (data, options) => {
        const table = changeTable(data, {
          ...options,
          areas: [district, ...subAreasOf(data.areas, district)],
          measures: [...measures],
        })
        expect(ChangeTable.parse(table)).toEqual(table)
        const unadjusted = table.rows.filter(
          (r) =>
            r.p !== null && r.p < options.alpha && (r.current ?? 0) + (r.baselineTotal ?? 0) >= 10
        )
        expect(table.rows.filter((r) => r.flag !== null).length).toBeLessThanOrEqual(
          unadjusted.length
        )
        for (const row of table.rows) {
          const total = (row.current ?? 0) + (row.baselineTotal ?? 0)
          if (row.flag !== null) {
            expect(total).toBeGreaterThanOrEqual(10)
            expect(row.p as number).toBeLessThan(options.alpha)
            expect(row.flag).toBe((row.difference as number) > 0 ? 'increase' : 'decrease')
          }
          if (row.pAdjusted !== null) expect(row.pAdjusted).toBeGreaterThanOrEqual(row.p as number)
          if (row.percentChange !== null) expect(row.baseline as number).toBeGreaterThanOrEqual(20)
          expect(row.complete).toBe(row.excludedMonths.length === 0)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('never reads a month with a gap, so a gap can never make a fall', () => {
    fc.assert(
      fc.property(arbLocalData, arbQuery, (data, options) => {
        const query = {
          ...options,
          areas: subAreasOf(data.areas, district),
          measures: [...measures],
        }
        const table = changeTable(data, query)
        expect(
          changeTable(
            withGapCounts(data, () => 0),
            query
          )
        ).toEqual(table)
        expect(
          changeTable(
            withGapCounts(data, (n) => 2 * n + 7),
            query
          )
        ).toEqual(table)
      }),
      { numRuns: 60 }
    )
  })

  it('flags no decrease when steady counts lose months to declared gaps', () => {
    const arbGaps = fc.uniqueArray(fc.constantFrom(...months.slice(-40)), {
      minLength: 1,
      maxLength: 8,
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        arbGaps,
        arbQuery,
        fc.boolean(),
        (level, gapMonths, options, everyMeasure) => {
          const units = ['L1', 'L2', 'L3']
          const lost = new Set(gapMonths)
          const data = {
            // Steady counts; the rows of the gap months are lost, so they read 0.
            counts: countsFor(units, (_, month) => (lost.has(month) ? 0 : level)),
            areas: { [district]: units },
            coverage: {
              months,
              gaps: gapMonths.map((month) => ({ month, measure: everyMeasure ? null : asb })),
            },
          }
          const table = changeTable(data, {
            ...options,
            areas: [district, ...units],
            measures: [asb],
          })
          for (const row of table.rows) expect(row.flag).not.toBe('decrease')
        }
      )
    )
  })

  it('gives a district the sum of its LSOAs plus its no-area rows in every window', () => {
    fc.assert(
      fc.property(arbLocalData, arbQuery, (data, options) => {
        const lsoas = data.areas[district] as string[]
        const table = changeTable(data, {
          ...options,
          areas: [district, ...lsoas],
          measures: [asb],
        })
        const [whole, ...parts] = table.rows
        if (whole?.current == null) return
        const months = new Set(
          table.current.months.filter((m) => !whole.excludedMonths.includes(m))
        )
        const noArea = (data.noArea ?? [])
          .filter((r) => r.measure === asb && months.has(r.month))
          .reduce((sum, r) => sum + r.count, 0)
        expect(whole.current).toBe(parts.reduce((sum, r) => sum + (r.current ?? 0), 0) + noArea)
      }),
      { numRuns: 60 }
    )
  })
})

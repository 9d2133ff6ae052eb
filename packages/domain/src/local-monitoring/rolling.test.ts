import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RollingPoint, rollingSums } from './rolling.ts'
import type { SeriesPoint } from './series.ts'
import { monthsFromTo } from './months.ts'

const series = (counts: readonly (number | null)[], from = '2024-01'): SeriesPoint[] => {
  if (counts.length === 0) return []
  const [year, month] = from.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(year, month - 1 + counts.length - 1, 1))
  const to = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`
  return monthsFromTo(from, to).map((m, i) => {
    const count = counts[i] ?? null
    return { month: m, count, complete: count !== null }
  })
}

describe('rollingSums', () => {
  it('sums each run of months, and leaves out a run with a gap or starting before the series', () => {
    const rolling = rollingSums(series([5, 7, null, 4, 1, 2]), 2)
    expect(rolling).toEqual([
      { month: '2024-01', from: '2023-12', count: null, complete: false },
      { month: '2024-02', from: '2024-01', count: 12, complete: true },
      { month: '2024-03', from: '2024-02', count: null, complete: false },
      { month: '2024-04', from: '2024-03', count: null, complete: false },
      { month: '2024-05', from: '2024-04', count: 5, complete: true },
      { month: '2024-06', from: '2024-05', count: 3, complete: true },
    ])
    rolling.forEach((point) => expect(RollingPoint.parse(point)).toEqual(point))
  })

  it('rolls 12 months by default', () => {
    const counts = Array.from({ length: 13 }, (_, i) => i + 1)
    const rolling = rollingSums(series(counts))
    expect(rolling[10]?.count).toBeNull()
    expect(rolling[11]).toEqual({ month: '2024-12', from: '2024-01', count: 78, complete: true })
    expect(rolling[12]).toEqual({ month: '2025-01', from: '2024-02', count: 90, complete: true })
  })

  it('refuses points that are not one a month in order, and a bad length', () => {
    const points = series([1, 2, 3])
    expect(() => rollingSums([points[0], points[2]] as SeriesPoint[], 2)).toThrow(
      'points[1].month: 2024-03 does not follow 2024-01'
    )
    expect(() => rollingSums(points, 0)).toThrow(
      'months must be a whole number from 1 to 120, got 0'
    )
  })
})

describe('rollingSums (properties)', () => {
  it('equals the plain sum of the months it covers, and is missing whenever one of them is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 6 }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 13 }),
        (counts, months) => {
          const rolling = rollingSums(series(counts), months)
          expect(rolling).toHaveLength(counts.length)
          rolling.forEach((point, i) => {
            const window = counts.slice(i + 1 - months, i + 1)
            const whole = i + 1 >= months && window.every((c) => c !== null)
            expect(point.complete).toBe(whole)
            expect(point.count).toBe(
              whole ? window.reduce<number>((a, b) => a + (b ?? 0), 0) : null
            )
          })
        }
      )
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ActionRecordInput } from './action-record.ts'
import { countActionsByPeriod, countActionsByPower } from './counts.ts'
import { PowerId } from './powers.ts'

// The plan's "Action Taken" figures (pages 7–8), built as individual records spread over 2024-25.
const printed: [PowerId, number, string][] = [
  ['warning-letter', 55, 'asb-and-safer-spaces'],
  ['acceptable-behaviour-contract', 6, 'asb-and-safer-spaces'],
  ['community-protection-warning', 38, 'asb-and-safer-spaces'],
  ['community-protection-notice', 7, 'asb-and-safer-spaces'],
  ['fixed-penalty-notice', 2, 'asb-and-safer-spaces'],
  ['public-spaces-protection-order', 1, 'parks-and-open-spaces'],
]
const fy2024: ActionRecordInput[] = printed.flatMap(([power, n, priorityId]) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${power}-${i}`,
    power,
    date: `${i % 2 === 0 ? 2024 : 2025}-${String(i % 2 === 0 ? 4 + (i % 9) : 1 + (i % 3)).padStart(2, '0')}-15`,
    agency: i % 3 === 0 ? 'Derbyshire Constabulary' : 'South Derbyshire District Council',
    priorityId,
  }))
)

describe('countActionsByPower', () => {
  it("reproduces the plan's Action Taken figures from individual records", () => {
    const counts = countActionsByPower(fy2024, { from: '2024-04-01', to: '2025-03-31' })
    expect(counts.byPower).toMatchObject({
      'warning-letter': 55,
      'acceptable-behaviour-contract': 6,
      'community-protection-warning': 38,
      'community-protection-notice': 7,
      'fixed-penalty-notice': 2,
      'public-spaces-protection-order': 1,
      'civil-injunction': 0,
    })
    expect(counts.total).toBe(109)
    expect(counts.byPriority).toEqual({ 'asb-and-safer-spaces': 108, 'parks-and-open-spaces': 1 })
  })

  it('sums batch counts and excludes records outside the inclusive window', () => {
    const batch = [
      { id: 'b', power: 'warning-letter', date: '2024-04-01', agency: 'SDDC', count: 55 },
      { id: 'c', power: 'warning-letter', date: '2025-03-31', agency: 'SDDC', count: 2 },
      { id: 'd', power: 'warning-letter', date: '2025-04-01', agency: 'SDDC', count: 9 },
      { id: 'e', power: 'warning-letter', date: '2024-03-31', agency: 'SDDC' },
    ]
    expect(
      countActionsByPower(batch, { from: '2024-04-01', to: '2025-03-31' }).byPower['warning-letter']
    ).toBe(57)
  })

  it('rejects a bad window or record', () => {
    expect(() => countActionsByPower([], { from: '2025-01-02', to: '2025-01-01' })).toThrow(
      /must not be after/
    )
    expect(() =>
      countActionsByPower([{ id: 'x' }], { from: '2025-01-01', to: '2025-01-02' })
    ).toThrow(/records\[0\]/)
  })
})

describe('countActionsByPeriod', () => {
  it('splits financial years, months, quarters and calendar years', () => {
    const fy = countActionsByPeriod(fy2024, {
      from: '2023-04-01',
      to: '2025-03-31',
      period: 'financial-year',
    })
    expect(fy.map((p) => [p.label, p.from, p.to, p.total])).toEqual([
      ['2023-24', '2023-04-01', '2024-03-31', 0],
      ['2024-25', '2024-04-01', '2025-03-31', 109],
    ])
    const months = countActionsByPeriod([], {
      from: '2024-01-15',
      to: '2024-03-10',
      period: 'month',
    })
    expect(months.map((p) => [p.label, p.from, p.to])).toEqual([
      ['2024-01', '2024-01-15', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-10'],
    ])
    const quarters = countActionsByPeriod([], {
      from: '2024-11-01',
      to: '2025-01-01',
      period: 'quarter',
    })
    expect(quarters.map((p) => [p.label, p.from, p.to])).toEqual([
      ['2024-Q4', '2024-11-01', '2024-12-31'],
      ['2025-Q1', '2025-01-01', '2025-01-01'],
    ])
    const years = countActionsByPeriod([], { from: '2024-02-29', to: '2025-02-28', period: 'year' })
    expect(years.map((p) => p.label)).toEqual(['2024', '2025'])
    const jan = countActionsByPeriod([], {
      from: '2025-01-10',
      to: '2025-02-01',
      period: 'financial-year',
    })
    expect(jan.map((p) => [p.label, p.from, p.to])).toEqual([
      ['2024-25', '2025-01-10', '2025-02-01'],
    ])
  })

  it('rejects an unknown period', () => {
    expect(() =>
      countActionsByPeriod([], { from: '2025-01-01', to: '2025-02-01', period: 'week' as never })
    ).toThrow(/period must be one of/)
  })

  it('periods tile the window and add up to the window total (property)', () => {
    const day = fc.date({
      min: new Date(2020, 0, 1),
      max: new Date(2026, 11, 31),
      noInvalidDate: true,
    })
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    const record = fc.record({
      power: fc.constantFrom(...PowerId.options),
      date: day.map(iso),
      count: fc.integer({ min: 1, max: 20 }),
    })
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 30 }),
        day,
        day,
        fc.constantFrom(
          'month' as const,
          'quarter' as const,
          'year' as const,
          'financial-year' as const
        ),
        (raw, a, b, period) => {
          const [from, to] = [iso(a), iso(b)].sort() as [string, string]
          const records = raw.map((r, i) => ({ ...r, id: String(i), agency: 'X' }))
          const whole = countActionsByPower(records, { from, to })
          const parts = countActionsByPeriod(records, { from, to, period })
          expect(parts[0]?.from).toBe(from)
          expect(parts.at(-1)?.to).toBe(to)
          for (let i = 1; i < parts.length; i += 1)
            expect(parts[i]!.from > parts[i - 1]!.to).toBe(true)
          expect(parts.reduce((sum, p) => sum + p.total, 0)).toBe(whole.total)
          for (const id of PowerId.options) {
            expect(parts.reduce((sum, p) => sum + p.byPower[id], 0)).toBe(whole.byPower[id])
          }
        }
      )
    )
  })
})

describe('TSDoc examples', () => {
  it('countActionsByPeriod example', () => {
    expect(
      countActionsByPeriod(
        [
          { id: 'a', power: 'community-protection-notice', date: '2024-03-30', agency: 'SDDC' },
          {
            id: 'b',
            power: 'community-protection-notice',
            date: '2024-04-02',
            agency: 'SDDC',
            count: 6,
          },
        ],
        { from: '2023-04-01', to: '2025-03-31', period: 'financial-year' }
      ).map((p) => [p.label, p.total])
    ).toEqual([
      ['2023-24', 1],
      ['2024-25', 6],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from 'date-fns/addDays'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import {
  checkPublicationCadence,
  checkReturnPeriods,
  nextAsbPublicationDue,
} from './publication.ts'

describe('nextAsbPublicationDue', () => {
  it('is 12 calendar months later, clamping 29 February (T-02)', () => {
    expect(nextAsbPublicationDue('2024-07-15')).toBe('2025-07-15')
    expect(nextAsbPublicationDue('2024-02-29')).toBe('2025-02-28')
    expect(nextAsbPublicationDue('2023-02-28')).toBe('2024-02-28')
    expect(nextAsbPublicationDue('2024-12-31')).toBe('2025-12-31')
  })

  it('rejects a bad date', () => {
    expect(() => nextAsbPublicationDue('2024-02-30')).toThrow(/lastPublishedOn/)
  })
})

describe('checkPublicationCadence', () => {
  it('accepts publications exactly 12 months apart, in any order', () => {
    expect(checkPublicationCadence(['2024-06-30', '2023-06-30', '2025-06-30'])).toEqual([])
    expect(checkPublicationCadence(['2024-02-29', '2025-02-28'])).toEqual([])
  })

  it('flags a gap of more than 12 months with its length', () => {
    expect(checkPublicationCadence(['2023-06-30', '2024-08-01'])).toEqual([
      {
        code: 'gap-over-12-months',
        from: '2023-06-30',
        to: '2024-08-01',
        gap: { months: 13, days: 2 },
        message:
          'The figures published on 2024-08-01 came 13 months and 2 days after those of ' +
          '2023-06-30; the interval must not be more than 12 months.',
      },
    ])
  })

  it('flags a single day over, across a leap day', () => {
    const [finding] = checkPublicationCadence(['2024-02-29', '2025-03-01'])
    expect(finding?.gap).toEqual({ months: 12, days: 1 })
    expect(finding?.message).toContain('12 months and 1 day after')
  })

  it('flags each long gap separately', () => {
    const findings = checkPublicationCadence([
      '2020-04-01',
      '2022-05-01',
      '2023-04-30',
      '2024-05-02',
    ])
    expect(findings.map((f) => [f.from, f.to, f.gap])).toEqual([
      ['2020-04-01', '2022-05-01', { months: 25, days: 0 }],
      ['2023-04-30', '2024-05-02', { months: 12, days: 2 }],
    ])
  })

  it('flags an overdue next publication as of a date', () => {
    expect(checkPublicationCadence(['2024-06-30'], { asOf: '2025-06-30' })).toEqual([])
    expect(checkPublicationCadence(['2024-06-30'], { asOf: '2025-07-01' })).toEqual([
      {
        code: 'publication-overdue',
        from: '2024-06-30',
        to: '2025-07-01',
        gap: { months: 12, days: 1 },
        message:
          'No figures have been published since 2024-06-30 (12 months and 1 day by 2025-07-01); ' +
          'they were due by 2025-06-30.',
      },
    ])
  })

  it('has nothing to say about no publications or one', () => {
    expect(checkPublicationCadence([])).toEqual([])
    expect(checkPublicationCadence(['2024-06-30'])).toEqual([])
  })

  it('rejects a bad date with its index', () => {
    expect(() => checkPublicationCadence(['2024-06-30', '30/06/2025'])).toThrow(/\[1\]/)
  })

  it('never flags dates that are each at most 12 months after the one before', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2015, 0, 1), max: new Date(2020, 0, 1), noInvalidDate: true }),
        fc.array(fc.integer({ min: 0, max: 365 }), { maxLength: 8 }),
        (first, steps) => {
          const iso = (d: Date) =>
            `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
          const dates = [iso(first)]
          for (const step of steps) {
            const last = new Date(`${dates.at(-1)}T00:00:00`)
            const next = new Date(last.getFullYear(), last.getMonth(), last.getDate() + step)
            const due = nextAsbPublicationDue(dates.at(-1)!)
            dates.push(iso(next) <= due ? iso(next) : due)
          }
          expect(checkPublicationCadence(dates)).toEqual([])
        }
      )
    )
  })
})

describe('checkReturnPeriods: successive returns cover contiguous periods (s104(10))', () => {
  const fy = (y: number) => ({
    period: `${y}/${(y + 1) % 100}`,
    from: `${y}-04-01`,
    to: `${y + 1}-03-31`,
  })

  it('accepts back-to-back financial years, in any order', () => {
    expect(checkReturnPeriods([fy(2024), fy(2022), fy(2023)])).toEqual([])
    expect(checkReturnPeriods([])).toEqual([])
  })

  it('finds a gap between two published periods, naming the days no return counts', () => {
    expect(checkReturnPeriods([fy(2022), fy(2024)])).toEqual([
      {
        code: 'period-gap',
        from: '2023-04-01',
        to: '2024-03-31',
        message:
          'No published return counts 2023-04-01 to 2024-03-31: the 2022/23 return ends on ' +
          '2023-03-31 and the 2024/25 return starts on 2024-04-01. Successive returns must cover ' +
          'contiguous periods.',
      },
    ])
    const [gap] = checkReturnPeriods([
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2025-01-03', to: '2025-12-31' },
    ])
    expect(gap).toMatchObject({ code: 'period-gap', from: '2025-01-01', to: '2025-01-02' })
  })

  it('finds an overlap, where a day would be counted twice', () => {
    const [overlap] = checkReturnPeriods([fy(2023), { from: '2024-01-01', to: '2024-12-31' }])
    expect(overlap).toMatchObject({ code: 'period-overlap', from: '2024-01-01', to: '2024-03-31' })
    const inside = { from: '2023-05-01', to: '2023-05-31' }
    const after = { from: '2023-06-01', to: '2024-05-31' }
    expect(
      checkReturnPeriods([fy(2023), inside, after]).map((f) => [f.code, f.from, f.to])
    ).toEqual([
      ['period-overlap', '2023-05-01', '2023-05-31'],
      ['period-overlap', '2023-06-01', '2024-03-31'],
    ])
  })

  it('never finds anything for periods cut from one run of days (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 8 }), (lengths) => {
        let start = toDate('2020-01-01')
        const periods = lengths.map((n) => {
          const period = { from: toIsoDate(start), to: toIsoDate(addDays(start, n - 1)) }
          start = addDays(start, n)
          return period
        })
        expect(checkReturnPeriods(periods)).toEqual([])
      })
    )
  })

  it('rejects a period that runs backwards, naming it', () => {
    expect(() => checkReturnPeriods([{ from: '2024-04-01', to: '2024-03-31' }])).toThrow(
      /returns\[0\]\.to/
    )
  })
})

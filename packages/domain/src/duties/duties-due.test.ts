import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toIsoDate } from '../_lib/iso-date.ts'
import { DutyDueItem, dutiesDue } from './duties-due.ts'
import type { PartnershipConfigInput } from './partnership.ts'

const southDerbyshire: PartnershipConfigInput = {
  name: 'South Derbyshire CSP',
  tier: 'district',
  planStart: '2023-04-01',
}

const due = (p: PartnershipConfigInput, from: string, to: string, ruleId?: string) =>
  dutiesDue(p, { from, to })
    .filter((i) => ruleId === undefined || i.ruleId === ruleId)
    .map((i) => i.due)

describe('dutiesDue: crime and disorder cadence (CDA-06, CDA-07, CDA-11)', () => {
  it('gives South Derbyshire refreshes for 2024/25 and 2025/26 and a new plan for 2026-29', () => {
    const plan = dutiesDue(southDerbyshire, { from: '2023-01-01', to: '2026-12-31' }).filter(
      (i) => i.ruleId === 'CDA-07'
    )
    expect(plan.map((i) => [i.due, i.title])).toEqual([
      ['2024-04-01', 'Partnership plan 2023-26: annual refresh for year 2'],
      ['2025-04-01', 'Partnership plan 2023-26: annual refresh for year 3'],
      ['2026-04-01', 'New partnership plan 2026-29'],
    ])
    expect(plan.every((i) => i.status === 'statutory' && i.confidence === 'M')).toBe(true)
  })

  it('sends the plan to the PCC on adoption and each revision', () => {
    expect(due(southDerbyshire, '2023-01-01', '2026-12-31', 'CDA-11')).toEqual([
      '2023-04-01',
      '2024-04-01',
      '2025-04-01',
      '2026-04-01',
    ])
  })

  it('defaults the strategic assessment to the month before the plan year and allows a setting', () => {
    expect(due(southDerbyshire, '2022-01-01', '2025-12-31', 'CDA-06')).toEqual([
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ])
    const november = { ...southDerbyshire, strategicAssessmentMonth: 11 }
    expect(due(november, '2022-01-01', '2024-12-31', 'CDA-06')).toEqual([
      '2022-11-30',
      '2023-11-30',
      '2024-11-30',
    ])
    const january = { ...southDerbyshire, planStart: '2024-01-01' }
    expect(due(january, '2023-01-01', '2024-12-31', 'CDA-06')).toEqual(['2023-12-31', '2024-12-31'])
  })

  it('handles a plan starting on 29 February (leap year) without drift', () => {
    const leap = { ...southDerbyshire, planStart: '2024-02-29' }
    expect(due(leap, '2024-01-01', '2028-12-31', 'CDA-07')).toEqual([
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ])
    expect(due(leap, '2024-01-01', '2025-12-31', 'CDA-06')).toEqual(['2024-01-31', '2025-01-31'])
  })

  it('honours planYears', () => {
    const fourYears = { ...southDerbyshire, planYears: 4 }
    const titles = dutiesDue(fourYears, { from: '2027-01-01', to: '2027-12-31' }).map(
      (i) => i.title
    )
    expect(titles).toContain('New partnership plan 2027-31')
  })
})

describe('dutiesDue: interval duties', () => {
  it('ASB-10: next return 12 months after the last; later ones projected', () => {
    const p = { ...southDerbyshire, lastAsbReturnPublishedOn: '2025-06-30' }
    const items = dutiesDue(p, { from: '2025-01-01', to: '2027-12-31' }).filter(
      (i) => i.ruleId === 'ASB-10'
    )
    expect(items.map((i) => [i.due, i.projected])).toEqual([
      ['2026-06-30', false],
      ['2027-06-30', true],
    ])
  })

  it('ASB-10 across a leap day and a year end', () => {
    const leap = { ...southDerbyshire, lastAsbReturnPublishedOn: '2024-02-29' }
    expect(due(leap, '2024-01-01', '2026-12-31', 'ASB-10')).toEqual(['2025-02-28', '2026-02-28'])
    const yearEnd = { ...southDerbyshire, lastAsbReturnPublishedOn: '2024-12-31' }
    expect(due(yearEnd, '2025-01-01', '2025-12-31', 'ASB-10')).toEqual(['2025-12-31'])
  })

  it('SVD-10: annual reviews from publication, as statutory guidance', () => {
    const p = { ...southDerbyshire, svStrategyPublishedOn: '2024-01-31' }
    const items = dutiesDue(p, { from: '2024-01-01', to: '2026-12-31' }).filter(
      (i) => i.ruleId === 'SVD-10'
    )
    expect(items.map((i) => i.due)).toEqual(['2025-01-31', '2026-01-31'])
    expect(items[0]).toMatchObject({ status: 'statutory-guidance', confidence: 'M' })
    const sixMonthly = { ...p, svStrategyReviewMonths: 6 }
    expect(due(sixMonthly, '2024-01-01', '2025-01-31', 'SVD-10')).toEqual([
      '2024-07-31',
      '2025-01-31',
    ])
  })

  it('DA-09: review within each 3-year period beginning with first publication', () => {
    const p = { ...southDerbyshire, daStrategyPublishedOn: '2022-01-04' }
    const items = dutiesDue(p, { from: '2022-01-01', to: '2031-12-31' }).filter(
      (i) => i.ruleId === 'DA-09'
    )
    expect(items.map((i) => i.due)).toEqual(['2025-01-03', '2028-01-03', '2031-01-03'])
    expect(items[0]?.note).toMatch(/county \(tier-one\)/)
    const unitary = { ...p, tier: 'unitary' as const }
    expect(dutiesDue(unitary, { from: '2025-01-03', to: '2025-01-03' })[0]?.note).toBeUndefined()
  })

  it('DA-09 from 29 February uses the T-04 month-end policy', () => {
    const p = { ...southDerbyshire, daStrategyPublishedOn: '2024-02-29' }
    expect(due(p, '2024-01-01', '2030-12-31', 'DA-09')).toEqual(['2027-02-28', '2030-02-28'])
  })
})

describe('dutiesDue: Domestic Abuse Act 2021 s59 annual report (DA-10)', () => {
  const unitary: PartnershipConfigInput = { ...southDerbyshire, tier: 'unitary' }

  it('lists the annual report of a tier-one council after each financial year', () => {
    const items = dutiesDue(unitary, { from: '2027-04-01', to: '2027-06-30' }).filter(
      (i) => i.ruleId === 'DA-10'
    )
    expect(items).toEqual([
      {
        dutyId: 'domestic-abuse-act',
        ruleId: 'DA-10',
        title: 'Domestic Abuse Act annual report for 2026-27 to the Secretary of State',
        due: '2027-06-30',
        basis:
          'DA Act 2021 s59: as soon as reasonably practicable after the end of the financial year (31 March 2027). The law sets no day: shown by 30 June 2027, 3 months after (daAnnualReportMonths).',
        status: 'statutory',
        confidence: 'H',
        projected: false,
      },
    ])
  })

  it('starts with the first financial year of Part 4 (1 Oct 2021 to 31 Mar 2022)', () => {
    expect(due(unitary, '2020-01-01', '2023-12-31', 'DA-10')).toEqual(['2022-06-30', '2023-06-30'])
    const metropolitan = { ...unitary, tier: 'metropolitan-district' as const }
    expect(due(metropolitan, '2022-01-01', '2022-12-31', 'DA-10')).toEqual(['2022-06-30'])
    const sooner = { ...unitary, daAnnualReportMonths: 2 }
    expect(due(sooner, '2022-01-01', '2022-12-31', 'DA-10')).toEqual(['2022-05-31'])
  })

  it('is not a duty of a district (the county reports) or a London borough (the GLA does)', () => {
    expect(due(southDerbyshire, '2022-01-01', '2030-12-31', 'DA-10')).toEqual([])
    const london = { ...unitary, tier: 'london-borough' as const }
    expect(due(london, '2022-01-01', '2030-12-31', 'DA-10')).toEqual([])
  })
})

describe('dutiesDue: the law as it stood on a date (asAt)', () => {
  const unitary: PartnershipConfigInput = {
    ...southDerbyshire,
    tier: 'unitary',
    svStrategyPublishedOn: '2024-01-31',
    daStrategyPublishedOn: '2022-01-04',
  }
  const window = { from: '2020-01-01', to: '2026-12-31' }
  const rules = (asAt?: string) =>
    new Set(dutiesDue(unitary, window, asAt === undefined ? {} : { asAt }).map((i) => i.ruleId))

  it('leaves out duties not yet in force on the day', () => {
    expect(rules('2021-09-30')).toEqual(new Set(['CDA-06', 'CDA-07', 'CDA-11']))
    expect(rules('2021-10-01')).toEqual(new Set(['CDA-06', 'CDA-07', 'CDA-11', 'DA-09', 'DA-10']))
    expect(rules('2023-01-31')).toEqual(
      new Set(['CDA-06', 'CDA-07', 'CDA-11', 'DA-09', 'DA-10', 'SVD-10'])
    )
  })

  it('defaults to today in England, when every duty here is in force', () => {
    expect(rules()).toEqual(rules('2026-12-02'))
  })

  it('rejects a bad asAt, naming it', () => {
    expect(() => dutiesDue(unitary, window, { asAt: '2026-02-30' })).toThrow(/asAt/)
  })
})

describe('dutiesDue: errors', () => {
  it('rejects a reversed or malformed window, naming the field', () => {
    expect(() => dutiesDue(southDerbyshire, { from: '2025-02-01', to: '2025-01-01' })).toThrow(
      /from \(2025-02-01\) must not be after to/
    )
    expect(() => dutiesDue(southDerbyshire, { from: '2025-02-30', to: '2025-03-01' })).toThrow(
      /from: "2025-02-30"/
    )
  })

  it('rejects an invalid partnership with the field path', () => {
    const bad = { ...southDerbyshire, planStart: '2023-13-01' }
    expect(() => dutiesDue(bad, { from: '2025-01-01', to: '2025-12-31' })).toThrow(/planStart/)
    const month13 = { ...southDerbyshire, strategicAssessmentMonth: 13 }
    expect(() => dutiesDue(month13, { from: '2025-01-01', to: '2025-12-31' })).toThrow(
      /strategicAssessmentMonth/
    )
    const early = {
      ...southDerbyshire,
      dhrNotifications: [{ id: 'a', notifiedOn: '2025-02-01', decidedOn: '2025-01-01' }],
    }
    expect(() => dutiesDue(early, { from: '2025-01-01', to: '2025-12-31' })).toThrow(/decidedOn/)
    const dup = {
      ...southDerbyshire,
      dhrNotifications: [
        { id: 'a', notifiedOn: '2025-01-01' },
        { id: 'a', notifiedOn: '2025-01-02' },
      ],
    }
    expect(() => dutiesDue(dup, { from: '2025-01-01', to: '2025-12-31' })).toThrow(/unique/)
  })
})

describe('dutiesDue: properties', () => {
  const isoDate = (min: number, max: number) =>
    fc
      .date({ min: new Date(min, 0, 1), max: new Date(max, 11, 31), noInvalidDate: true })
      .map(toIsoDate)
  const partnership: fc.Arbitrary<PartnershipConfigInput> = fc.record(
    {
      name: fc.constant('P'),
      tier: fc.constantFrom('district' as const, 'unitary' as const),
      planStart: isoDate(2000, 2030),
      planYears: fc.integer({ min: 1, max: 5 }),
      strategicAssessmentMonth: fc.integer({ min: 1, max: 12 }),
      lastAsbReturnPublishedOn: isoDate(2000, 2030),
      svStrategyPublishedOn: isoDate(2000, 2030),
      daStrategyPublishedOn: isoDate(2000, 2030),
      dhrNotifications: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,3}$/),
          notifiedOn: isoDate(2000, 2030),
        }),
        { maxLength: 3, selector: (n) => n.id }
      ),
    },
    { requiredKeys: ['name', 'tier', 'planStart'] }
  )
  const window = fc
    .tuple(isoDate(1998, 2040), isoDate(1998, 2040))
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
  const key = (i: DutyDueItem) => JSON.stringify(i)

  it('returns valid items inside the window, sorted by date', () => {
    fc.assert(
      fc.property(partnership, window, (p, w) => {
        const items = dutiesDue(p, w)
        for (const [n, item] of items.entries()) {
          expect(DutyDueItem.parse(item)).toEqual(item)
          expect(item.due >= w.from && item.due <= w.to).toBe(true)
          if (n > 0) expect(items[n - 1]!.due <= item.due).toBe(true)
        }
      })
    )
  })

  it('never loses an item when the window widens', () => {
    fc.assert(
      fc.property(partnership, window, window, (p, a, b) => {
        const inner = dutiesDue(p, a).map(key)
        const wide = new Set(
          dutiesDue(p, {
            from: a.from < b.from ? a.from : b.from,
            to: a.to > b.to ? a.to : b.to,
          }).map(key)
        )
        for (const item of inner) expect(wide.has(item)).toBe(true)
      })
    )
  })

  it('agrees with the full window when the window is cut at any date', () => {
    fc.assert(
      fc.property(partnership, window, fc.double({ min: 0, max: 1, noNaN: true }), (p, w, f) => {
        const full = dutiesDue(p, w)
        const cut = full[Math.floor(f * (full.length - 1))]?.due ?? w.from
        expect(dutiesDue(p, { from: w.from, to: cut }).map(key)).toEqual(
          full.filter((i) => i.due <= cut).map(key)
        )
        expect(dutiesDue(p, { from: cut, to: w.to }).map(key)).toEqual(
          full.filter((i) => i.due >= cut).map(key)
        )
      })
    )
  })

  it('gives one strategic assessment per calendar year once the plan is running', () => {
    fc.assert(
      fc.property(partnership, fc.integer({ min: 2031, max: 2040 }), (p, year) => {
        expect(due(p, `${year}-01-01`, `${year}-12-31`, 'CDA-06')).toHaveLength(1)
      })
    )
  })
})

describe('dutiesDue: TSDoc example', () => {
  it('matches the documented output', () => {
    expect(
      dutiesDue(southDerbyshire, { from: '2026-01-01', to: '2026-04-30' }).map((i) => [
        i.due,
        i.title,
      ])
    ).toEqual([
      ['2026-03-31', 'Strategic assessment 2026'],
      ['2026-04-01', 'New partnership plan 2026-29'],
      ['2026-04-01', 'Send partnership plan 2026-29 to the PCC'],
    ])
  })
})

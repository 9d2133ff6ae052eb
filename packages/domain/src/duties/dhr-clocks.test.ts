import { describe, expect, it } from 'vitest'
import { dutiesDue } from './duties-due.ts'
import type { PartnershipConfigInput } from './partnership.ts'

const southDerbyshire: PartnershipConfigInput = {
  name: 'South Derbyshire CSP',
  tier: 'district',
  planStart: '2023-04-01',
}

const due = (p: PartnershipConfigInput, from: string, to: string, ruleId: string) =>
  dutiesDue(p, { from, to })
    .filter((i) => i.ruleId === ruleId)
    .map((i) => i.due)

describe('dutiesDue: DHR clocks (DHR-07, DHR-08, configurable)', () => {
  const withDhr = (n: NonNullable<PartnershipConfigInput['dhrNotifications']>[number]) => ({
    ...southDerbyshire,
    dhrNotifications: [n],
  })

  it('decision within 1 month, completion 6 months after the decision', () => {
    const items = dutiesDue(withDhr({ id: 'D1', notifiedOn: '2025-03-10' }), {
      from: '2025-01-01',
      to: '2025-12-31',
    }).filter((i) => i.reference === 'D1')
    expect(items.map((i) => [i.ruleId, i.due, i.projected])).toEqual([
      ['DHR-07', '2025-04-10', false],
      ['DHR-08', '2025-10-10', true],
    ])
    expect(items.every((i) => i.status === 'statutory-guidance' && i.confidence === 'L')).toBe(true)
  })

  it('runs clocks across month ends, leap years and year ends', () => {
    const cases: [string, string][] = [
      ['2025-01-31', '2025-02-28'],
      ['2024-01-31', '2024-02-29'],
      ['2024-12-15', '2025-01-15'],
      ['2024-12-31', '2025-01-31'],
    ]
    for (const [notifiedOn, decision] of cases) {
      expect(due(withDhr({ id: 'X', notifiedOn }), '2024-01-01', '2025-12-31', 'DHR-07')).toEqual([
        decision,
      ])
    }
  })

  it('counts completion from a recorded decision and drops it after a no-review decision', () => {
    const decided = withDhr({
      id: 'D',
      notifiedOn: '2024-08-31',
      decision: 'review',
      decidedOn: '2024-09-20',
    })
    const completion = dutiesDue(decided, { from: '2024-01-01', to: '2025-12-31' }).find(
      (i) => i.ruleId === 'DHR-08'
    )
    expect(completion).toMatchObject({ due: '2025-03-20', projected: false })
    const declined = withDhr({ id: 'D', notifiedOn: '2024-08-31', decision: 'no-review' })
    expect(due(declined, '2024-01-01', '2026-12-31', 'DHR-08')).toEqual([])
  })

  it('takes configured timescales', () => {
    const p = {
      ...withDhr({ id: 'D', notifiedOn: '2025-01-15' }),
      dhrTimescales: { decisionMonths: 2, completionMonths: 12 },
    }
    expect(
      dutiesDue(p, { from: '2025-01-01', to: '2026-12-31' })
        .filter((i) => i.reference === 'D')
        .map((i) => i.due)
    ).toEqual(['2025-03-15', '2026-03-15'])
  })

  it('treats notifications from dardrEffectiveFrom as pending DARDRs', () => {
    const p = {
      ...southDerbyshire,
      dardrEffectiveFrom: '2026-06-01',
      dhrNotifications: [
        { id: 'before', notifiedOn: '2026-05-31' },
        { id: 'after', notifiedOn: '2026-06-01' },
      ],
    }
    const items = dutiesDue(p, { from: '2026-01-01', to: '2026-07-31' })
    expect(items.find((i) => i.reference === 'before')?.dutyId).toBe('domestic-homicide-review')
    expect(items.find((i) => i.reference === 'after')).toMatchObject({
      dutyId: 'domestic-abuse-related-death-review',
      status: 'pending',
      confidence: 'UNCONFIRMED',
    })
  })
})

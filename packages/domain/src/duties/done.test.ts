import { describe, expect, it } from 'vitest'
import { dutyStatuses, partnershipAfterCompletions, type DutyCompletion } from './done.ts'
import type { PartnershipConfigInput } from './partnership.ts'

const partnership: PartnershipConfigInput = {
  name: 'South Derbyshire CSP',
  planStart: '2023-04-01',
  tier: 'district',
  lastAsbReturnPublishedOn: '2024-06-15',
}
const window = { from: '2024-01-01', to: '2025-12-31' }
const completion = (ruleId: string, due: string, doneOn: string): DutyCompletion => ({
  ruleId,
  due,
  doneOn,
  doneBy: 'Pat Analyst',
  evidence: 'https://example.org/evidence',
})

describe('duties done', () => {
  it('shows past items as done or overdue, and later ones as upcoming', () => {
    const all = dutyStatuses(partnership, window, [], '2025-06-01')
    const pcc = all.filter((i) => i.ruleId === 'CDA-11')
    expect(pcc.length).toBeGreaterThan(0)
    const first = pcc[0]!
    const done = dutyStatuses(
      partnership,
      window,
      [completion('CDA-11', first.due, first.due)],
      '2025-06-01'
    )
    const states = done.filter((i) => i.ruleId === 'CDA-11').map((i) => i.state)
    expect(states[0]).toBe('done')
    expect(all.filter((i) => i.due < '2025-06-01').every((i) => i.state === 'overdue')).toBe(true)
    expect(all.filter((i) => i.due >= '2025-06-01').every((i) => i.state === 'upcoming')).toBe(true)
  })

  it('counts the next ASB Case Review publication from the day it was done', () => {
    const before = dutyStatuses(partnership, window, [], '2025-06-01').filter(
      (i) => i.ruleId === 'ASB-10'
    )
    expect(before.map((i) => i.due)).toEqual(['2025-06-15'])
    const early = completion('ASB-10', '2025-06-15', '2025-03-01')
    expect(partnershipAfterCompletions(partnership, [early]).lastAsbReturnPublishedOn).toBe(
      '2025-03-01'
    )
    const after = dutyStatuses(
      partnership,
      { ...window, to: '2026-12-31' },
      [early],
      '2025-06-01'
    ).filter((i) => i.ruleId === 'ASB-10')
    expect(after.map((i) => [i.due, i.state])).toEqual([
      ['2025-06-15', 'done'],
      ['2026-03-01', 'upcoming'],
    ])
  })
})

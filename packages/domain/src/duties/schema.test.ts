import { describe, expect, it } from 'vitest'
import { Duty, LegislationRef, RuleConfidence, RuleId, RuleStatus } from './schema.ts'

const minimal = {
  id: 'prevent',
  title: 'Prevent duty',
  summary: 'Due regard',
  legislation: [{ instrument: 'CTSA 2015', provision: 's26' }],
  holders: ['prevent-specified-authorities'],
  obligations: [{ ruleId: 'PRE-01', text: 'Due regard', status: 'statutory', confidence: 'H' }],
  cadence: { kind: 'continuous', note: 'none' },
  status: 'statutory',
  inForceFrom: null,
  sources: ['P2'],
}

describe('duty schemas', () => {
  it('accepts a minimal duty', () => {
    expect(Duty.parse(minimal).id).toBe('prevent')
  })

  it('rejects unknown ids, statuses and confidence marks with the field path', () => {
    const bad = Duty.safeParse({ ...minimal, id: 'made-up' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.path).toEqual(['id'])
    expect(RuleStatus.safeParse('STATUTORY').success).toBe(false)
    expect(RuleConfidence.safeParse('high').success).toBe(false)
  })

  it('requires at least one obligation and one legislation reference', () => {
    expect(Duty.safeParse({ ...minimal, obligations: [] }).success).toBe(false)
    expect(Duty.safeParse({ ...minimal, legislation: [] }).success).toBe(false)
  })

  it('checks rule ids and SI numbers', () => {
    for (const id of ['CDA-06', 'PSPO-05', 'ASB-R3', 'G25-1', 'T-04']) {
      expect(RuleId.parse(id)).toBe(id)
    }
    for (const id of ['cda-06', 'CDA', 'CDA 06', ''])
      expect(RuleId.safeParse(id).success).toBe(false)
    expect(LegislationRef.safeParse({ instrument: 'Regs', si: 'SI 2007/1830' }).success).toBe(true)
    expect(LegislationRef.safeParse({ instrument: 'Regs', si: '2007/1830' }).success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { Duty, InForce, LegislationRef, RuleConfidence, RuleId, RuleStatus } from './schema.ts'

const minimal = {
  id: 'prevent',
  title: 'Prevent duty',
  summary: 'Due regard',
  legislation: [{ instrument: 'CTSA 2015', provision: 's26' }],
  holders: ['prevent-specified-authorities'],
  obligations: [
    {
      ruleId: 'PRE-01',
      text: 'Due regard',
      source: 'CTSA 2015 s26',
      status: 'statutory',
      confidence: 'H',
    },
  ],
  cadence: { kind: 'continuous', note: 'none' },
  status: 'statutory',
  inForceFrom: null,
  inForce: {
    from: null,
    to: null,
    commencement: 'not-recorded',
    basis: 'not recorded',
    confidence: 'M',
  },
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

describe('InForce', () => {
  const recorded = {
    from: '2014-10-20',
    to: null,
    commencement: 'recorded',
    basis: 'SI',
    confidence: 'H',
  }

  it('accepts the four kinds of commencement and checks their dates', () => {
    expect(InForce.parse(recorded).from).toBe('2014-10-20')
    expect(InForce.safeParse({ ...recorded, from: null }).error?.issues[0]?.path).toEqual(['from'])
    expect(InForce.safeParse({ ...recorded, commencement: 'local' }).success).toBe(false)
    expect(InForce.safeParse({ ...recorded, to: '2014-10-19' }).error?.issues[0]?.path).toEqual([
      'to',
    ])
    expect(
      InForce.parse({
        from: null,
        to: null,
        commencement: 'unconfirmed',
        setting: 'fpnMaximum500',
        basis: 'x',
        confidence: 'UNCONFIRMED',
      }).setting
    ).toBe('fpnMaximum500')
  })

  it('keeps inForceFrom and inForce.from in step', () => {
    expect(
      Duty.safeParse({ ...minimal, inForceFrom: '2015-07-01' }).error?.issues[0]?.path
    ).toEqual(['inForceFrom'])
  })
})

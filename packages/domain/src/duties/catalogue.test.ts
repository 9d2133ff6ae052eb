import { describe, expect, it } from 'vitest'
import { findDuty, statutoryDuties } from './catalogue.ts'
import { Duty, DutyId } from './schema.ts'

describe('statutoryDuties', () => {
  it('validates every duty against the Duty schema', () => {
    for (const duty of statutoryDuties) expect(() => Duty.parse(duty)).not.toThrow()
  })

  it('has exactly one duty per DutyId, including the ids the plan names', () => {
    const ids = statutoryDuties.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...DutyId.options].sort())
    for (const id of [
      'prevent',
      'serious-violence-duty',
      'domestic-abuse-act',
      'domestic-homicide-review',
      'modern-slavery-s52',
      'crime-and-disorder-strategy',
      'asb-case-review-publication',
    ]) {
      expect(ids).toContain(id)
    }
  })

  it('never presents a pending duty as in force', () => {
    const dardr = findDuty('domestic-abuse-related-death-review')
    expect(dardr?.status).toBe('pending')
    expect(dardr?.inForceFrom).toBeNull()
    expect(dardr?.obligations.every((o) => o.status === 'pending')).toBe(true)
  })

  it('marks the recalled DHR day counts as guidance with low confidence', () => {
    const dhr = findDuty('domestic-homicide-review')
    const byRule = new Map(dhr?.obligations.map((o) => [o.ruleId, o]))
    expect(byRule.get('DHR-07')).toMatchObject({ status: 'statutory-guidance', confidence: 'L' })
    expect(byRule.get('DHR-08')).toMatchObject({ status: 'statutory-guidance', confidence: 'L' })
    expect(byRule.get('DHR-04')).toMatchObject({ status: 'statutory', confidence: 'H' })
  })

  it('keeps the doc marks on sample rules', () => {
    const marks = (id: string) =>
      new Map(findDuty(id)?.obligations.map((o) => [o.ruleId, o.confidence]))
    expect(marks('crime-and-disorder-strategy').get('CDA-06')).toBe('M')
    expect(marks('crime-and-disorder-strategy').get('CDA-09')).toBe('UNCONFIRMED')
    expect(marks('crime-and-disorder-strategy').get('CDA-11')).toBe('H')
    expect(marks('domestic-abuse-act').get('DA-09')).toBe('H')
    expect(marks('domestic-abuse-act').get('DA-10')).toBe('UNCONFIRMED')
    expect(marks('asb-case-review-publication').get('ASB-10')).toBe('M')
    expect(marks('prevent').get('PRE-01')).toBe('H')
  })

  it('records commencement dates given by the doc and null where it gives none', () => {
    expect(findDuty('serious-violence-duty')?.inForceFrom).toBe('2023-01-31')
    expect(findDuty('modern-slavery-s52')?.inForceFrom).toBe('2015-11-01')
    expect(findDuty('domestic-abuse-act')?.inForceFrom).toBe('2021-10-01')
    expect(findDuty('prevent')?.inForceFrom).toBeNull()
  })

  it('names holders by legislation: the DA strategy sits with tier-one councils', () => {
    expect(findDuty('domestic-abuse-act')?.holders).toEqual([
      'tier-one-council',
      'tier-two-council',
    ])
    expect(findDuty('prevent')?.holders).toEqual(['prevent-specified-authorities'])
  })

  it('is frozen and findDuty returns undefined for unknown ids', () => {
    expect(Object.isFrozen(statutoryDuties)).toBe(true)
    expect(findDuty('no-such-duty')).toBeUndefined()
  })
})

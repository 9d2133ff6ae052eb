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
    expect(marks('domestic-abuse-act').get('DA-10')).toBe('H')
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

  it('includes CDA s17 (due regard) and s17A (sharing information) with their commencement', () => {
    const s17 = findDuty('crime-and-disorder-due-regard')
    expect(s17?.legislation[0]).toMatchObject({ provision: 's17' })
    expect(s17?.inForce).toMatchObject({ from: '1998-09-30', commencement: 'recorded' })
    expect(s17?.obligations[0]?.text).toMatch(/due regard/)
    expect(s17?.holders).toEqual(['s17-authorities'])
    const s17A = findDuty('crime-and-disorder-information-sharing')
    expect(s17A?.legislation[0]).toMatchObject({ provision: 's17A' })
    expect(s17A?.inForce.from).toBe('2007-08-01')
    expect(s17A?.obligations[0]?.text).toMatch(/depersonalised/)
  })

  it('includes the ASB Case Review information requests (Sch 4 para 7)', () => {
    const rule = findDuty('asb-case-review-procedures')?.obligations.find(
      (o) => o.ruleId === 'ASB-R7'
    )
    expect(rule).toMatchObject({
      source: expect.stringContaining('Sch 4 para 7'),
      status: 'statutory',
    })
    expect(rule?.inForce?.from).toBe('2014-10-20')
  })

  it('states the DA Act s59 annual report duty as the Act words it', () => {
    const rule = findDuty('domestic-abuse-act')?.obligations.find((o) => o.ruleId === 'DA-10')
    expect(rule?.source).toMatch(/s59/)
    expect(rule?.text).toMatch(
      /as soon as reasonably practicable after the end of each financial year/i
    )
  })

  it('includes Offensive Weapons Homicide Reviews with their pilot-only applicability', () => {
    const owhr = findDuty('offensive-weapons-homicide-review')
    expect(owhr?.applicability).toMatch(/^Pilot areas only \(SI 2023\/227\)/)
    expect(owhr?.applicability).toMatch(/not in Derbyshire/)
    expect(owhr?.legislation.map((l) => l.si ?? l.provision)).toContain('SI 2023/227')
    expect(owhr?.inForce.from).toBe('2023-04-01')
  })

  it('gives every duty and obligation a source and in-force dates, and inForceFrom agrees', () => {
    for (const duty of statutoryDuties) {
      expect(duty.inForceFrom).toBe(duty.inForce.from)
      for (const o of duty.obligations) expect(o.source.length).toBeGreaterThan(0)
    }
    expect(findDuty('domestic-abuse-related-death-review')?.inForce).toMatchObject({
      commencement: 'unconfirmed',
      setting: 'dardrEffectiveFrom',
    })
  })

  it('is frozen and findDuty returns undefined for unknown ids', () => {
    expect(Object.isFrozen(statutoryDuties)).toBe(true)
    expect(findDuty('no-such-duty')).toBeUndefined()
  })
})

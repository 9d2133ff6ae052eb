import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asbPowers } from '../actions/power-catalogue.ts'
import { statutoryDuties } from '../duties/catalogue.ts'
import { InForce } from '../duties/schema.ts'
import { Commencements, defaultCommencements } from './commencements.ts'
import { effectiveFrom, inForceOn, resolveAsAt } from './in-force.ts'
import { LawRule, findLawRule, lawRules } from './rules.ts'
import { ruleTable } from './rule-table.ts'
import { todayInEngland } from '../dates/index.ts'

describe('todayInEngland', () => {
  it('turns the day over at midnight UK time, in summer and in winter', () => {
    expect(todayInEngland(new Date('2025-06-01T22:59:59Z'))).toBe('2025-06-01')
    expect(todayInEngland(new Date('2025-06-01T23:00:00Z'))).toBe('2025-06-02')
    expect(todayInEngland(new Date('2025-12-31T23:59:59Z'))).toBe('2025-12-31')
    expect(todayInEngland(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01')
  })
})

describe('Commencements: the Crime and Policing Act 2026 provisions', () => {
  it('are all off by default, as configuration', () => {
    expect(defaultCommencements).toEqual({
      lpbThresholdReview: null,
      respectOrders: null,
      fpnMaximum500: null,
    })
    expect(Object.isFrozen(defaultCommencements)).toBe(true)
    expect(Commencements.safeParse({ respectOrders: '29/06/2026' }).error?.issues[0]?.path).toEqual(
      ['respectOrders']
    )
  })

  it('are marked unconfirmed in the rules, with the setting that switches each on', () => {
    for (const [id, setting] of [
      ['ASB-E5', 'lpbThresholdReview'],
      ['RESPECT-01', 'respectOrders'],
      ['PSPO-09', 'fpnMaximum500'],
    ] as const) {
      expect(findLawRule(id)?.inForce).toMatchObject({
        commencement: 'unconfirmed',
        setting,
        confidence: 'UNCONFIRMED',
        from: null,
      })
    }
  })
})

describe('inForceOn', () => {
  const recorded = InForce.parse({
    from: '2014-10-20',
    to: '2030-12-31',
    commencement: 'recorded',
    basis: 'x',
    confidence: 'H',
  })
  const fpn500 = findLawRule('PSPO-09')!.inForce

  it('applies a recorded commencement from its first day to its last, inclusive', () => {
    expect(inForceOn(recorded, '2014-10-19')).toBe(false)
    expect(inForceOn(recorded, '2014-10-20')).toBe(true)
    expect(inForceOn(recorded, '2030-12-31')).toBe(true)
    expect(inForceOn(recorded, '2031-01-01')).toBe(false)
  })

  it('keeps an unconfirmed provision off until its date is configured', () => {
    expect(inForceOn(fpn500, '2099-01-01')).toBe(false)
    const on = { fpnMaximum500: '2026-06-29' }
    expect(inForceOn(fpn500, '2026-06-28', on)).toBe(false)
    expect(inForceOn(fpn500, '2026-06-29', on)).toBe(true)
    expect(effectiveFrom(fpn500, on)).toBe('2026-06-29')
  })

  it('treats an unrecorded commencement as always in force and a local rule as never law', () => {
    const old = statutoryDuties.find((d) => d.id === 'prevent')!.inForce
    expect(inForceOn(old, '1990-01-01')).toBe(true)
    expect(inForceOn(findLawRule('ASB-L3')!.inForce, '2025-01-01')).toBe(false)
  })

  it('follows the DARDR switch of the partnership settings', () => {
    const dardr = statutoryDuties.find((d) => d.id === 'domestic-abuse-related-death-review')!
    expect(inForceOn(dardr.inForce, '2030-01-01')).toBe(false)
    expect(inForceOn(dardr.inForce, '2030-01-01', {}, { dardrEffectiveFrom: '2029-04-01' })).toBe(
      true
    )
  })

  it('is monotonic for an open-ended rule: once in force, in force on every later day (property)', () => {
    const day = fc
      .date({ min: new Date(2000, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, day, (from, a, b) => {
        const rule = { ...recorded, from, to: null }
        const [early, late] = a <= b ? [a, b] : [b, a]
        if (inForceOn(rule, early)) expect(inForceOn(rule, late)).toBe(true)
      })
    )
  })

  it('resolves as-at options, naming a bad field', () => {
    expect(resolveAsAt({ asAt: '2025-01-01' })).toEqual({
      asAt: '2025-01-01',
      commencements: defaultCommencements,
    })
    expect(resolveAsAt().asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(() => resolveAsAt({ asAt: '2025-13-01' })).toThrow(/asAt/)
    expect(() => resolveAsAt({ commencements: { respectOrders: 'soon' } })).toThrow(/respectOrders/)
  })
})

describe('lawRules and ruleTable', () => {
  it('validates every rule and gives each id once across the duties and the rules', () => {
    for (const rule of lawRules) expect(() => LawRule.parse(rule)).not.toThrow()
    const ids = ruleTable().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['ASB-04', 'CDA-15', 'CDA-16', 'DA-10', 'OWHR-02']))
  })

  it('knows every rule a power cites', () => {
    const ids = new Set(ruleTable().map((r) => r.id))
    for (const power of asbPowers) for (const id of power.ruleIds) expect(ids).toContain(id)
  })

  it('sorts by id, numbers in numeric order', () => {
    const cda = ruleTable()
      .map((r) => r.id)
      .filter((id) => id.startsWith('CDA-'))
    expect(cda.slice(-4)).toEqual(['CDA-14', 'CDA-15', 'CDA-16', 'CDA-17'])
  })

  it('takes an obligation its duty’s dates unless it has its own', () => {
    const row = (id: string) => ruleTable().find((r) => r.id === id)
    expect(row('DA-09')?.inForce.from).toBe('2021-10-01')
    expect(row('DA-11')?.inForce.from).toBe('2021-07-05')
    expect(row('ASB-R5')?.inForce.from).toBe('2014-05-13')
    expect(row('DHR-07')?.dutyId).toBe('domestic-homicide-review')
  })
})

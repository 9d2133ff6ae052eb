import { describe, expect, it } from 'vitest'
import { asbPowers, asbPowersOn, findPower } from './power-catalogue.ts'
import { Power, PowerId } from './powers.ts'

describe('asbPowers', () => {
  it('validates every power and covers every PowerId once', () => {
    for (const power of asbPowers) expect(() => Power.parse(power)).not.toThrow()
    expect(asbPowers.map((p) => p.id).sort()).toEqual([...PowerId.options].sort())
    expect(Object.isFrozen(asbPowers)).toBe(true)
  })

  it('uses the ids of the plan data (interventionId)', () => {
    for (const id of [
      'warning-letter',
      'acceptable-behaviour-contract',
      'community-protection-warning',
      'community-protection-notice',
      'fixed-penalty-notice',
      'public-spaces-protection-order',
    ]) {
      expect(findPower(id)?.id).toBe(id)
    }
    expect(findPower('asbo')).toBeUndefined()
  })

  it('marks warning letters and ABCs non-statutory, with no legislation', () => {
    for (const id of ['warning-letter', 'acceptable-behaviour-contract'] as const) {
      expect(findPower(id)).toMatchObject({ statutory: false, status: 'local', legislation: [] })
    }
  })

  it('encodes the checked CPW, CPN, FPN, PSPO and ABC attributes with their rule ids', () => {
    const cpn = findPower('community-protection-notice')
    expect(cpn?.minimumAge).toMatchObject({ years: 16, ruleId: 'CPN-01', confidence: 'H' })
    expect(cpn?.appeal?.window).toMatchObject({
      length: 21,
      unit: 'days',
      counting: 'beginning-with',
      ruleId: 'CPN-04',
    })
    expect(cpn?.breach?.ruleId).toBe('CPN-05')
    const cpw = findPower('community-protection-warning')
    expect(cpw?.appeal).toMatchObject({ available: false, route: { ruleId: 'CPN-08' } })
    const pspo = findPower('public-spaces-protection-order')
    expect(pspo?.appeal?.window).toMatchObject({
      length: 6,
      unit: 'weeks',
      ruleId: 'PSPO-05',
      confidence: 'H',
    })
    expect(pspo?.maxDuration).toMatchObject({
      length: 3,
      unit: 'years',
      extendable: true,
      ruleId: 'PSPO-02',
    })
    expect(pspo?.issuedBy).toEqual(['local authority'])
  })

  it('keeps local durations as local and recalled powers as low confidence', () => {
    expect(findPower('community-protection-notice')?.maxDuration).toMatchObject({
      status: 'local',
      length: 12,
    })
    expect(findPower('acceptable-behaviour-contract')?.maxDuration).toMatchObject({
      status: 'local',
      confidence: 'UNCONFIRMED',
    })
    for (const id of [
      'civil-injunction',
      'criminal-behaviour-order',
      'dispersal-direction',
      'closure-notice',
      'closure-order',
    ] as const) {
      const power = findPower(id)
      expect(power?.confidence).toBe('L')
      expect(power?.ruleIds).toEqual([])
    }
  })

  it('names every court that may grant a civil injunction, the High Court included (s1)', () => {
    const courts = findPower('civil-injunction')?.issuedBy.join('; ') ?? ''
    expect(courts).toMatch(/High Court/)
    expect(courts).toMatch(/county court/)
    expect(courts).toMatch(/youth court/)
  })

  it('rejects a statutory power without legislation', () => {
    const pspo = findPower('public-spaces-protection-order')
    const result = Power.safeParse({ ...pspo, legislation: [] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['legislation'])
  })
})

describe('asbPowersOn: the powers as they stood on a date', () => {
  const ids = (asAt?: string, commencements = {}) =>
    asbPowersOn(asAt, { commencements }).map((p) => p.id)

  it('lists only the informal tools before the 2014 Act powers came into force', () => {
    expect(ids('2014-10-19')).toEqual(['warning-letter', 'acceptable-behaviour-contract'])
  })

  it('adds Parts 2 to 4 on 20 October 2014 and Part 1 injunctions later', () => {
    expect(ids('2014-10-20')).toHaveLength(10)
    expect(ids('2014-10-20')).not.toContain('civil-injunction')
    expect(ids('2015-03-23')).toContain('civil-injunction')
  })

  it('gives every power today, in the catalogue order', () => {
    expect(ids()).toEqual(asbPowers.map((p) => p.id))
    for (const power of asbPowersOn()) expect(() => Power.parse(power)).not.toThrow()
  })

  it('describes the FPN maximum and Respect orders as configured for the day', () => {
    const fpnNotes = (asAt: string, commencements = {}) =>
      asbPowersOn(asAt, { commencements }).find((p) => p.id === 'fixed-penalty-notice')?.notes
    expect(fpnNotes('2026-07-01')).toMatch(/£100/)
    expect(fpnNotes('2026-07-01', { fpnMaximum500: '2026-06-29' })).toMatch(/£500/)
    const injunction = (commencements = {}) =>
      asbPowersOn('2026-07-01', { commencements }).find((p) => p.id === 'civil-injunction')?.notes
    expect(injunction()).not.toMatch(/Respect order/)
    expect(injunction({ respectOrders: '2026-06-29' })).toMatch(/Respect orders/)
  })

  it('mentions expedited PSPOs only once they existed (28 June 2022)', () => {
    const note = (asAt: string) =>
      asbPowersOn(asAt).find((p) => p.id === 'public-spaces-protection-order')?.maxDuration?.note
    expect(note('2022-06-27')).not.toMatch(/expedited/i)
    expect(note('2022-06-28')).toMatch(/expedited/i)
  })

  it('gives each power its in-force dates', () => {
    expect(findPower('community-protection-notice')?.inForce).toMatchObject({
      from: '2014-10-20',
      commencement: 'recorded',
    })
    expect(findPower('warning-letter')?.inForce.commencement).toBe('local')
  })
})

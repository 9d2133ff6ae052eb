import { describe, expect, it } from 'vitest'
import { asbPowers, findPower } from './power-catalogue.ts'
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

  it('encodes the checked §8 attributes with their rule ids', () => {
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

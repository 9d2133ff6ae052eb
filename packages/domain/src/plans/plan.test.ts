import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planMeasures } from '../crime/measures.ts'
import { findDuty } from '../duties/catalogue.ts'
import { southDerbyshireContacts } from './contacts.ts'
import { southDerbyshireMembers } from './members.ts'
import { planNarrativeClaims } from './narrative-claims.ts'
import { PartnershipPlan } from './schema.ts'
import { southDerbyshirePlan as plan } from './plan.ts'

const clone = () => structuredClone(plan) as PartnershipPlan
const issuesOf = (value: unknown) => {
  const result = PartnershipPlan.safeParse(value)
  if (result.success) throw new Error('expected the plan to be rejected')
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('southDerbyshirePlan', () => {
  it('parses with its schema and round-trips unchanged', () => {
    expect(PartnershipPlan.parse(clone())).toEqual(plan)
  })

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(plan)).toBe(true)
    expect(Object.isFrozen(plan.actionsTaken[0]?.period)).toBe(true)
    expect(Object.isFrozen(plan.priorities.themes[0]?.subPriorities)).toBe(true)
    expect(Object.isFrozen(southDerbyshireContacts.social[0])).toBe(true)
    expect(Object.isFrozen(southDerbyshireMembers[0])).toBe(true)
    expect(() => {
      ;(plan.asbCaseReviewReturn as { applications: number }).applications = 9
    }).toThrow(TypeError)
  })

  it('records identity, period, chair and review cadence', () => {
    expect(plan).toMatchObject({
      id: 'south-derbyshire-csp-2023-26',
      partnership: { name: 'South Derbyshire Community Safety Partnership', areaCode: 'E07000039' },
      period: { label: '2023-26', from: '2023-01-01', to: '2026-12-31' },
      chair: { name: 'Rob Pearson', title: 'Councillor' },
      reviewCadence: 'annual',
    })
  })

  it('has seven statutory and two other key members', () => {
    expect(plan.members.filter((m) => m.role === 'statutory')).toHaveLength(7)
    expect(plan.members.filter((m) => m.role === 'key').map((m) => m.name)).toEqual([
      'South Derbyshire CVS',
      'Police and Crime Commissioner for Derbyshire',
    ])
  })

  it('refers to the five statutory responsibilities by duty id', () => {
    expect(plan.statutoryResponsibilities.map((r) => r.dutyId)).toEqual([
      'prevent',
      'serious-violence-duty',
      'domestic-abuse-act',
      'domestic-homicide-review',
      'modern-slavery-s52',
    ])
  })

  it('refers only to duties in the statutory duties catalogue', () => {
    for (const { dutyId } of plan.statutoryResponsibilities)
      expect(findDuty(dutyId)?.id).toBe(dutyId)
  })

  it('has one crime table per plan measure', () => {
    expect(plan.crimeTables.map((t) => t.measure)).toEqual(planMeasures.map((m) => m.id))
  })

  it('records the 2023 narrative', () => {
    const { crimeNarrative } = plan
    expect(crimeNarrative.biggestIncreases.map((i) => [i.label, i.percent])).toEqual([
      ['Theft from a Person', 38],
      ['Serious Violence', 22],
      ['Residential Burglary', 46],
      ['Personal Robbery', 30],
    ])
    expect(crimeNarrative.topByVolume.map((t) => t.measure)).toEqual([
      null,
      null,
      'anti-social-behaviour',
    ])
  })

  it('carries the narrative claims for verifyClaim', () => {
    expect(plan.narrativeClaims).toEqual(planNarrativeClaims)
    expect(plan.narrativeClaims.length).toBeGreaterThanOrEqual(12)
  })

  it('gives every action taken a period and a source', () => {
    for (const action of plan.actionsTaken) {
      expect(action.period.label, action.id).not.toBe('')
      expect(action.source.title).toContain('Action Taken')
    }
  })

  it('gives the frequencies printed in the text to the meetings', () => {
    const frequency = (id: string) => plan.meetings.find((m) => m.id === id)?.frequency
    expect(frequency('safer-spaces')).toBe('bi-monthly')
    expect(frequency('police-and-partners')).toBe('fortnightly')
    expect(frequency('swadlincote-ops-panel')).toBe('monthly')
    expect(frequency('children-at-risk-of-exploitation')).toBe('monthly')
    expect(frequency('safe-and-sound-outreach')).toBe('weekly')
    expect(frequency('pubwatch')).toBeNull()
    expect(
      plan.meetings.find((m) => m.id === 'derbyshire-theme-groups')?.themeGroupIds
    ).toHaveLength(9)
  })
})

describe('PartnershipPlan validation', () => {
  it('rejects an action for a priority the plan does not have, naming the field', () => {
    const bad = clone()
    bad.actionsTaken[3] = { ...bad.actionsTaken[3]!, priorityId: 'knife-crime' }
    expect(issuesOf(bad)).toEqual([
      {
        path: 'actionsTaken.3.priorityId',
        message: '"knife-crime" is not a theme or sub-priority of this plan',
      },
    ])
  })

  it('rejects duplicate ids and duplicate tables', () => {
    const bad = clone()
    bad.meetings.push(bad.meetings[0]!)
    bad.crimeTables.push(bad.crimeTables[0]!)
    expect(issuesOf(bad).map((i) => i.path)).toEqual([
      `meetings.${plan.meetings.length}`,
      'crimeTables.6',
    ])
  })

  it('rejects a meeting for an unknown theme group', () => {
    const bad = clone()
    const i = bad.meetings.findIndex((m) => m.id === 'derbyshire-theme-groups')
    bad.meetings[i] = { ...bad.meetings[i]!, themeGroupIds: ['county-prevent', 'county-nope'] }
    expect(issuesOf(bad)).toEqual([
      {
        path: `meetings.${i}.themeGroupIds.1`,
        message: '"county-nope" is not a county theme group of this plan',
      },
    ])
  })

  it('rejects a duty id that is not in the catalogue', () => {
    const bad = clone()
    ;(bad.statutoryResponsibilities[0] as { dutyId: string }).dutyId = 'prevent-duty'
    expect(issuesOf(bad).map((i) => i.path)).toEqual(['statutoryResponsibilities.0.dutyId'])
  })

  it('rejects a period that ends before it starts and an unknown cadence', () => {
    const bad = {
      ...clone(),
      period: { ...plan.period, from: '2027-01-01' },
      reviewCadence: 'daily',
    }
    expect(
      issuesOf(bad)
        .map((i) => i.path)
        .sort()
    ).toEqual(['period.to', 'reviewCadence'])
  })

  it('rejects any negative count (property)', () => {
    const counts = plan.actionsTaken.flatMap((a, i) => (a.kind === 'count' ? [i] : []))
    fc.assert(
      fc.property(fc.constantFrom(...counts), fc.integer({ max: -1 }), (i, n) => {
        const bad = clone()
        bad.actionsTaken[i] = {
          ...bad.actionsTaken[i]!,
          count: n,
        } as (typeof bad.actionsTaken)[number]
        return issuesOf(bad).some((issue) => issue.path === `actionsTaken.${i}.count`)
      }),
      { numRuns: 25 }
    )
  })
})

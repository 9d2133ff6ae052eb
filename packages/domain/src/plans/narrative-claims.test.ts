import { describe, expect, it } from 'vitest'
import { planMeasures } from '../crime/measures.ts'
import { verifyClaim } from '../crime/verify-claim.ts'
import { derbyshireAreas } from '../geography/index.ts'
import type { Claim } from '../crime/claim.ts'
import { PlanNarrativeClaim } from './claim-schema.ts'
import { planNarrativeClaims } from './narrative-claims.ts'
import { crimeTables2023 } from './crime-tables-2023.ts'

const find = (predicate: (c: Claim) => boolean) =>
  planNarrativeClaims.filter((c) => predicate(c.claim)).map((c) => c.claim)

describe('planNarrativeClaims', () => {
  it('uses only known areas, plan measures and the 2023 period', () => {
    const areas = new Set(derbyshireAreas.map((a) => a.code))
    const measures = new Set(planMeasures.map((m) => m.id))
    for (const { claim } of planNarrativeClaims) {
      expect(areas.has(claim.area)).toBe(true)
      expect(measures.has(claim.measure)).toBe(true)
      expect(claim.period).toBe('2023')
    }
  })

  it('records the rank claims, including "forth lowest" for domestic abuse', () => {
    const ranks = find((c) => c.kind === 'rank').map(
      (c) => c.kind === 'rank' && [c.measure, c.order, c.position]
    )
    expect(ranks).toEqual([
      ['anti-social-behaviour', 'lowest', 2],
      ['domestic-abuse', 'lowest', 4],
      ['residential-burglary', 'lowest', 2],
      ['hate-crime', 'lowest', 3],
    ])
  })

  it('records the contradicted direction claims as the plan makes them', () => {
    expect(find((c) => c.kind === 'direction' && c.area === 'E07000039')).toEqual([
      {
        kind: 'direction',
        area: 'E07000039',
        measure: 'vehicle-crime',
        period: '2023',
        direction: 'decrease',
      },
      {
        kind: 'direction',
        area: 'E07000039',
        measure: 'serious-violence',
        period: '2023',
        direction: 'increase',
      },
      {
        kind: 'direction',
        area: 'E07000039',
        measure: 'hate-crime',
        period: '2023',
        direction: 'increase',
      },
    ])
  })

  it('records the size-of-change claims with a half-point tolerance', () => {
    expect(find((c) => c.kind === 'change')).toEqual([
      {
        kind: 'change',
        area: 'E10000007',
        measure: 'residential-burglary',
        period: '2023',
        percent: 15,
        tolerance: 0.5,
      },
      {
        kind: 'change',
        area: 'E07000039',
        measure: 'residential-burglary',
        period: '2023',
        percent: 46,
        tolerance: 0.5,
      },
      {
        kind: 'change',
        area: 'E07000039',
        measure: 'serious-violence',
        period: '2023',
        percent: 22,
        tolerance: 0.5,
      },
    ])
  })
})

describe('PlanNarrativeClaim', () => {
  const claim = planNarrativeClaims[0]!.claim
  it.each([
    [{ quote: '', claim }, 'quote'],
    [{ quote: 'q', claim: { ...claim, position: 0 } }, 'claim.position'],
    [{ quote: 'q', claim: { ...claim, area: 'South Derbyshire' } }, 'claim.area'],
    [{ quote: 'q', claim: { ...claim, kind: 'direction', direction: 'up' } }, 'claim.direction'],
  ])('rejects %j at %s', (value, path) => {
    expect(PlanNarrativeClaim.safeParse(value).error?.issues[0]?.path.join('.')).toBe(path)
  })
})

describe("planNarrativeClaims checked by verifyClaim against the plan's own tables", () => {
  it('finds exactly the three claims the tables contradict', () => {
    const contradicted = planNarrativeClaims
      .filter(
        ({ claim }) => verifyClaim(claim, crimeTables2023, derbyshireAreas).verdict !== 'supported'
      )
      .map(({ claim }) => [claim.kind, claim.area, claim.measure])
    expect(contradicted).toEqual([
      ['change', 'E10000007', 'residential-burglary'],
      ['direction', 'E07000039', 'vehicle-crime'],
      ['direction', 'E07000039', 'hate-crime'],
    ])
  })
})

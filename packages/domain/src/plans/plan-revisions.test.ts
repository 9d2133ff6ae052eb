import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas } from '../geography/index.ts'
import { PartnershipPlan } from './schema.ts'
import { southDerbyshirePlan } from './plan.ts'
import { adoptionRefusal, editRefusal, publicationRefusal, type RevisionState } from './revision.ts'
import { checkPlanClaims, reviewForAdoption } from './claim-checks.ts'
import { diffPlanRevisions } from './diff-revisions.ts'

const plan = PartnershipPlan.parse(JSON.parse(JSON.stringify(southDerbyshirePlan)))
const copy = (): PartnershipPlan => JSON.parse(JSON.stringify(plan))
const rev = (id: string, planYear: number, status: RevisionState['status']): RevisionState => ({
  id,
  planId: 'p',
  planYear,
  status,
})

describe('plan revision lifecycle', () => {
  it('adopts one revision per plan year, drafts only', () => {
    expect(adoptionRefusal(rev('b', 2024, 'draft'), [rev('a', 2023, 'adopted')])).toBeUndefined()
    expect(adoptionRefusal(rev('b', 2024, 'draft'), [rev('a', 2024, 'published')])).toMatch(
      /already adopted for 2024/
    )
    expect(adoptionRefusal(rev('b', 2024, 'adopted'), [])).toMatch(/only a draft/)
    expect(adoptionRefusal(rev('b', 2024, 'draft'), [rev('c', 2024, 'draft')])).toBeUndefined()
  })

  it('publishes adopted revisions only and edits drafts only', () => {
    expect(publicationRefusal(rev('a', 2024, 'adopted'))).toBeUndefined()
    expect(publicationRefusal(rev('a', 2024, 'draft'))).toMatch(/adopt it before/)
    expect(publicationRefusal(rev('a', 2024, 'published'))).toMatch(/already published/)
    expect(editRefusal(rev('a', 2024, 'draft'))).toBeUndefined()
    expect(editRefusal(rev('a', 2024, 'published'))).toMatch(/no longer be edited/)
  })

  it('never lets two revisions of a year be adopted, whatever the order of adoption', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2023, max: 2026 }), { maxLength: 12 }), (years) => {
        const revisions = years.map((y, i) => rev(`r${i}`, y, 'draft'))
        for (const r of revisions) {
          if (adoptionRefusal(r, revisions) === undefined) r.status = 'adopted'
        }
        const adoptedYears = revisions.filter((r) => r.status === 'adopted').map((r) => r.planYear)
        expect(new Set(adoptedYears).size).toBe(adoptedYears.length)
        expect(new Set(adoptedYears)).toEqual(new Set(years))
      })
    )
  })
})

describe("the seed's claims", () => {
  it('finds exactly the three claims the tables contradict', () => {
    const checks = checkPlanClaims(plan, plan.crimeTables, derbyshireAreas)
    const contradicted = checks.filter((c) => c.verdict === 'contradicted')
    expect(contradicted.map((c) => c.claim.measure)).toEqual([
      'residential-burglary',
      'vehicle-crime',
      'hate-crime',
    ])
    expect(contradicted.map((c) => c.index)).toEqual([2, 6, 9])
  })

  it('adoption review: tables pass, three claims need an override', () => {
    const review = reviewForAdoption(plan, [], derbyshireAreas)
    expect(review.tableFindings).toEqual([])
    expect(review.contradicted).toHaveLength(3)
    const broken = copy()
    const table = broken.crimeTables[0]!
    const county = table.rows.find((r) => r.areaCode === 'E10000007')!
    county.volume += 1
    const findings = reviewForAdoption(broken, [], derbyshireAreas).tableFindings
    expect(findings[0]?.findings.map((f) => f.code)).toContain('aggregate-mismatch')
  })
})

describe('diffPlanRevisions', () => {
  it('says nothing changed for the same plan', () => {
    expect(diffPlanRevisions(plan, copy())).toEqual([])
  })

  it('names an added priority, a linked measure, a changed figure and an added claim', () => {
    const next = copy()
    next.priorities.themes.push({
      id: 'road-safety',
      title: 'Road safety',
      printedAs: 'Road Safety',
      subPriorities: [],
    })
    next.priorities.links.push({
      priorityId: 'road-safety',
      target: { kind: 'measure', id: 'vehicle-crime' },
      basis: 'stated',
      reason: 'Because.',
    })
    next.crimeTables[0]!.rows[0]!.volume = 7864
    next.narrativeClaims.push({ ...next.narrativeClaims[0]!, quote: 'ASB fell.' })
    expect(diffPlanRevisions(plan, next)).toEqual([
      'Priority added: “Road safety”.',
      'Measure vehicle-crime linked to “Road safety”.',
      'Figure changed: anti-social-behaviour 2023, E06000015 volume 7863 → 7864.',
      'Claim added: “ASB fell.”.',
    ])
    expect(diffPlanRevisions(next, plan)).toContain('Priority removed: “Road safety”.')
  })

  it('reports each changed volume once, and nothing when changed back', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 1000 }), (t, delta) => {
        const next = copy()
        const row = next.crimeTables[t]!.rows[0]!
        row.volume += delta
        expect(diffPlanRevisions(plan, next)).toHaveLength(1)
        row.volume -= delta
        expect(diffPlanRevisions(plan, next)).toEqual([])
      }),
      { numRuns: 20 }
    )
  })
})

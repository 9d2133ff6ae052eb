import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { southDerbyshirePlan } from '../plans/plan.ts'
import { priorityDetails } from './details.ts'
import { localPriorities } from './lookup.ts'
import { southDerbyshirePriorities } from './priority-set.ts'

const all = localPriorities()
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id)

describe('priorityDetails with the bundled plan', () => {
  it("gathers a theme's measures, PCC priorities, groups and actions", () => {
    const details = priorityDetails(southDerbyshirePlan, 'asb-and-safer-spaces')
    expect(details.priority).toMatchObject({ id: 'asb-and-safer-spaces', kind: 'theme' })
    expect(ids(details.measures)).toEqual(['anti-social-behaviour'])
    expect(ids(details.pccPriorities)).toEqual([
      'pcc-asb-and-community-safety',
      'pcc-bringing-offenders-to-justice',
    ])
    expect(ids(details.themeGroups)).toEqual([
      'county-neighbourhood-crime-and-asb',
      'county-resettlement',
    ])
    expect(ids(details.actions)).toContain('asb-warning-letters')
    expect(ids(details.actions)).toContain('pspo-eureka-park')
    expect(details.links.every((l) => l.basis === 'inferred')).toBe(true)
  })

  it('gives a sub-priority only its own actions', () => {
    expect(ids(priorityDetails(southDerbyshirePlan, 'parks-and-open-spaces').actions)).toEqual([
      'pspo-eureka-park',
    ])
    expect(ids(priorityDetails(southDerbyshirePlan, 'serious-violence').actions)).toEqual([
      'op-sceptre',
      'knife-crime-board-game',
      'street-whyze-schools-support',
    ])
  })

  it('gives every action of the plan to exactly one theme', () => {
    const themes = southDerbyshirePlan.priorities.themes
    const perTheme = themes.flatMap((t) => ids(priorityDetails(southDerbyshirePlan, t.id).actions))
    expect(perTheme.sort()).toEqual(ids(southDerbyshirePlan.actionsTaken).sort())
  })

  it('throws for an unknown priority or a measure missing from the catalogue', () => {
    expect(() => priorityDetails(southDerbyshirePlan, 'knife-crime')).toThrow(RangeError)
    expect(() => priorityDetails(southDerbyshirePlan, 'violence', { measures: [] })).toThrow(
      'Priority "violence" links to unknown measure "domestic-abuse"'
    )
  })
})

describe('priorityDetails with any action records (property)', () => {
  const action = fc.record({
    id: fc.uuid(),
    priorityId: fc.constantFrom(...all.map((p) => p.id), 'not-a-priority'),
  })

  it('returns for a theme exactly the actions tagged with it or its sub-priorities', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), fc.constantFrom(...all), (actions, p) => {
        const plan = { priorities: southDerbyshirePriorities, actionsTaken: actions }
        const got = priorityDetails(plan, p.id).actions
        const mine = (a: { priorityId: string }) =>
          a.priorityId === p.id ||
          (p.kind === 'theme' && all.some((q) => q.id === a.priorityId && q.themeId === p.id))
        return JSON.stringify(got) === JSON.stringify(actions.filter(mine))
      })
    )
  })
})

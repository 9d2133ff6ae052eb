import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planMeasures } from '../crime/measures.ts'
import { PrioritySet, southDerbyshirePriorities as set } from './priority-set.ts'
import { PriorityId } from './schema.ts'

const localIds = set.themes.flatMap((t) => [t.id, ...t.subPriorities.map((s) => s.id)])

describe('southDerbyshirePriorities', () => {
  it('has the four themes with 4, 7, 3 and 4 sub-priorities', () => {
    expect(set.themes.map((t) => [t.id, t.subPriorities.length])).toEqual([
      ['asb-and-safer-spaces', 4],
      ['safeguarding-and-vulnerability', 7],
      ['violence', 3],
      ['acquisitive-and-rural-crime', 4],
    ])
  })

  it('keeps the Youth ASB strands', () => {
    const youth = set.themes[0]?.subPriorities.find((s) => s.id === 'youth-asb')
    expect(youth?.strands).toEqual(['Diversion', 'Early intervention', 'Enforcement'])
  })

  it("corrects the PCC priorities' typos but keeps the printed text", () => {
    expect(set.pccPriorities.map((p) => p.title)).toEqual([
      'Serious Violence including Violence Against Women and Girls (VAWG)',
      'Anti-Social Behaviour (ASB) and Community Safety',
      'Neighbourhood Policing',
      'Bringing Offenders to Justice',
      'Drug Dealing and Substance Misuse',
      'Supporting Victims and Safeguarding',
    ])
    expect(set.pccPriorities[3]?.printedAs).toBe('BringingOffenders to Justice...')
  })

  it('records the nine county theme groups the chart names (it says x8)', () => {
    expect(set.countyThemeGroups.map((g) => g.name)).toEqual([
      'Serious Violence',
      'VAWG',
      'Serious Organised Crime and Exploitation',
      'Neighbourhood Crime and ASB',
      'Prevent',
      'Domestic and Sexual Abuse',
      'Resettlement',
      'Cohesion and Integration',
      'Online Harm',
    ])
  })

  it('keeps every id unique across local, PCC and county ids', () => {
    const all = [
      ...localIds,
      ...set.pccPriorities.map((p) => p.id),
      ...set.countyThemeGroups.map((g) => g.id),
    ]
    expect(new Set(all).size).toBe(all.length)
  })

  it('puts every sub-priority in exactly one theme', () => {
    const subs = set.themes.flatMap((t) => t.subPriorities.map((s) => s.id))
    expect(new Set(subs).size).toBe(subs.length)
    expect(subs).toHaveLength(18)
  })

  it('links every plan measure to at least one priority', () => {
    for (const measure of planMeasures) {
      const linked = set.links.filter(
        (l) => l.target.kind === 'measure' && l.target.id === measure.id
      )
      expect(linked.length, measure.id).toBeGreaterThan(0)
    }
  })

  it('links only to PCC priorities, groups and measures that exist', () => {
    const pcc = new Set(set.pccPriorities.map((p) => p.id))
    const groups = new Set(set.countyThemeGroups.map((g) => g.id))
    const measures = new Set(planMeasures.map((m) => m.id))
    for (const { priorityId, target } of set.links) {
      expect(localIds).toContain(priorityId)
      const known = { 'pcc-priority': pcc, 'county-theme-group': groups, measure: measures }[
        target.kind
      ]
      expect(known.has(target.id), target.id).toBe(true)
    }
  })

  it('marks every link inferred, with a reason, since the plan prints none', () => {
    expect(set.links.every((l) => l.basis === 'inferred' && l.reason.length > 0)).toBe(true)
  })

  it('serves every PCC priority from some local priority', () => {
    const served = new Set(set.links.map((l) => l.target.id))
    for (const p of set.pccPriorities) expect(served.has(p.id), p.id).toBe(true)
  })

  it('is frozen', () => {
    expect(Object.isFrozen(set.themes[0]?.subPriorities[0])).toBe(true)
  })
})

describe('PrioritySet validation', () => {
  const copy = () => structuredClone(set) as PrioritySet
  const paths = (value: unknown) =>
    PrioritySet.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message])

  it('rejects a duplicate id across kinds', () => {
    const bad = copy()
    bad.pccPriorities[0]!.id = 'violence'
    // The links to the renamed PCC priority now dangle too.
    expect(paths(bad)).toContainEqual(['pccPriorities.0.id', 'duplicate id "violence"'])
  })

  it('rejects links from unknown priorities and to unknown targets', () => {
    const bad = copy()
    bad.links[0]!.priorityId = 'nope'
    bad.links[1]!.target = { kind: 'pcc-priority', id: 'pcc-nope' }
    expect(paths(bad)).toEqual([
      ['links.0.priorityId', '"nope" is not a theme or sub-priority of this set'],
      ['links.1.target.id', '"pcc-nope" is not a pcc-priority of this set'],
    ])
  })

  it('accepts any kebab-case id and rejects anything with capitals or spaces (property)', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        return PriorityId.safeParse(words.join('-')).success
      })
    )
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('A', ' ', '_', '--'), (s, bad) => {
        return !PriorityId.safeParse(`a${bad}${s}`).success
      })
    )
  })
})

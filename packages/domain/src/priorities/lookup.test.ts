import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planMeasures } from '../crime/measures.ts'
import {
  findLocalPriority,
  priorityLinksFor,
  localPriorities,
  measureIdsFor,
  pccPrioritiesFor,
  prioritiesForMeasure,
  requireLocalPriority,
  themeGroupsFor,
} from './lookup.ts'
import { southDerbyshirePriorities as set } from './priority-set.ts'

const all = localPriorities()
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id)
const anyPriority = fc.constantFrom(...all)
const anySub = fc.constantFrom(...all.filter((p) => p.kind === 'sub-priority'))

describe('localPriorities and findLocalPriority', () => {
  it('lists 4 themes and 18 sub-priorities, each theme before its subs', () => {
    expect(all).toHaveLength(22)
    expect(all[0]).toMatchObject({ id: 'asb-and-safer-spaces', kind: 'theme' })
    expect(all[1]).toMatchObject({ id: 'parks-and-open-spaces', themeId: 'asb-and-safer-spaces' })
  })

  it('finds local priorities only', () => {
    expect(findLocalPriority('burglary')?.themeId).toBe('acquisitive-and-rural-crime')
    expect(findLocalPriority('pcc-neighbourhood-policing')).toBeUndefined()
    expect(() => requireLocalPriority('knife-crime')).toThrow(
      /^Unknown local priority id "knife-crime": expected a theme \(asb-and-safer-spaces, /
    )
  })
})

describe('prioritiesForMeasure', () => {
  it.each([
    ['anti-social-behaviour', ['asb-and-safer-spaces']],
    ['domestic-abuse', ['violence', 'domestic-abuse-and-serious-sexual-violence']],
    ['serious-violence', ['violence', 'serious-violence']],
    ['hate-crime', ['safeguarding-and-vulnerability', 'hate-crime']],
    ['residential-burglary', ['acquisitive-and-rural-crime', 'burglary']],
    ['vehicle-crime', ['acquisitive-and-rural-crime', 'vehicle-crime']],
  ])('maps %s to %j', (measure, expected) => {
    expect(ids(prioritiesForMeasure(measure))).toEqual(expected)
  })

  it('gives [] for a well-formed measure no priority uses, and throws on a malformed id', () => {
    expect(prioritiesForMeasure('police-uk.bicycle-theft')).toEqual([])
    expect(() => prioritiesForMeasure('Hate Crime')).toThrow(RangeError)
  })

  it('always includes the theme of every sub-priority it returns (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...planMeasures.map((m) => m.id)), (measure) => {
        const found = prioritiesForMeasure(measure)
        return found.length > 0 && found.every((p) => found.some((q) => q.id === p.themeId))
      })
    )
  })

  it('is the inverse of measureIdsFor (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...planMeasures.map((m) => m.id)), anyPriority, (measure, p) => {
        const direct = prioritiesForMeasure(measure).some((q) => q.id === p.id)
        return !direct || measureIdsFor(p.id).includes(measure)
      })
    )
  })
})

describe('pccPrioritiesFor, themeGroupsFor and measureIdsFor', () => {
  it('resolves a theme through its sub-priorities and a sub-priority through its theme', () => {
    expect(ids(pccPrioritiesFor('violence'))).toEqual(['pcc-serious-violence-including-vawg'])
    expect(ids(pccPrioritiesFor('cuckooing-and-county-lines'))).toEqual([
      'pcc-drug-dealing-and-substance-misuse',
      'pcc-supporting-victims-and-safeguarding',
    ])
    expect(ids(themeGroupsFor('violence'))).toEqual([
      'county-serious-violence',
      'county-vawg',
      'county-domestic-and-sexual-abuse',
    ])
    expect(measureIdsFor('parks-and-open-spaces')).toEqual(['anti-social-behaviour'])
    expect(measureIdsFor('business-crime')).toEqual([])
  })

  it('links every local priority to at least one PCC priority', () => {
    for (const p of all) expect(pccPrioritiesFor(p.id).length, p.id).toBeGreaterThan(0)
  })

  it('throws for an unknown id', () => {
    expect(() => pccPrioritiesFor('pcc-neighbourhood-policing')).toThrow(RangeError)
    expect(() => themeGroupsFor('')).toThrow(RangeError)
    expect(() => priorityLinksFor('nope')).toThrow(/"nope"/)
  })

  it('gives a sub-priority nothing its theme lacks (property)', () => {
    fc.assert(
      fc.property(anySub, (sub) => {
        const theme = (f: typeof pccPrioritiesFor | typeof themeGroupsFor) => ids(f(sub.themeId))
        return (
          ids(pccPrioritiesFor(sub.id)).every((id) => theme(pccPrioritiesFor).includes(id)) &&
          ids(themeGroupsFor(sub.id)).every((id) => theme(themeGroupsFor).includes(id)) &&
          measureIdsFor(sub.id).every((id) => measureIdsFor(sub.themeId).includes(id))
        )
      })
    )
  })

  it('returns targets in the catalogue order, without duplicates (property)', () => {
    fc.assert(
      fc.property(anyPriority, (p) => {
        const pcc = ids(pccPrioritiesFor(p.id))
        const order = ids(set.pccPriorities).filter((id) => pcc.includes(id))
        return JSON.stringify(pcc) === JSON.stringify(order)
      })
    )
  })
})

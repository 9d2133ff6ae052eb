import { describe, expect, it } from 'vitest'
import { derbyshireGeography, derbyshireTopology } from '../boundaries.ts'
import {
  checkNeighbourhoodAreas,
  NeighbourhoodAreaList,
  southDerbyshireNeighbourhoodAreas,
} from './neighbourhood-areas.ts'

const wards = derbyshireTopology.objects.wards.geometries.map((g) => ({
  code: g.id,
  ...g.properties,
}))
const list = southDerbyshireNeighbourhoodAreas

describe('southDerbyshireNeighbourhoodAreas', () => {
  it('is a valid, provisional list of the six areas', () => {
    expect(NeighbourhoodAreaList.parse(list)).toEqual(list)
    expect(list.provisional).toBe(true)
    expect(list.areas.map((a) => `${a.number} ${a.name}`)).toEqual([
      '1 North West',
      '2 Repton',
      '3 North East',
      '4 Central',
      '5 Newhall and Midway',
      '6 South',
    ])
  })

  it('covers South Derbyshire’s 15 wards, each once, by their ONS codes and names', () => {
    expect(checkNeighbourhoodAreas(list, wards)).toEqual([])
    const listed = list.areas.flatMap((a) => a.wards.map((w) => w.code)).sort()
    expect(listed).toEqual(derbyshireGeography().wards('E07000039'))
    expect(listed).toHaveLength(15)
  })

  it('gives every area its wards and its wards’ LSOAs', () => {
    const geography = derbyshireGeography()
    for (const area of list.areas) {
      expect(geography.neighbourhoodAreaWards(area.code)).toEqual(
        area.wards.map((w) => w.code).sort()
      )
      expect(geography.wards(area.code)).toEqual(area.wards.map((w) => w.code).sort())
      expect(geography.lsoas(area.code).length).toBeGreaterThan(0)
    }
    expect(geography.neighbourhoodAreaShapes('E07000039').map((s) => s.code)).toEqual(
      list.areas.map((a) => a.code)
    )
  })

  it('rejects codes that are not a district code and a number', () => {
    const bad = { ...list, areas: [{ ...list.areas[0]!, code: 'North West' }] }
    expect(NeighbourhoodAreaList.safeParse(bad).success).toBe(false)
  })
})

describe('checkNeighbourhoodAreas', () => {
  const edited = (change: (areas: NeighbourhoodAreaList['areas']) => void) => {
    const copy = structuredClone(list)
    change(copy.areas)
    return checkNeighbourhoodAreas(copy, wards)
  }

  it('finds an unknown ward, a wrong name and a ward of another district, with field paths', () => {
    expect(
      edited((areas) => {
        areas[0]!.wards[0]!.code = 'E05099999'
      }).map((f) => [f.code, f.path])
    ).toEqual([
      ['unknown-ward', 'areas[0].wards[0].code'],
      ['ward-in-no-area', 'areas'],
    ])
    expect(
      edited((areas) => {
        areas[0]!.wards[0]!.name = 'Etwal'
      })
    ).toEqual([
      {
        code: 'ward-name-mismatch',
        path: 'areas[0].wards[0].name',
        message: 'E05008811 is Etwall, not Etwal',
      },
    ])
    const derbyWard = wards.find((w) => w.district === 'E06000015')!
    expect(
      edited((areas) => {
        areas[0]!.wards.push({ code: derbyWard.code, name: derbyWard.name })
      }).map((f) => f.code)
    ).toEqual(['ward-outside-district'])
  })

  it('finds a ward in two areas, a ward in none and a repeated area code', () => {
    expect(
      edited((areas) => {
        areas[1]!.wards.push(areas[0]!.wards[0]!)
      }).map((f) => f.code)
    ).toEqual(['ward-in-two-areas'])
    expect(
      edited((areas) => {
        areas[5]!.wards.pop()
      }).map((f) => f.message)
    ).toEqual(['E05008819 (Seales) is in no area'])
    expect(
      edited((areas) => {
        areas[1]!.code = areas[0]!.code
      }).map((f) => f.code)
    ).toEqual(['duplicate-area-code'])
  })
})

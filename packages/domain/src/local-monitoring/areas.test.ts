import { describe, expect, it } from 'vitest'
import { subAreasOf, unitsOfArea } from './areas.ts'

const areas = {
  E07000039: ['L1', 'L2', 'L3', 'L4'],
  N1: ['L1', 'L2', 'L3'],
  W1: ['L1', 'L2', 'L2'],
  W2: ['L3'],
  W3: ['L4'],
  E07000035: ['L9'],
  X: ['L4', 'L9'],
}

describe('unitsOfArea', () => {
  it('gives an area its units once each, and a unit itself', () => {
    expect(unitsOfArea(areas, 'W1')).toEqual(['L1', 'L2'])
    expect(unitsOfArea(areas, 'L3')).toEqual(['L3'])
  })

  it('rejects a code that is neither an area nor a unit, and a bad membership', () => {
    expect(() => unitsOfArea(areas, 'W9')).toThrow(
      'unknown area "W9": it is neither in areas nor a unit of an area'
    )
    expect(() => unitsOfArea(areas, 'constructor')).toThrow(/unknown area/)
    expect(() => unitsOfArea(undefined, 'W1')).toThrow(/areas must map/)
    expect(() => unitsOfArea({ W1: 'L1' } as never, 'W1')).toThrow(
      'areas.W1 must be a list of unit codes'
    )
  })
})

describe('subAreasOf', () => {
  it('lists areas inside the parent, then its units, never the parent or an area across its edge', () => {
    expect(subAreasOf(areas, 'E07000039')).toEqual(['N1', 'W1', 'W2', 'W3', 'L1', 'L2', 'L3', 'L4'])
    expect(subAreasOf(areas, 'N1')).toEqual(['W1', 'W2', 'L1', 'L2', 'L3'])
    expect(subAreasOf(areas, 'W2')).toEqual(['L3'])
    expect(subAreasOf(areas, 'L3')).toEqual([])
  })
})

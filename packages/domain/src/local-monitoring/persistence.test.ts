import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyPersistence, hotInQuarter, HotSpotPersistence } from './persistence.ts'

describe('hotInQuarter', () => {
  it('marks the top share of units, ties at the edge included, with at least the minimum count', () => {
    expect(
      hotInQuarter([9, 1, 4, 4, 0, 0, 0, 0, 0, 0], { hotShare: 0.2, minimumCount: 1 })
    ).toEqual([true, false, true, true, false, false, false, false, false, false])
    expect(hotInQuarter([0, 0, 0], { hotShare: 0.5, minimumCount: 1 })).toEqual([
      false,
      false,
      false,
    ])
    expect(hotInQuarter([3, 2], { hotShare: 0.1, minimumCount: 0 })).toEqual([true, false])
    expect(hotInQuarter([], { hotShare: 0.1, minimumCount: 1 })).toEqual([])
  })
})

describe('classifyPersistence', () => {
  it('follows the stated rule', () => {
    expect(classifyPersistence([true, true, true, true], 1)).toBe('persistent')
    expect(classifyPersistence([true, true, true, true, false], 1)).toBe('persistent')
    expect(classifyPersistence([false, false, false, true], 1)).toBe('emerging')
    expect(classifyPersistence([false, false, true, true, false, true, true, true], 2)).toBe(
      'intermittent'
    )
    expect(classifyPersistence([false, false, false, false, false, false, true, false], 2)).toBe(
      'emerging'
    )
    expect(classifyPersistence([true, false, false, false], 1)).toBe('former')
    expect(classifyPersistence([true, false, true, true], 1)).toBe('intermittent')
    expect(classifyPersistence([false, false, false, false], 1)).toBeNull()
  })

  it('counts a quarter with a gap as neither hot nor cold', () => {
    expect(classifyPersistence([true, null, true, true], 1)).toBe('persistent')
    expect(classifyPersistence([false, true, false, null], 1)).toBe('unknown')
    expect(classifyPersistence([null, null, null, true], 1)).toBe('unknown')
    expect(classifyPersistence([null, false, false, false], 1)).toBeNull()
  })

  it('is never emerging or former without a known quarter on both sides', () => {
    const quarters = fc.array(fc.constantFrom(true, false, null), { minLength: 2, maxLength: 12 })
    fc.assert(
      fc.property(quarters, fc.integer({ min: 1, max: 11 }), (hot, recentQuarters) => {
        const recent = Math.min(recentQuarters, hot.length - 1)
        const result = classifyPersistence(hot, recent)
        expect(result === null || HotSpotPersistence.options.includes(result)).toBe(true)
        expect(result === null).toBe(!hot.includes(true))
        const earlier = hot.slice(0, hot.length - recent)
        const late = hot.slice(hot.length - recent)
        if (result === 'emerging')
          expect([earlier.includes(true), late.includes(true)]).toEqual([false, true])
        if (result === 'former')
          expect([earlier.includes(true), late.includes(true)]).toEqual([true, false])
      })
    )
  })
})

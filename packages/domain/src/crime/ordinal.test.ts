import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cardinalWord, ordinalWord, rankPhrase } from './ordinal.ts'

describe('ordinalWord', () => {
  it('spells out first to twentieth', () => {
    expect(ordinalWord(1)).toBe('first')
    expect(ordinalWord(2)).toBe('second')
    expect(ordinalWord(3)).toBe('third')
    expect(ordinalWord(9)).toBe('ninth')
    expect(ordinalWord(12)).toBe('twelfth')
    expect(ordinalWord(20)).toBe('twentieth')
  })

  it('uses digits and the right suffix from 21', () => {
    expect([21, 22, 23, 24, 111, 112, 113, 101, 1002].map(ordinalWord)).toEqual([
      '21st',
      '22nd',
      '23rd',
      '24th',
      '111th',
      '112th',
      '113th',
      '101st',
      '1002nd',
    ])
  })

  it('rejects positions below 1 or fractional', () => {
    expect(() => ordinalWord(0)).toThrow('position must be a whole number ≥ 1, got 0')
    expect(() => ordinalWord(1.5)).toThrow(RangeError)
  })

  it('gives a distinct word for every position (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
        expect(ordinalWord(a) === ordinalWord(b)).toBe(a === b)
      })
    )
  })
})

describe('cardinalWord', () => {
  it('spells out zero to twenty, then en-GB digits', () => {
    expect(cardinalWord(0)).toBe('zero')
    expect(cardinalWord(9)).toBe('nine')
    expect(cardinalWord(20)).toBe('twenty')
    expect(cardinalWord(21)).toBe('21')
    expect(cardinalWord(1234)).toBe('1,234')
    expect(() => cardinalWord(-1)).toThrow(RangeError)
  })
})

describe('rankPhrase', () => {
  it('builds the plain-English rank', () => {
    expect(rankPhrase(1, 'lowest')).toBe('lowest')
    expect(rankPhrase(1, 'highest')).toBe('highest')
    expect(rankPhrase(2, 'lowest')).toBe('second lowest')
    expect(rankPhrase(3, 'lowest', true)).toBe('joint third lowest')
    expect(rankPhrase(4, 'highest')).toBe('fourth highest')
    expect(rankPhrase(1, 'highest', true)).toBe('joint highest')
    expect(rankPhrase(21, 'lowest')).toBe('21st lowest')
    expect(() => rankPhrase(0, 'lowest')).toThrow(RangeError)
  })
})

import { describe, expect, it } from 'vitest'
import { formatCount, formatPercent } from '../format/index.ts'
import { derbyshireAreas } from '../geography/index.ts'
import { planMeasures, type Measure } from './measures.ts'
import { areaName, countOf, inlineLabel, joinList, measureFor } from './text.ts'

const plain = (label: string): Measure => ({
  id: 'x',
  label,
  definition: 'd',
  sourceKind: 'local',
})

describe('wording helpers', () => {
  it('formats counts and percentages the en-GB way', () => {
    expect(formatCount(16481)).toBe('16,481')
    expect(formatCount(-5)).toBe('-5')
    expect(formatPercent(-6.9)).toBe('6.9%')
    expect(formatPercent(1234.5)).toBe('1,234.5%')
    expect(formatPercent(15)).toBe('15.0%')
  })

  it('joins lists without an Oxford comma', () => {
    expect(joinList(['A'])).toBe('A')
    expect(joinList(['A', 'B'])).toBe('A and B')
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('lower-cases a label mid-sentence but keeps acronyms', () => {
    expect(inlineLabel('Anti-social behaviour')).toBe('anti-social behaviour')
    expect(inlineLabel('VAWG offences')).toBe('VAWG offences')
  })

  it('names counted items from countNoun, else from the label', () => {
    const asb = measureFor(planMeasures, 'anti-social-behaviour')
    expect(countOf(asb, 1)).toBe('1 anti-social behaviour incident')
    expect(countOf(asb, 1695)).toBe('1,695 anti-social behaviour incidents')
    expect(countOf(measureFor(planMeasures, 'residential-burglary'), 2)).toBe(
      '2 residential burglaries'
    )
    expect(countOf(plain('Vehicle crime'), 2)).toBe('2 vehicle crimes')
    expect(countOf(plain('Shoplifting'), 1)).toBe('1 shoplifting crime')
  })

  it('looks up areas and measures', () => {
    expect(areaName(derbyshireAreas, 'E07000039')).toBe('South Derbyshire')
    expect(areaName(derbyshireAreas, 'E07000099')).toBe('E07000099')
    expect(() => measureFor(planMeasures, 'nope')).toThrow('unknown measure "nope"')
  })

  it('gives every plan measure a count noun', () => {
    expect(planMeasures.every((m) => m.countNoun !== undefined)).toBe(true)
  })
})

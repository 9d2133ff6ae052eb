import { derbyshireAreas } from '../geography/index.ts'
import { describe, expect, it } from 'vitest'
import { describeArea } from './describe-area.ts'
import { planMeasures, type Measure } from './measures.ts'
import { COUNTY, DERBY, FORCE, planTable, SD, withRow, withRows } from './test.ts'

describe('describeArea', () => {
  it('describes South Derbyshire ASB in plain English', () => {
    expect(
      describeArea(planTable('anti-social-behaviour'), SD, { areas: derbyshireAreas })
    ).toEqual([
      'South Derbyshire recorded 1,695 anti-social behaviour incidents in 2023, a rate of 19.5 per 1,000 residents aged 16 and over.',
      'That is the second lowest rate of the nine areas.',
      'It fell by 6.9% on the previous year.',
      'That is lower than the Derbyshire Police Force Area rate of 28.0.',
    ])
  })

  it('explains a tie at the displayed precision', () => {
    const statements = describeArea(planTable('domestic-abuse'), SD, { areas: derbyshireAreas })
    expect(statements[0]).toBe(
      'South Derbyshire recorded 1,434 domestic abuse-related crimes in 2023, a rate of 16.5 per 1,000 residents aged 16 and over.'
    )
    expect(statements[1]).toBe('That is the fourth lowest rate of the nine areas.')
    expect(statements[2]).toBe(
      'North East Derbyshire also shows 16.5 at one decimal place; on exact rates North East Derbyshire is lower.'
    )
    expect(statements[3]).toBe('It rose by 1.7% on the previous year.')
    expect(describeArea(planTable('residential-burglary'), SD, { areas: derbyshireAreas })[2]).toBe(
      'Derbyshire Dales also shows 2.4 at one decimal place; on exact rates Derbyshire Dales is higher.'
    )
  })

  it('never describes a missing trend as a fall, and says when nothing changed', () => {
    const asb = planTable('anti-social-behaviour')
    expect(
      describeArea(withRow(asb, SD, { trend: null }), SD, { areas: derbyshireAreas })
    ).toContain('No comparison with the previous year is available.')
    expect(describeArea(withRow(asb, SD, { trend: 0 }), SD, { areas: derbyshireAreas })).toContain(
      'It was unchanged on the previous year.'
    )
    expect(
      describeArea(withRow(asb, SD, { trend: null }), SD, {
        areas: derbyshireAreas,
        previousPeriod: 'the previous financial year',
      })
    ).toContain('No comparison with the previous financial year is available.')
  })

  it('ranks from the highest when asked, and says who shares an exact tie', () => {
    const asb = planTable('anti-social-behaviour')
    expect(describeArea(asb, DERBY, { areas: derbyshireAreas, order: 'highest' })[1]).toBe(
      'That is the highest rate of the nine areas.'
    )
    // Volume = population gives both a rate of exactly 1,000 per 1,000: an exact tie at the top.
    const tied = withRows(asb, (rows) =>
      rows.map((r) =>
        r.areaCode === SD
          ? { ...r, volume: 86949 }
          : r.areaCode === 'E07000033'
            ? { ...r, volume: 66282 }
            : r
      )
    )
    expect(describeArea(tied, SD, { areas: derbyshireAreas, order: 'highest' })[1]).toBe(
      'That is the joint highest rate of the nine areas, shared with Bolsover.'
    )
  })

  it('leaves out the rank for a county or force area and compares with the area above', () => {
    const statements = describeArea(planTable('anti-social-behaviour'), COUNTY, {
      areas: derbyshireAreas,
    })
    expect(statements).toEqual([
      'Derbyshire recorded 16,481 anti-social behaviour incidents in 2023, a rate of 25.0 per 1,000 residents aged 16 and over.',
      'It fell by 12.0% on the previous year.',
      'That is lower than the Derbyshire Police Force Area rate of 28.0.',
    ])
    expect(
      describeArea(planTable('anti-social-behaviour'), FORCE, { areas: derbyshireAreas })
    ).toHaveLength(2)
  })

  it('uses the measure definitions given, with a count noun or the label', () => {
    const shoplifting: Measure = {
      id: 'anti-social-behaviour',
      label: 'Shoplifting',
      definition: 'Shoplifting (police.uk).',
      sourceKind: 'police-uk',
    }
    expect(
      describeArea(planTable('anti-social-behaviour'), SD, {
        areas: derbyshireAreas,
        measures: [shoplifting],
      })[0]
    ).toMatch(/^South Derbyshire recorded 1,695 shoplifting crimes in 2023/)
    const one = withRow(planTable('hate-crime'), SD, { volume: 1 })
    expect(describeArea(one, SD, { areas: derbyshireAreas, measures: planMeasures })[0]).toMatch(
      /recorded 1 hate crime in 2023, a rate of 0\.0 /
    )
  })

  it('throws clear errors for an unknown measure, a missing area or a duplicate', () => {
    const asb = planTable('anti-social-behaviour')
    expect(() =>
      describeArea({ ...asb, measure: 'shoplifting' }, SD, { areas: derbyshireAreas })
    ).toThrow('unknown measure "shoplifting": pass its definition in options.measures')
    expect(() => describeArea(asb, 'E07000099', { areas: derbyshireAreas })).toThrow(
      'area E07000099 is not in the anti-social-behaviour 2023 table'
    )
    expect(() =>
      describeArea(
        withRows(asb, (rows) => [...rows, rows[7]!]),
        SD,
        { areas: derbyshireAreas }
      )
    ).toThrow('appears 2 times')
  })
})

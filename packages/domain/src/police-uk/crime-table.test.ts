import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCrimeTable } from '../crime/check-crime-table.ts'
import { derbyshireAreas } from '../geography/index.ts'
import { policeUkCrimeTable } from './crime-table.ts'
import { policeUkMonthsBetween } from './month.ts'
import type { PoliceUkAggregate, PoliceUkCount } from './result.ts'

const force = 'Derbyshire Constabulary'
const asb = 'Anti-social behaviour'
const southDerbyshire = 'E07000039'
const derby = 'E06000015'

function count(
  month: string,
  district: string,
  areaCode: string | null,
  n: number,
  crimeType = asb
): PoliceUkCount {
  return {
    month,
    district,
    areaCode,
    crimeType,
    measure: 'police-uk.anti-social-behaviour',
    count: n,
  } as PoliceUkCount
}

function aggregate(
  counts: PoliceUkCount[],
  gaps: PoliceUkAggregate['gaps'] = []
): PoliceUkAggregate {
  const months = [...new Set(counts.map((c) => c.month))].sort()
  return {
    rows: counts.reduce((s, c) => s + c.count, 0),
    months,
    counts,
    outsideArea: [],
    noLocation: [],
    gaps,
    errors: [],
    forceCounts: [],
    lsoaCounts: [],
    gridCounts: [],
    placement: { ownCode: 0, pointInPolygon: 0, noArea: 0 },
  }
}

function fullYear(year: number, perMonth: Record<string, number>): PoliceUkCount[] {
  return policeUkMonthsBetween(`${year}-01`, `${year}-12`).flatMap((month) =>
    Object.entries(perMonth).map(([code, n]) => {
      const name = derbyshireAreas.find((a) => a.code === code)!.name
      return count(month, name, code, n)
    })
  )
}

describe('policeUkCrimeTable', () => {
  it('sums twelve months by district, rates them, and sums the county and force area', () => {
    const table = policeUkCrimeTable(
      aggregate([
        ...fullYear(2023, { [southDerbyshire]: 150, [derby]: 600 }),
        ...fullYear(2024, { [southDerbyshire]: 140, [derby]: 660 }),
      ]),
      { areas: derbyshireAreas, measure: 'police-uk.anti-social-behaviour', year: 2024 }
    )
    const row = (code: string) => table.rows.find((r) => r.areaCode === code)
    expect(table).toMatchObject({
      measure: 'police-uk.anti-social-behaviour',
      period: '2024',
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(table.source.publisher).toBe('police.uk')
    expect(row(southDerbyshire)).toEqual({
      areaCode: southDerbyshire,
      volume: 1680,
      rate: 19.3,
      trend: -6.7,
    })
    expect(row(derby)).toEqual({ areaCode: derby, volume: 7920, rate: 37.9, trend: 10 })
    expect(row('E10000007')?.volume).toBe(1680)
    expect(row('E23000018')?.volume).toBe(9600)
    expect(table.completeness).toEqual({ complete: true, notes: [] })
    expect(checkCrimeTable(table, derbyshireAreas)).toEqual([])
  })

  it('marks a year with a missing month incomplete and never shows it as a fall', () => {
    const year = fullYear(2024, { [southDerbyshire]: 140 }).filter((c) => c.month !== '2024-03')
    const table = policeUkCrimeTable(
      aggregate([...fullYear(2023, { [southDerbyshire]: 150 }), ...year]),
      { areas: derbyshireAreas, measure: 'police-uk.anti-social-behaviour', year: 2024 }
    )
    expect(table.completeness).toEqual({
      complete: false,
      notes: ['No rows for 2024-03 (1 of 12 months).'],
    })
    expect(table.rows.every((r) => r.trend === null)).toBe(true)
  })

  it('gives no trend when only the previous year is incomplete, and says why', () => {
    const previous = fullYear(2023, { [southDerbyshire]: 150 }).filter((c) => c.month !== '2023-07')
    const table = policeUkCrimeTable(
      aggregate([...previous, ...fullYear(2024, { [southDerbyshire]: 140 })]),
      { areas: derbyshireAreas, measure: 'police-uk.anti-social-behaviour', year: 2024 }
    )
    expect(table.completeness).toEqual({
      complete: true,
      notes: ['No trend: 2023 is not complete in the imported data.'],
    })
    expect(table.rows.find((r) => r.areaCode === southDerbyshire)).toMatchObject({
      volume: 1680,
      trend: null,
    })
  })

  it('treats a crime type missing for a month as incomplete, naming the force', () => {
    const table = policeUkCrimeTable(
      aggregate(fullYear(2024, { [southDerbyshire]: 140 }), [
        {
          month: '2024-05',
          force,
          crimeType: asb,
          kind: 'missing-crime-type',
          count: 0,
          median: 140,
        },
        { month: '2024-06', force, crimeType: 'Drugs', kind: 'low-count', count: 1, median: 40 },
      ]),
      { areas: derbyshireAreas, measure: 'police-uk.anti-social-behaviour', year: 2024 }
    )
    expect(table.completeness).toEqual({
      complete: false,
      notes: [`No ${asb} rows from ${force} for 2024-05, though other months have them.`],
    })
  })

  it('leaves out districts outside the partnership', () => {
    const counts = [
      ...fullYear(2024, { [southDerbyshire]: 1 }),
      count('2024-01', 'Rushcliffe', null, 99),
    ]
    const table = policeUkCrimeTable(aggregate(counts), {
      areas: derbyshireAreas,
      measure: 'police-uk.anti-social-behaviour',
      year: 2024,
    })
    expect(table.rows.find((r) => r.areaCode === 'E23000018')?.volume).toBe(12)
  })

  it('rejects measures that police.uk cannot give, and bad years', () => {
    const empty = aggregate([])
    expect(() =>
      policeUkCrimeTable(empty, {
        areas: derbyshireAreas,
        measure: 'residential-burglary',
        year: 2024,
      })
    ).toThrow(
      /"residential-burglary" is not a police.uk measure; expected one of police-uk\.anti-social-behaviour/
    )
    expect(() =>
      policeUkCrimeTable(empty, {
        areas: derbyshireAreas,
        measure: 'police-uk.burglary',
        year: 2024.5,
      })
    ).toThrow('year must be a whole number, got 2024.5')
  })

  it('always passes checkCrimeTable for any complete import (property)', () => {
    const codes = derbyshireAreas
      .filter((a) => a.kind === 'district' || a.kind === 'unitary')
      .map((a) => a.code)
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5000 }), { minLength: codes.length, maxLength: codes.length }),
        (volumes) => {
          const perMonth = Object.fromEntries(
            codes.map((code, i) => [code, volumes[i]!]).filter(([, n]) => n !== 0)
          )
          const table = policeUkCrimeTable(aggregate(fullYear(2024, perMonth)), {
            areas: derbyshireAreas,
            measure: 'police-uk.anti-social-behaviour',
            year: 2024,
          })
          expect(checkCrimeTable(table, derbyshireAreas)).toEqual([])
          expect(table.rows.find((r) => r.areaCode === 'E23000018')?.volume).toBe(
            12 * volumes.reduce((a, b) => a + b, 0)
          )
        }
      )
    )
  })
})

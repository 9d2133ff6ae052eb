import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas, type Area } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { buildCrimeTable } from './build-crime-table.ts'
import { checkCrimeTable, CrimeTableFinding } from './check-crime-table.ts'
import {
  arbitraryAreas,
  COUNTY,
  emptyTable,
  FORCE,
  planTable,
  SD,
  source,
  withRow,
  withRows,
} from './test.ts'

const asb = planTable('anti-social-behaviour')

describe('checkCrimeTable on the plan tables', () => {
  it.each(crimeTables2023.map((t) => [t.measure, t] as const))(
    '%s reconciles: aggregates, rates and areas',
    (_measure, table) => {
      expect(checkCrimeTable(table, derbyshireAreas)).toEqual([])
    }
  )
})

describe('checkCrimeTable rules', () => {
  it('reports a county that is not the sum of its districts, and the force total it breaks', () => {
    const findings = checkCrimeTable(withRow(asb, COUNTY, { volume: 16480 }), derbyshireAreas)
    expect(findings).toEqual([
      {
        code: 'aggregate-mismatch',
        areaCode: COUNTY,
        message: 'Derbyshire volume 16,480 is not the sum of its 8 districts (16,481).',
      },
      {
        code: 'aggregate-mismatch',
        areaCode: FORCE,
        message:
          'Derbyshire Police Force Area volume 24,344 is not the sum of its 2 component areas, Derby and Derbyshire (24,343).',
      },
    ])
    findings.forEach((f) => CrimeTableFinding.parse(f))
  })

  it('reports a force area that is not county + unitaries', () => {
    expect(
      checkCrimeTable(withRow(asb, FORCE, { volume: 24345, rate: 28.0 }), derbyshireAreas)
    ).toEqual([expect.objectContaining({ code: 'aggregate-mismatch', areaCode: FORCE })])
  })

  it('reports a printed rate that is not volume × 1,000 ÷ population 16+ at 1 d.p.', () => {
    expect(checkCrimeTable(withRow(asb, SD, { rate: 19.4 }), derbyshireAreas)).toEqual([
      {
        code: 'rate-mismatch',
        areaCode: SD,
        message:
          'South Derbyshire rate 19.4 does not match 19.5 (1,695 × 1,000 ÷ 86,949 residents aged 16+).',
      },
    ])
    // Two decimals printed where one is expected is also a mismatch.
    expect(checkCrimeTable(withRow(asb, SD, { rate: 19.49 }), derbyshireAreas)[0]?.code).toBe(
      'rate-mismatch'
    )
  })

  it('checks the rate of every row, parents included', () => {
    expect(checkCrimeTable(withRow(asb, FORCE, { rate: 28.1 }), derbyshireAreas)).toEqual([
      expect.objectContaining({ code: 'rate-mismatch', areaCode: FORCE }),
    ])
  })

  it('reports a missing rate with the expected figure', () => {
    expect(checkCrimeTable(withRow(asb, SD, { rate: null }), derbyshireAreas)).toEqual([
      expect.objectContaining({
        code: 'missing-rate',
        areaCode: SD,
        message: expect.stringContaining('expected 19.5'),
      }),
    ])
  })

  it('reports a missing area, and does not also report the sum it cannot check', () => {
    const findings = checkCrimeTable(
      withRows(asb, (rows) => rows.filter((r) => r.areaCode !== SD)),
      derbyshireAreas
    )
    expect(findings).toEqual([
      {
        code: 'missing-area',
        areaCode: SD,
        message: 'South Derbyshire (E07000039) has no row in the table.',
      },
    ])
  })

  it('reports an unknown area code', () => {
    const table = withRows(asb, (rows) => [
      ...rows,
      { areaCode: 'E07000099', volume: 1, rate: 0, trend: null },
    ])
    expect(checkCrimeTable(table, derbyshireAreas)).toEqual([
      {
        code: 'unknown-area',
        areaCode: 'E07000099',
        message: 'Area code E07000099 is not one of the 11 areas the table should cover.',
      },
    ])
  })

  it('reports a duplicated area once', () => {
    const table = withRows(asb, (rows) => [...rows, { ...rows.find((r) => r.areaCode === SD)! }])
    expect(checkCrimeTable(table, derbyshireAreas)).toEqual([
      {
        code: 'duplicate-area',
        areaCode: SD,
        message: 'South Derbyshire appears 2 times in the table.',
      },
    ])
  })

  it('reports negative and fractional volumes', () => {
    expect(checkCrimeTable(withRow(asb, SD, { volume: -5 }), derbyshireAreas)).toEqual([
      { code: 'negative-volume', areaCode: SD, message: 'South Derbyshire volume -5 is negative.' },
    ])
    expect(checkCrimeTable(withRow(asb, SD, { volume: 1695.5 }), derbyshireAreas)).toEqual([
      {
        code: 'non-integer-volume',
        areaCode: SD,
        message: 'South Derbyshire volume 1695.5 is not a whole number.',
      },
    ])
  })

  it('rounds the expected rate half away from zero from the integers', () => {
    const areas: Area[] = [
      {
        code: 'E07000901',
        name: 'Halfton',
        kind: 'district',
        parentCode: null,
        population16Plus: 20_000,
        aliases: [],
      },
    ]
    const table = (rate: number) => ({
      ...emptyTable(),
      rows: [{ areaCode: 'E07000901', volume: 1, rate, trend: null }],
    })
    expect(checkCrimeTable(table(0.1), areas)).toEqual([]) // exactly 0.05 → 0.1
    expect(checkCrimeTable(table(0), areas)[0]?.code).toBe('rate-mismatch')
  })

  it('works for any geography with parent codes (property)', () => {
    fc.assert(
      fc.property(
        arbitraryAreas.chain((areas) =>
          fc.tuple(
            fc.constant(areas),
            fc.array(fc.nat(5000), { minLength: areas.length, maxLength: areas.length }),
            fc.nat(areas.length - 1),
            fc.integer({ min: 1, max: 50 })
          )
        ),
        ([areas, counts, pick, delta]) => {
          const leaves = areas.filter((a) => a.kind === 'district' || a.kind === 'unitary')
          const volumes = Object.fromEntries(
            leaves.map((a, i) => [a.code, { current: counts[i] ?? 0 }])
          )
          const table = buildCrimeTable({ ...emptyTable(), source, volumes, areas })
          expect(checkCrimeTable(table, areas)).toEqual([])
          // Changing any single volume breaks a rate or a sum (or both).
          const target = areas[pick]!
          const broken = withRow(table, target.code, {
            volume: table.rows.find((r) => r.areaCode === target.code)!.volume + delta,
          })
          const codes = checkCrimeTable(broken, areas).map((f) => f.code)
          expect(codes).toContain('aggregate-mismatch')
        }
      )
    )
  })
})

import { describe, expect, it } from 'vitest'
import { childAreas, derbyshireAreas } from '../geography/index.ts'
import { buildCrimeTable, type AreaVolumes } from './build-crime-table.ts'
import { checkCrimeTable } from './check-crime-table.ts'
import { COUNTY, DALES, DERBY, emptyTable, FORCE, planTable, SD, source } from './test.ts'

const asb = planTable('anti-social-behaviour')
const shell = { ...emptyTable(), source, areas: derbyshireAreas }
const leafVolumes = Object.fromEntries(
  asb.rows
    .filter((r) => r.areaCode !== COUNTY && r.areaCode !== FORCE)
    .map((r) => [r.areaCode, { current: r.volume }])
)

describe('buildCrimeTable', () => {
  it('rebuilds the plan ASB table from district and Derby volumes, summing county and force', () => {
    const table = buildCrimeTable({ ...shell, volumes: leafVolumes })
    const byCode = (code: string) => table.rows.find((r) => r.areaCode === code)
    expect(byCode(COUNTY)).toEqual({ areaCode: COUNTY, volume: 16481, rate: 25.0, trend: null })
    expect(byCode(FORCE)).toEqual({ areaCode: FORCE, volume: 24344, rate: 28.0, trend: null })
    for (const row of asb.rows)
      expect(byCode(row.areaCode)).toMatchObject({ volume: row.volume, rate: row.rate })
    expect(table.rows.map((r) => r.areaCode)).toEqual(derbyshireAreas.map((a) => a.code))
    expect(checkCrimeTable(table, derbyshireAreas)).toEqual([])
  })

  it('computes trends, and sums previous figures only when every child has one', () => {
    const volumes: Record<string, AreaVolumes> = Object.fromEntries(
      Object.entries(leafVolumes).map(([code, v]) => [code, { ...v, previous: v.current }])
    )
    volumes[SD] = { current: 1695, previous: 1821 }
    const table = buildCrimeTable({ ...shell, volumes })
    expect(table.rows.find((r) => r.areaCode === SD)?.trend).toBe(-6.9)
    expect(table.rows.find((r) => r.areaCode === DALES)?.trend).toBe(0)
    const countyPrevious = 16481 - 1695 + 1821
    expect(table.rows.find((r) => r.areaCode === COUNTY)?.trend).toBe(
      Math.round(((16481 - countyPrevious) / countyPrevious) * 1000) / 10
    )
    volumes[DALES] = { current: 1004 }
    const gap = buildCrimeTable({ ...shell, volumes })
    expect(gap.rows.find((r) => r.areaCode === DALES)?.trend).toBeNull()
    expect(gap.rows.find((r) => r.areaCode === COUNTY)?.trend).toBeNull()
    expect(gap.rows.find((r) => r.areaCode === FORCE)?.trend).toBeNull()
    expect(gap.rows.find((r) => r.areaCode === DERBY)?.trend).toBe(0)
  })

  it('keeps a given parent figure as given, so a wrong one shows up in checkCrimeTable', () => {
    const table = buildCrimeTable({
      ...shell,
      volumes: { ...leafVolumes, [COUNTY]: { current: 16480 } },
    })
    expect(table.rows.find((r) => r.areaCode === COUNTY)?.volume).toBe(16480)
    // The force area is summed from the county as given, so only the county is out.
    expect(table.rows.find((r) => r.areaCode === FORCE)?.volume).toBe(16480 + 7863)
    expect(checkCrimeTable(table, derbyshireAreas)).toEqual([
      expect.objectContaining({ code: 'aggregate-mismatch', areaCode: COUNTY }),
    ])
  })

  it('leaves parents out when asked, or when a child is missing', () => {
    expect(
      buildCrimeTable({ ...shell, volumes: leafVolumes, sumParents: false }).rows
    ).toHaveLength(9)
    const { [DALES]: _dales, ...withoutDales } = leafVolumes
    const table = buildCrimeTable({ ...shell, volumes: withoutDales })
    expect(table.rows.map((r) => r.areaCode)).not.toContain(COUNTY)
    expect(table.rows.map((r) => r.areaCode)).not.toContain(FORCE)
    expect(table.rows).toHaveLength(childAreas(derbyshireAreas, COUNTY).length - 1 + 1)
  })

  it('rejects unknown areas and bad volumes, naming the field', () => {
    expect(() => buildCrimeTable({ ...shell, volumes: { E07000099: { current: 1 } } })).toThrow(
      'volumes has area code E07000099, which is not one of the given areas'
    )
    expect(() => buildCrimeTable({ ...shell, volumes: { [SD]: { current: -1 } } })).toThrow(
      'volumes.E07000039.current must be a whole number ≥ 0, got -1'
    )
    expect(() =>
      buildCrimeTable({ ...shell, volumes: { [SD]: { current: 1, previous: 0.5 } } })
    ).toThrow('volumes.E07000039.previous must be a whole number ≥ 0, got 0.5')
  })

  it('rejects labels that do not make a valid table', () => {
    expect(() =>
      buildCrimeTable({ ...shell, measure: 'Anti Social', volumes: leafVolumes })
    ).toThrow(/invalid crime table[\s\S]*measure/)
    expect(() => buildCrimeTable({ ...shell, from: '2023-02-30', volumes: leafVolumes })).toThrow(
      /from/
    )
  })
})

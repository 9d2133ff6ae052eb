import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { childAreas, derbyshireAreas, type Area } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { buildCrimeTable } from './build-crime-table.ts'
import { SuppressedCrimeTable, suppressSmallNumbers } from './suppression.ts'
import type { CrimeTable } from './table.ts'
import { arbitraryAreas, COUNTY, DALES, DERBY, emptyTable, FORCE, SD, source } from './test.ts'

/** A consistent Derbyshire table from district and Derby volumes (county and force summed). */
function derbyshireTable(volumes: Record<string, number>): CrimeTable {
  const entries = Object.entries(volumes).map(([code, current]) => [code, { current }])
  return buildCrimeTable({
    ...emptyTable(),
    source,
    volumes: Object.fromEntries(entries),
    areas: derbyshireAreas,
  })
}

const districts = childAreas(derbyshireAreas, COUNTY).map((a) => a.code)
const base = Object.fromEntries([...districts.map((c, i) => [c, 40 + i * 10]), [DERBY, 500]])
const status = (table: SuppressedCrimeTable) =>
  Object.fromEntries(table.rows.filter((r) => r.suppressed).map((r) => [r.areaCode, r.suppressed]))

describe('suppressSmallNumbers', () => {
  it('leaves the plan tables alone: every count is 5 or more', () => {
    for (const table of crimeTables2023) {
      const out = suppressSmallNumbers(table, { areas: derbyshireAreas })
      expect(out.rows).toEqual(table.rows.map((r) => ({ ...r, suppressed: null })))
      expect(SuppressedCrimeTable.parse(out)).toEqual(out)
    }
  })

  it('hides a small count and the smallest other district, so the county total reveals nothing', () => {
    const out = suppressSmallNumbers(derbyshireTable({ ...base, [DALES]: 3 }), {
      areas: derbyshireAreas,
    })
    // Amber Valley (40) is the smallest other district.
    expect(status(out)).toEqual({ [DALES]: 'primary', E07000032: 'secondary' })
    expect(out.rows.find((r) => r.areaCode === DALES)).toEqual({
      areaCode: DALES,
      volume: null,
      rate: null,
      trend: null,
      suppressed: 'primary',
    })
    expect(out.rows.find((r) => r.areaCode === COUNTY)?.volume).toBe(
      3 + 40 + 50 + 60 + 80 + 90 + 100 + 110
    )
    expect(out.suppression).toEqual({
      threshold: 5,
      rule: 'Counts from 1 to 4 are not shown, nor any figure that would reveal them.',
    })
  })

  it('shows 0 and does not pick a 0 as the extra cell, which would protect nothing', () => {
    const out = suppressSmallNumbers(derbyshireTable({ ...base, [DALES]: 2, [SD]: 0 }), {
      areas: derbyshireAreas,
    })
    expect(status(out)).toEqual({ [DALES]: 'primary', E07000032: 'secondary' })
    expect(out.rows.find((r) => r.areaCode === SD)?.volume).toBe(0)
  })

  it('needs nothing more when two districts are already hidden', () => {
    const out = suppressSmallNumbers(derbyshireTable({ ...base, [DALES]: 2, [SD]: 4 }), {
      areas: derbyshireAreas,
    })
    expect(status(out)).toEqual({ [DALES]: 'primary', [SD]: 'primary' })
  })

  it('handles a hidden parent: the force total would give the county back, so Derby goes too', () => {
    const small = Object.fromEntries([...districts.map((c) => [c, 0]), [DERBY, 500]])
    const out = suppressSmallNumbers(derbyshireTable({ ...small, [DALES]: 2, [SD]: 1 }), {
      areas: derbyshireAreas,
    })
    expect(status(out)).toEqual({
      [DALES]: 'primary',
      [SD]: 'primary',
      [COUNTY]: 'primary',
      [DERBY]: 'secondary',
    })
  })

  it('follows a total the table leaves out but that can be worked out', () => {
    // No county row, but force − Derby gives it; so the districts still need a second hidden cell.
    const full = derbyshireTable({ ...base, [DALES]: 3 })
    const out = suppressSmallNumbers(
      {
        ...full,
        rows: full.rows.filter((r) => r.areaCode !== COUNTY),
      },
      { areas: derbyshireAreas }
    )
    expect(status(out)).toEqual({ [DALES]: 'primary', E07000032: 'secondary' })
    // Without the force row either, the county total is unknown and one hidden district is safe.
    const bare = {
      ...full,
      rows: full.rows.filter((r) => r.areaCode !== COUNTY && r.areaCode !== FORCE),
    }
    expect(status(suppressSmallNumbers(bare, { areas: derbyshireAreas }))).toEqual({
      [DALES]: 'primary',
    })
  })

  it('takes a local threshold', () => {
    const table = derbyshireTable({ ...base, [DALES]: 7 })
    expect(
      status(suppressSmallNumbers(table, { threshold: 10, areas: derbyshireAreas }))
    ).toMatchObject({
      [DALES]: 'primary',
    })
    expect(status(suppressSmallNumbers(table, { threshold: 7, areas: derbyshireAreas }))).toEqual(
      {}
    )
    expect(
      suppressSmallNumbers(derbyshireTable({ ...base, [DALES]: 1 }), {
        threshold: 1,
        areas: derbyshireAreas,
      }).suppression.rule
    ).toBe('No counts are suppressed.')
  })

  it('rejects a bad threshold, duplicate rows and bad volumes', () => {
    const table = derbyshireTable(base)
    expect(() => suppressSmallNumbers(table, { threshold: 0, areas: derbyshireAreas })).toThrow(
      'threshold must be a whole number ≥ 1, got 0'
    )
    expect(() => suppressSmallNumbers(table, { areas: derbyshireAreas, threshold: 2.5 })).toThrow(
      RangeError
    )
    expect(() =>
      suppressSmallNumbers(
        { ...table, rows: [...table.rows, table.rows[0]!] },
        { areas: derbyshireAreas }
      )
    ).toThrow('appears more than once')
    const negative = {
      ...table,
      rows: table.rows.map((r) => (r.areaCode === SD ? { ...r, volume: -1 } : r)),
    }
    expect(() => suppressSmallNumbers(negative, { areas: derbyshireAreas })).toThrow(
      'E07000039 volume must be a whole number ≥ 0, got -1'
    )
  })
})

/** Rank of a matrix by Gaussian elimination (the matrices here are tiny with entries 0, ±1). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r])
  let r = 0
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9)
    if (pivot < 0) continue
    ;[m[r], m[pivot]] = [m[pivot]!, m[r]!]
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue
      const f = (m[i]![c] ?? 0) / (m[r]![c] ?? 1)
      m[i] = m[i]!.map((v, j) => v - f * (m[r]![j] ?? 0))
    }
    r++
  }
  return r
}

/** Cells whose value follows from the published figures and parent = Σ children. */
function recoverable(areas: readonly Area[], published: Map<string, number | null>): string[] {
  const unknown = areas.map((a) => a.code).filter((c) => published.get(c) == null)
  const equations = areas
    .filter((a) => childAreas(areas, a.code).length > 0)
    .map((parent) => {
      const row = unknown.map(() => 0)
      const add = (code: string, k: number) => {
        const i = unknown.indexOf(code)
        if (i >= 0) row[i] = (row[i] ?? 0) + k
      }
      add(parent.code, 1)
      childAreas(areas, parent.code).forEach((c) => add(c.code, -1))
      return row
    })
  const base = rank(equations)
  return unknown.filter((code) => {
    const unit = unknown.map((c) => (c === code ? 1 : 0))
    return rank([...equations, unit]) === base
  })
}

describe('suppressSmallNumbers (property)', () => {
  const scenario = arbitraryAreas.chain((areas) =>
    fc.tuple(
      fc.constant(areas),
      fc.array(fc.oneof(fc.nat(6), fc.nat(60)), {
        minLength: areas.length,
        maxLength: areas.length,
      }),
      fc.array(fc.boolean(), { minLength: areas.length, maxLength: areas.length }),
      fc.integer({ min: 1, max: 8 })
    )
  )

  it('never leaves a hidden cell recoverable from the published figures', () => {
    fc.assert(
      fc.property(scenario, ([areas, counts, keepParent, threshold]) => {
        const leaves = areas.filter((a) => childAreas(areas, a.code).length === 0)
        const volumes = Object.fromEntries(
          leaves.map((a, i) => [a.code, { current: counts[i] ?? 0 }])
        )
        const full = buildCrimeTable({ ...emptyTable(), source, volumes, areas })
        // Some tables leave out some parent rows.
        const table = {
          ...full,
          rows: full.rows.filter(
            (r, i) => keepParent[i] || leaves.some((l) => l.code === r.areaCode)
          ),
        }
        const out = suppressSmallNumbers(table, { threshold, areas })
        const published = new Map(out.rows.map((r) => [r.areaCode, r.volume]))
        const hidden = out.rows.filter((r) => r.suppressed).map((r) => r.areaCode)

        // Every small count is hidden; nothing visible has changed.
        table.rows.forEach((row, i) => {
          const shown = out.rows[i]!
          if (row.volume >= 1 && row.volume < threshold) expect(shown.suppressed).toBe('primary')
          if (!shown.suppressed) expect(shown).toEqual({ ...row, suppressed: null })
        })
        // The rule as stated: subtracting a group's visible children from its visible total never
        // gives a hidden cell.
        for (const parent of areas) {
          const children = childAreas(areas, parent.code)
          if (children.length === 0 || published.get(parent.code) == null) continue
          const unknownChildren = children.filter((c) => published.get(c.code) == null)
          // Total minus the visible children gives the one unknown child: it must not be hidden.
          if (unknownChildren.length === 1) expect(hidden).not.toContain(unknownChildren[0]?.code)
        }
        // And stronger: no combination of the published totals pins down a hidden cell.
        const pinned = recoverable(areas, published)
        expect(hidden.filter((code) => pinned.includes(code))).toEqual([])
      }),
      { numRuns: 300 }
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas, type Area } from '../geography/index.ts'
import { AreaRank, rankArea, rankAreas } from './rank-area.ts'
import { compareRates, rateOf } from './rate.ts'
import type { CrimeTable } from './table.ts'
import {
  arbitraryAreas,
  COUNTY,
  DALES,
  DERBY,
  emptyTable,
  NED,
  planTable,
  SD,
  withRow,
  withRows,
} from './test.ts'

const lowest = { order: 'lowest', areas: derbyshireAreas } as const

describe('rankArea on the plan tables', () => {
  it('South Derbyshire ASB is second lowest of nine', () => {
    const rank = rankArea(planTable('anti-social-behaviour'), SD, lowest)
    expect(rank).toMatchObject({
      position: 2,
      of: 9,
      joint: false,
      tiedWith: [],
      phrase: 'second lowest',
    })
    expect(rank.tiedAtDisplayedPrecision).toEqual([])
    expect(AreaRank.parse(rank)).toEqual(rank)
  })

  it('South Derbyshire domestic abuse is fourth lowest on exact rates, level with NE Derbyshire at 16.5', () => {
    const rank = rankArea(planTable('domestic-abuse'), SD, lowest)
    expect(rank).toMatchObject({
      position: 4,
      joint: false,
      tiedWith: [],
      tiedAtDisplayedPrecision: [NED],
      displayedPosition: 3,
      displayedRate: '16.5',
      phrase: 'fourth lowest',
    })
    expect(rankArea(planTable('domestic-abuse'), NED, lowest)).toMatchObject({
      position: 3,
      tiedAtDisplayedPrecision: [SD],
      phrase: 'third lowest',
    })
  })

  it('South Derbyshire residential burglary is second lowest although Dales also prints 2.4', () => {
    const rank = rankArea(planTable('residential-burglary'), SD, lowest)
    expect(rank).toMatchObject({
      position: 2,
      phrase: 'second lowest',
      tiedAtDisplayedPrecision: [DALES],
    })
    expect(rankArea(planTable('residential-burglary'), DALES, lowest).phrase).toBe('third lowest')
  })

  it('South Derbyshire hate crime is third lowest', () => {
    expect(rankArea(planTable('hate-crime'), SD, lowest).phrase).toBe('third lowest')
  })

  it('counts from the top with order highest', () => {
    const asb = planTable('anti-social-behaviour')
    expect(rankArea(asb, DERBY, { order: 'highest', areas: derbyshireAreas }).phrase).toBe(
      'highest'
    )
    expect(rankArea(asb, SD, { order: 'highest', areas: derbyshireAreas }).phrase).toBe(
      'eighth highest'
    )
    expect(rankArea(asb, DALES, lowest).phrase).toBe('lowest')
  })

  it('ranks only the comparison areas present in the table', () => {
    const asb = withRows(planTable('anti-social-behaviour'), (rows) =>
      rows.filter((r) => r.areaCode !== DALES)
    )
    expect(rankArea(asb, SD, lowest)).toMatchObject({ position: 1, of: 8, phrase: 'lowest' })
  })
})

const tiny: Area[] = [1000, 2000, 3000, 4000].map((population16Plus, i) => ({
  code: `E0700090${i}`,
  name: `Area ${i}`,
  kind: 'district',
  parentCode: null,
  population16Plus,
  aliases: [],
}))

function tinyTable(volumes: number[]): CrimeTable {
  return {
    ...emptyTable(),
    rows: volumes.map((volume, i) => ({
      areaCode: `E0700090${i}`,
      volume,
      rate: null,
      trend: null,
    })),
  }
}

describe('rankArea ties', () => {
  it('gives exactly equal rates a shared position and skips the next (1, 2, 2, 4)', () => {
    // Rates 1, 2, 2 and 2.5 per 1,000.
    const ranks = rankAreas(tinyTable([1, 4, 6, 10]), { order: 'lowest', areas: tiny })
    expect(ranks.map((r) => [r.areaCode, r.position, r.phrase])).toEqual([
      ['E07000900', 1, 'lowest'],
      ['E07000901', 2, 'joint second lowest'],
      ['E07000902', 2, 'joint second lowest'],
      ['E07000903', 4, 'fourth lowest'],
    ])
    expect(ranks[1]).toMatchObject({
      joint: true,
      tiedWith: ['E07000902'],
      tiedAtDisplayedPrecision: ['E07000902'],
    })
  })

  it('uses exact rates, not the printed ones', () => {
    // 1 in 3,000 (0.333… per 1,000) and 3 in 10,000 (0.3) both print as 0.3.
    const areas = [3000, 10_000].map((population16Plus, i) => ({ ...tiny[i]!, population16Plus }))
    const ranks = rankAreas(tinyTable([1, 3]), { order: 'lowest', areas })
    expect(ranks.map((r) => r.displayedRate)).toEqual(['0.3', '0.3'])
    expect(ranks.map((r) => r.position)).toEqual([1, 2])
    expect(ranks.every((r) => !r.joint)).toBe(true)
  })
})

describe('rankArea errors', () => {
  const asb = planTable('anti-social-behaviour')

  it('refuses an area that is not in the table', () => {
    expect(() => rankArea(asb, 'E07000099', lowest)).toThrow(
      'area E07000099 is not in the anti-social-behaviour 2023 table'
    )
  })

  it('refuses a county or force area: they are sums, not peers', () => {
    expect(() => rankArea(asb, COUNTY, lowest)).toThrow(
      'Derbyshire (E10000007) is a county, not a comparison area: only districts and unitaries are ranked'
    )
  })

  it('names the kind of a force area in words', () => {
    expect(() => rankArea(asb, 'E23000018', lowest)).toThrow(
      'is a force area, not a comparison area'
    )
  })

  it('refuses an area the area list does not know', () => {
    expect(() => rankArea(asb, SD, { order: 'lowest', areas: tiny })).toThrow(
      'not one of the given areas'
    )
  })

  it('refuses duplicated rows, bad volumes and a bad order', () => {
    const dup = withRows(asb, (rows) => [...rows, { ...rows[0]! }])
    expect(() => rankArea(dup, SD, lowest)).toThrow('Derby (E06000015) appears 2 times')
    expect(() => rankArea(withRow(asb, DALES, { volume: -1 }), SD, lowest)).toThrow(
      'Derbyshire Dales (E07000035): volume must be a whole number ≥ 0, got -1'
    )
    expect(() =>
      rankArea(asb, SD, { areas: derbyshireAreas, order: 'middle' as 'lowest' })
    ).toThrow()
  })
})

describe('rankAreas (property)', () => {
  const scenario = arbitraryAreas.chain((areas) =>
    fc.tuple(
      fc.constant(areas),
      // Few distinct small volumes so that exact ties happen often.
      fc.array(fc.nat(6), { minLength: areas.length, maxLength: areas.length }),
      fc.array(fc.constantFrom(1000, 2000, 3000), {
        minLength: areas.length,
        maxLength: areas.length,
      }),
      fc.constantFrom('lowest' as const, 'highest' as const)
    )
  )

  it('is a valid competition ranking consistent with the exact rates', () => {
    fc.assert(
      fc.property(scenario, ([areas, counts, populations, order]) => {
        // Populations from a small set make exact ties between different volumes likely.
        const base = areas.map((a, i) => ({ ...a, population16Plus: populations[i] ?? 1000 }))
        const table: CrimeTable = {
          ...emptyTable(),
          rows: base.map((a, i) => ({
            areaCode: a.code,
            volume: counts[i] ?? 0,
            rate: null,
            trend: null,
          })),
        }
        const ranks = rankAreas(table, { order, areas: base })
        const compared = base.filter((a) => a.kind === 'district' || a.kind === 'unitary')
        expect(ranks.map((r) => r.areaCode).sort()).toEqual(compared.map((a) => a.code).sort())
        const rate = (r: AreaRank) => rateOf(r.volume, r.population)
        const sign = order === 'lowest' ? 1 : -1
        ranks.forEach((r, i) => {
          const ahead = ranks.filter((o) => compareRates(rate(o), rate(r)) === -sign).length
          const same = ranks.filter((o) => o !== r && compareRates(rate(o), rate(r)) === 0)
          expect(r.position).toBe(ahead + 1)
          expect(r.tiedWith.sort()).toEqual(same.map((o) => o.areaCode).sort())
          expect(r.joint).toBe(same.length > 0)
          expect(r.of).toBe(compared.length)
          const next = ranks[i + 1]
          if (next) {
            expect(next.position).toBeGreaterThanOrEqual(r.position)
            expect(sign * compareRates(rate(r), rate(next))).toBeLessThanOrEqual(0)
          }
          const reverse = rankArea(table, r.areaCode, {
            order: order === 'lowest' ? 'highest' : 'lowest',
            areas: base,
          })
          expect(r.position + reverse.position + same.length).toBe(compared.length + 1)
        })
        expect(ranks[0]?.position ?? 1).toBe(1)
      })
    )
  })
})

it('defaults to the Derbyshire areas', () => {
  expect(rankArea(planTable('vehicle-crime'), SD, lowest).of).toBe(derbyshireAreas.length - 2)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparisonAreas, derbyshireAreas } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { Claim, ClaimVerification } from './claim.ts'
import { rankArea } from './rank-area.ts'
import { COUNTY, planTable, SD, withRow } from './test.ts'
import { verifyClaim } from './verify-claim.ts'

const about = { area: SD, period: '2023' }
const rank = (measure: string, position: number, order: 'lowest' | 'highest' = 'lowest') =>
  ({ kind: 'rank', ...about, measure, order, position }) as const
const direction = (measure: string, dir: 'increase' | 'decrease') =>
  ({ kind: 'direction', ...about, measure, direction: dir }) as const
const change = (measure: string, percent: number, tolerance?: number) =>
  ({ kind: 'change', ...about, measure, percent, tolerance }) as const

describe('verifyClaim: rank', () => {
  it('supports "second lowest ASB rate" with the figures used', () => {
    const result = verifyClaim(rank('anti-social-behaviour', 2), crimeTables2023, derbyshireAreas)
    expect(result.verdict).toBe('supported')
    expect(result.evidence.text).toBe(
      'South Derbyshire had the second lowest anti-social behaviour rate of the nine areas in 2023 (19.5 per 1,000 residents aged 16 and over), as claimed.'
    )
    expect(result.evidence.figures).toMatchObject({
      volume: 1695,
      population: 86949,
      rate: '19.5',
      position: 2,
      of: 9,
    })
    expect(ClaimVerification.parse(result)).toEqual(result)
  })

  it('contradicts "third lowest domestic abuse" and says it holds only on the rounded 16.5', () => {
    const result = verifyClaim(rank('domestic-abuse', 3), crimeTables2023, derbyshireAreas)
    expect(result.verdict).toBe('contradicted')
    expect(result.evidence.text).toBe(
      'The claim says South Derbyshire had the third lowest domestic abuse rate in 2023; on exact rates it had the fourth lowest of the nine areas (16.5 per 1,000 residents aged 16 and over). At one decimal place it shows the same rate as North East Derbyshire (16.5), so on the rounded figures it would be joint third lowest. The claimed position holds only on the rounded figures.'
    )
    expect(result.evidence.figures).toMatchObject({
      position: 4,
      claimedPosition: 3,
      displayedPosition: 3,
    })
  })

  it('supports "fourth lowest domestic abuse" and still mentions the displayed tie', () => {
    const result = verifyClaim(rank('domestic-abuse', 4), crimeTables2023, derbyshireAreas)
    expect(result.verdict).toBe('supported')
    expect(result.evidence.text).toContain('same rate as North East Derbyshire (16.5)')
    expect(result.evidence.text).not.toContain('holds only')
  })

  it('contradicts a position far from both the exact and the rounded rank', () => {
    const result = verifyClaim(rank('hate-crime', 1), crimeTables2023, derbyshireAreas)
    expect(result.verdict).toBe('contradicted')
    expect(result.evidence.text).toContain('on exact rates it had the third lowest')
  })

  it('checks claims counted from the highest', () => {
    expect(
      verifyClaim(rank('vehicle-crime', 3, 'highest'), crimeTables2023, derbyshireAreas).verdict
    ).toBe('supported')
    expect(
      verifyClaim(rank('vehicle-crime', 3, 'lowest'), crimeTables2023, derbyshireAreas).verdict
    ).toBe('contradicted')
  })

  it('cannot rank a county', () => {
    const result = verifyClaim(
      { ...rank('hate-crime', 1), area: COUNTY },
      crimeTables2023,
      derbyshireAreas
    )
    expect(result).toEqual({
      verdict: 'unverifiable',
      evidence: {
        text: 'Derbyshire is a county: only districts and unitaries are ranked.',
        figures: {},
      },
    })
  })

  it('cannot rank a table with a broken row', () => {
    const broken = [withRow(planTable('hate-crime'), 'E07000035', { volume: -3 })]
    const result = verifyClaim(rank('hate-crime', 3), broken, derbyshireAreas)
    expect(result.verdict).toBe('unverifiable')
    expect(result.evidence.text).toContain('volume must be a whole number ≥ 0, got -3')
  })

  it('agrees with rankArea for every area, table and position (property)', () => {
    const areas = comparisonAreas(derbyshireAreas)
    fc.assert(
      fc.property(
        fc.constantFrom(...crimeTables2023),
        fc.constantFrom(...areas),
        fc.constantFrom('lowest' as const, 'highest' as const),
        fc.integer({ min: 1, max: 12 }),
        (table, area, order, position) => {
          const actual = rankArea(table, area.code, { areas: derbyshireAreas, order }).position
          const claim = {
            kind: 'rank',
            area: area.code,
            measure: table.measure,
            period: '2023',
            order,
            position,
          } as const
          expect(verifyClaim(claim, crimeTables2023, derbyshireAreas).verdict).toBe(
            position === actual ? 'supported' : 'contradicted'
          )
        }
      )
    )
  })
})

describe('verifyClaim: direction', () => {
  it('supports a fall that happened and contradicts a rise that did not', () => {
    const fell = verifyClaim(
      direction('anti-social-behaviour', 'decrease'),
      crimeTables2023,
      derbyshireAreas
    )
    expect(fell.verdict).toBe('supported')
    expect(fell.evidence.text).toBe(
      "South Derbyshire's anti-social behaviour fell by 6.9% in 2023 compared with the previous period, as claimed."
    )
    expect(fell.evidence.figures).toEqual({
      trend: -6.9,
      direction: 'decrease',
      claimedDirection: 'decrease',
    })
    expect(
      verifyClaim(direction('anti-social-behaviour', 'increase'), crimeTables2023, derbyshireAreas)
        .verdict
    ).toBe('contradicted')
    expect(
      verifyClaim(direction('residential-burglary', 'increase'), crimeTables2023, derbyshireAreas)
        .verdict
    ).toBe('supported')
  })

  it('treats 0 as neither an increase nor a decrease', () => {
    const tables = [withRow(planTable('hate-crime'), SD, { trend: 0 })]
    for (const dir of ['increase', 'decrease'] as const) {
      const result = verifyClaim(direction('hate-crime', dir), tables, derbyshireAreas)
      expect(result.verdict).toBe('contradicted')
      expect(result.evidence.text).toContain(
        'was unchanged in 2023 compared with the previous period, neither an increase nor a decrease'
      )
    }
  })

  it('is unverifiable without a trend', () => {
    const tables = [withRow(planTable('hate-crime'), SD, { trend: null })]
    expect(verifyClaim(direction('hate-crime', 'decrease'), tables, derbyshireAreas)).toEqual({
      verdict: 'unverifiable',
      evidence: {
        text: 'The table has no trend for South Derbyshire, so the direction of change is unknown.',
        figures: { trend: null },
      },
    })
  })
})

describe('verifyClaim: change', () => {
  it('supports a change within 0.5 percentage points, inclusive', () => {
    const result = verifyClaim(
      change('anti-social-behaviour', -7.4),
      crimeTables2023,
      derbyshireAreas
    )
    expect(result.verdict).toBe('supported')
    expect(result.evidence.figures).toEqual({
      trend: -6.9,
      claimedPercent: -7.4,
      tolerance: 0.5,
      difference: 0.5,
    })
    expect(result.evidence.text).toBe(
      "South Derbyshire's anti-social behaviour fell by 6.9% in 2023 compared with the previous period; the claim of a fall of 7.4% is within the tolerance of 0.5 percentage points."
    )
    expect(
      verifyClaim(change('anti-social-behaviour', -7.5), crimeTables2023, derbyshireAreas).verdict
    ).toBe('contradicted')
  })

  it('compares exactly where doubles would not (|4.4 − 3.9| > 0.5 as doubles)', () => {
    const tables = [withRow(planTable('hate-crime'), SD, { trend: 4.4 })]
    expect(verifyClaim(change('hate-crime', 3.9), tables, derbyshireAreas).verdict).toBe(
      'supported'
    )
  })

  it('keeps the sign: a rise is not a fall of the same size', () => {
    const result = verifyClaim(
      change('anti-social-behaviour', 6.9),
      crimeTables2023,
      derbyshireAreas
    )
    expect(result.verdict).toBe('contradicted')
    expect(result.evidence.text).toContain('the claim of a rise of 6.9% is not within')
  })

  it('honours a custom tolerance', () => {
    expect(
      verifyClaim(change('anti-social-behaviour', -8, 1), crimeTables2023, derbyshireAreas).verdict
    ).toBe('contradicted')
    expect(
      verifyClaim(change('anti-social-behaviour', -7.9, 1), crimeTables2023, derbyshireAreas)
        .verdict
    ).toBe('supported')
    expect(
      verifyClaim(change('anti-social-behaviour', -6.9, 0), crimeTables2023, derbyshireAreas)
        .verdict
    ).toBe('supported')
  })

  it('is unverifiable without a trend', () => {
    const tables = [withRow(planTable('hate-crime'), SD, { trend: null })]
    expect(verifyClaim(change('hate-crime', -10.3), tables, derbyshireAreas).verdict).toBe(
      'unverifiable'
    )
  })

  it('is supported exactly when |trend − percent| ≤ tolerance (property, in tenths)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 30 }),
        (trend, percent, tolerance) => {
          const tables = [withRow(planTable('hate-crime'), SD, { trend: trend / 10 })]
          const result = verifyClaim(
            change('hate-crime', percent / 10, tolerance / 10),
            tables,
            derbyshireAreas
          )
          expect(result.verdict).toBe(
            Math.abs(trend - percent) <= tolerance ? 'supported' : 'contradicted'
          )
        }
      )
    )
  })
})

describe('verifyClaim: unverifiable and invalid claims', () => {
  it('is unverifiable when the table is missing, ambiguous, or lacks the area', () => {
    expect(
      verifyClaim({ ...rank('hate-crime', 3), period: '2022' }, crimeTables2023, derbyshireAreas)
        .evidence.text
    ).toBe('There is no hate-crime table for 2022.')
    const twice = [planTable('hate-crime'), planTable('hate-crime')]
    expect(verifyClaim(rank('hate-crime', 3), twice, derbyshireAreas).evidence.text).toContain(
      'There are 2 hate-crime tables for 2023'
    )
    expect(
      verifyClaim({ ...rank('hate-crime', 3), area: 'E07000099' }, crimeTables2023, derbyshireAreas)
    ).toMatchObject({
      verdict: 'unverifiable',
      evidence: { text: 'Area code E07000099 is not one of the known areas.' },
    })
    const without = [
      {
        ...planTable('hate-crime'),
        rows: planTable('hate-crime').rows.filter((r) => r.areaCode !== SD),
      },
    ]
    expect(verifyClaim(rank('hate-crime', 3), without, derbyshireAreas).evidence.text).toBe(
      'South Derbyshire is not in the hate-crime 2023 table.'
    )
    expect(verifyClaim(rank('hate-crime', 3), [], derbyshireAreas).verdict).toBe('unverifiable')
  })

  it('throws a TypeError naming the bad field', () => {
    expect(() =>
      verifyClaim({ ...rank('hate-crime', 0) }, crimeTables2023, derbyshireAreas)
    ).toThrow(/invalid claim[\s\S]*position/)
    expect(() =>
      verifyClaim(
        { ...rank('hate-crime', 3), area: 'South Derbyshire' },
        crimeTables2023,
        derbyshireAreas
      )
    ).toThrow(/must be a GSS code[\s\S]*area/)
    expect(() =>
      verifyClaim({ kind: 'size' } as unknown as Claim, crimeTables2023, derbyshireAreas)
    ).toThrow(TypeError)
    expect(() =>
      verifyClaim(change('hate-crime', 1, -1), crimeTables2023, derbyshireAreas)
    ).toThrow(/tolerance/)
  })

  it('exports a discriminated Claim schema', () => {
    expect(Claim.parse(change('hate-crime', -10.3)).kind).toBe('change')
    expect(
      Claim.safeParse({ ...direction('hate-crime', 'decrease'), direction: 'flat' }).success
    ).toBe(false)
  })
})

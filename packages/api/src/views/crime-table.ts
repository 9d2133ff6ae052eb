import {
  whyNotRankable,
  AreaKind,
  AreaRank,
  checkCrimeTable,
  comparisonAreas,
  CrimeTableCompleteness,
  CrimeTableFinding,
  describeArea,
  formatRate,
  IsoDate,
  Measure,
  MeasureId,
  rankAreas,
  rateOf,
  ratePer1000,
  RankOrder,
  roundRate,
  Source,
  trendDirection,
  TrendDirection,
  type CrimeTable,
} from '@csp/domain'
import { z } from 'zod'
import type { StoredCrimeTable } from '../db/repositories/crime-tables.ts'
import { orNull } from '../schemas/or-null.ts'
import { areaCatalogue, measureCatalogue } from './catalogue.ts'
import { crimeTableLinks, CrimeTableLinks } from './crime-table-links.ts'

const Rate = z
  .object({
    formatted: z
      .string()
      .meta({ example: '19.5', description: 'Per 1,000, 1 d.p., half away from zero.' }),
    value: z.number().meta({ description: '`formatted` as a number.' }),
    perThousand: z.number().meta({ description: 'Unrounded, for charts; never compare on it.' }),
    volume: z.number().int(),
    population16Plus: z.number().int().positive(),
    published: z.number().nullable().meta({ description: 'The rate as the source printed it.' }),
  })
  .meta({ id: 'Rate', description: 'volume × 1,000 ÷ residents aged 16+ (Census 2021).' })

const Trend = z
  .object({
    percent: z.number().nullable().meta({ description: '% change on the previous period.' }),
    direction: TrendDirection,
  })
  .meta({ id: 'Trend' })

const CrimeTableRowView = z
  .object({
    areaCode: z.string(),
    areaName: z.string(),
    areaKind: AreaKind.nullable(),
    volume: z.number().int(),
    rate: orNull(Rate),
    trend: Trend,
    rank: orNull(AreaRank),
  })
  .meta({
    id: 'CrimeTableRowView',
    description:
      '`rate` is null for an area without a population or a row whose volume is not a count; `rank` is null for counties and force areas, which are sums rather than peers, and for every row while the table has duplicate or invalid rows (see `findings`).',
  })

/** A crime table as the API serves it: rows with rates, trends and ranks, and what is wrong. */
export const CrimeTableView = z
  .object({
    measure: MeasureId,
    measureInfo: orNull(Measure),
    period: z.string(),
    from: IsoDate,
    to: IsoDate,
    source: Source,
    origin: z.enum(['plan', 'import', 'upload']),
    order: RankOrder,
    rows: z.array(CrimeTableRowView),
    findings: z.array(CrimeTableFinding),
    completeness: CrimeTableCompleteness,
    statements: z.array(
      z.object({ areaCode: z.string(), areaName: z.string(), sentences: z.array(z.string()) })
    ),
    links: CrimeTableLinks,
  })
  .meta({ id: 'CrimeTableView' })
export type CrimeTableView = z.infer<typeof CrimeTableView>

// Rows that cannot be ranked or described without throwing: the findings already say why.
/**
 * Builds the view of a stored table: exact rates, ranks among the comparison areas
 * (`rankAreas`), findings (`checkCrimeTable`) and plain-English statements (`describeArea`).
 *
 * @example
 * ```ts
 * const stored = await findCrimeTable(db, 'domestic-abuse', '2023')
 * crimeTableView(stored!, 'lowest').rows.find((r) => r.areaCode === 'E07000039')?.rank?.phrase
 * //=> 'fourth lowest'
 * ```
 */
export function crimeTableView(stored: StoredCrimeTable, order: RankOrder): CrimeTableView {
  const { table } = stored
  const findings = checkCrimeTable(table, areaCatalogue)
  // Ranks and statements wait for a complete, valid table (the domain's one rule).
  const usable =
    whyNotRankable({ ...table, completeness: stored.completeness }, areaCatalogue) === null
  const ranks = new Map(
    usable ? rankAreas(table, { order, areas: areaCatalogue }).map((r) => [r.areaCode, r]) : []
  )
  const measureInfo = measureCatalogue.find((m) => m.id === table.measure) ?? null
  return {
    measure: table.measure,
    measureInfo,
    period: table.period,
    from: table.from,
    to: table.to,
    source: table.source,
    origin: stored.origin,
    order,
    rows: table.rows.map((row) => {
      const area = areaCatalogue.find((a) => a.code === row.areaCode)
      return {
        areaCode: row.areaCode,
        areaName: area?.name ?? row.areaCode,
        areaKind: area?.kind ?? null,
        volume: row.volume,
        rate:
          area && Number.isSafeInteger(row.volume) && row.volume >= 0
            ? rateView(row.volume, area.population16Plus, row.rate)
            : null,
        trend: { percent: row.trend, direction: trendDirection(row.trend) },
        rank: ranks.get(row.areaCode) ?? null,
      }
    }),
    findings,
    completeness: stored.completeness,
    statements: usable && measureInfo ? statementsFor(table, order) : [],
    links: crimeTableLinks(table.measure, table.period),
  }
}

function rateView(volume: number, population: number, published: number | null) {
  const exact = rateOf(volume, population)
  return {
    formatted: formatRate(exact),
    value: roundRate(exact),
    perThousand: ratePer1000(exact),
    volume,
    population16Plus: population,
    published,
  }
}

function statementsFor(table: CrimeTable, order: RankOrder) {
  const present = new Set(table.rows.map((r) => r.areaCode))
  return comparisonAreas(areaCatalogue)
    .filter((area) => present.has(area.code))
    .map((area) => ({
      areaCode: area.code,
      areaName: area.name,
      sentences: describeArea(table, area.code, {
        areas: areaCatalogue,
        measures: measureCatalogue,
        order,
      }),
    }))
}

import { CrimeTable } from '../crime/table.ts'

const codes: Record<string, string> = {
  'Derby City': 'E06000015',
  Chesterfield: 'E07000034',
  'Amber Valley': 'E07000032',
  Erewash: 'E07000036',
  Bolsover: 'E07000033',
  'High Peak': 'E07000037',
  'North East Derbyshire': 'E07000038',
  'South Derbyshire': 'E07000039',
  'Derbyshire Dales': 'E07000035',
  'County Council area': 'E10000007',
  'Force area': 'E23000018',
}

const source = {
  publisher: 'South Derbyshire Community Safety Partnership',
  title: 'South Derbyshire CSP Partnership Plan 2023-26, Crime Figures',
  note: 'Rate per 1,000 residents aged 16+ (Census 2021); trend is the % change on 2022.',
}

type PrintedRow = readonly [name: string, volume: number, rate: number, trend: number]

function table(measure: string, rows: readonly PrintedRow[]): CrimeTable {
  return CrimeTable.parse({
    measure,
    period: '2023',
    from: '2023-01-01',
    to: '2023-12-31',
    source,
    rows: rows.map(([name, volume, rate, trend]) => ({
      areaCode: codes[name],
      volume,
      rate,
      trend,
    })),
  })
}

/**
 * The six crime tables of the plan, January to December 2023, rows in the order printed
 * (pages 9–10), checked row by row against the seed text by `seed.test.ts`.
 *
 * @example
 * ```ts
 * crimeTables2023.map((t) => t.measure)
 * //=> ['anti-social-behaviour', 'domestic-abuse', 'residential-burglary', 'vehicle-crime', 'serious-violence', 'hate-crime']
 * crimeTables2023[0]?.rows.find((r) => r.areaCode === 'E07000039')
 * //=> { areaCode: 'E07000039', volume: 1695, rate: 19.5, trend: -6.9 }
 * ```
 */
export const crimeTables2023: readonly CrimeTable[] = [
  table('anti-social-behaviour', [
    ['Derby City', 7863, 37.6, -13.1],
    ['Chesterfield', 3006, 35.0, -10.7],
    ['Amber Valley', 3176, 30.2, -7.2],
    ['Erewash', 2593, 27.7, -13.2],
    ['Bolsover', 1672, 25.2, -15.3],
    ['High Peak', 1634, 21.6, -25.0],
    ['North East Derbyshire', 1701, 19.9, -7.5],
    ['South Derbyshire', 1695, 19.5, -6.9],
    ['Derbyshire Dales', 1004, 16.4, -11.5],
    ['County Council area', 16481, 25.0, -12.0],
    ['Force area', 24344, 28.0, -12.4],
  ]),
  table('domestic-abuse', [
    ['Derby City', 5933, 28.4, -0.6],
    ['Chesterfield', 2121, 24.7, 14.8],
    ['Bolsover', 1512, 22.8, 8.5],
    ['Erewash', 1994, 21.3, 1.5],
    ['Amber Valley', 2016, 19.2, 15.3],
    ['South Derbyshire', 1434, 16.5, 1.7],
    ['North East Derbyshire', 1404, 16.5, 9.4],
    ['High Peak', 1074, 14.2, -1.6],
    ['Derbyshire Dales', 638, 10.4, 21.8],
    ['County Council area', 12193, 18.5, 8.3],
    ['Force area', 18126, 20.9, 5.2],
  ]),
  table('residential-burglary', [
    ['High Peak', 337, 4.5, 7.3],
    ['Derby City', 884, 4.2, 21.4],
    ['North East Derbyshire', 334, 3.9, 25.6],
    ['Chesterfield', 315, 3.7, -1.3],
    ['Erewash', 308, 3.3, 38.1],
    ['Bolsover', 176, 2.7, 2.3],
    ['Derbyshire Dales', 146, 2.4, -17.0],
    ['South Derbyshire', 205, 2.4, 46.4],
    ['Amber Valley', 228, 2.2, 5.6],
    ['County Council area', 2049, 3.1, 12.2],
    ['Force area', 2933, 3.4, 14.8],
  ]),
  table('vehicle-crime', [
    ['Derby City', 1550, 7.4, 4.4],
    ['Bolsover', 437, 6.6, 7.4],
    ['South Derbyshire', 528, 6.1, 1.9],
    ['Erewash', 489, 5.2, 10.6],
    ['Chesterfield', 428, 5.0, -4.9],
    ['Amber Valley', 501, 4.8, 9.2],
    ['Derbyshire Dales', 222, 3.6, 41.4],
    ['High Peak', 266, 3.5, -8.0],
    ['North East Derbyshire', 272, 3.2, -26.5],
    ['County Council area', 3143, 4.8, 1.6],
    ['Force area', 4693, 5.4, 2.5],
  ]),
  table('serious-violence', [
    ['Derby City', 1053, 5.0, -11.2],
    ['Chesterfield', 307, 3.6, 9.6],
    ['Erewash', 262, 2.8, 15.9],
    ['Amber Valley', 234, 2.2, 9.3],
    ['Bolsover', 132, 2.0, 6.5],
    ['South Derbyshire', 162, 1.9, 21.8],
    ['High Peak', 123, 1.6, -1.6],
    ['Derbyshire Dales', 97, 1.6, 47.0],
    ['North East Derbyshire', 119, 1.4, 4.4],
    ['County Council area', 1436, 2.2, 12.0],
    ['Force area', 2489, 2.9, 0.9],
  ]),
  table('hate-crime', [
    ['Derby City', 1079, 5.2, 11.2],
    ['Erewash', 273, 2.9, 39.3],
    ['Chesterfield', 214, 2.5, -7.8],
    ['Amber Valley', 260, 2.5, 9.2],
    ['Bolsover', 151, 2.3, 17.1],
    ['North East Derbyshire', 133, 1.6, -14.7],
    ['South Derbyshire', 130, 1.5, -10.3],
    ['High Peak', 104, 1.4, -25.2],
    ['Derbyshire Dales', 73, 1.2, 1.4],
    ['County Council area', 1338, 2.0, 2.4],
    ['Force area', 2417, 2.8, 6.1],
  ]),
]

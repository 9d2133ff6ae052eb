import { expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { crimeTableCsv } from './csv.ts'
import { parseCrimeTableData } from './view.ts'

const source =
  '"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Crime Figures"'

test('the rows given, in the order given, each saying what it is', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const rows = view.rows.filter((r) => r.areaCode === 'E07000039' || r.areaCode === 'E10000007')
  expect(crimeTableCsv(view, rows).split('\r\n')).toEqual([
    'measure,period,from,to,area_code,area_name,volume,rate_per_1000,trend_percent,rank,rank_of,rank_phrase,complete,source',
    `anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,1695,19.5,-6.9,2,9,second lowest,true,${source}`,
    `anti-social-behaviour,2023,2023-01-01,2023-12-31,E10000007,Derbyshire,16481,25.0,-12.0,,,,true,${source}`,
    '',
  ])
})

test('text that a spreadsheet would run is defused; unknown figures are empty', async () => {
  const view = parseCrimeTableData(await realViewJson())
  view.completeness = { complete: false, notes: ['No rows for 2023-03.'] }
  const row = { ...view.rows[0]!, areaName: '=HYPERLINK("http://x","y")', rate: null, rank: null }
  row.trend = { percent: null }
  const line = crimeTableCsv(view, [row]).split('\r\n')[1]
  expect(line).toBe(
    `anti-social-behaviour,2023,2023-01-01,2023-12-31,E06000015,"'=HYPERLINK(""http://x"",""y"")",7863,,,,,,false,${source}`
  )
})

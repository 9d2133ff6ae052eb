import { expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { crimeTableCsv } from './csv.ts'
import { parseCrimeTableData } from './view.ts'

test('the rows given, in the order given, then the period and source', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const southDerbyshire = view.rows.find((r) => r.areaCode === 'E07000039')!
  const lines = crimeTableCsv(view, [southDerbyshire]).split('\r\n')
  expect(lines).toEqual([
    'area_code,area,volume,rate_per_1000_aged_16_plus,trend_percent',
    'E07000039,South Derbyshire,1695,19.5,-6.9',
    '"# anti-social-behaviour, 2023 (2023-01-01 to 2023-12-31)"',
    '"# Source: South Derbyshire Community Safety Partnership, South Derbyshire CSP Partnership Plan 2023-26, Crime Figures"',
    '',
  ])
})

test('text that a spreadsheet would run is defused; unknown figures are empty', async () => {
  const view = parseCrimeTableData(await realViewJson())
  view.completeness = { complete: false, notes: ['No rows for 2023-03.'] }
  const row = { ...view.rows[0]!, areaName: '=HYPERLINK("http://x","y")', rate: null }
  row.trend = { percent: null }
  const lines = crimeTableCsv(view, [row]).split('\r\n')
  expect(lines[1]).toBe('E06000015,"\'=HYPERLINK(""http://x"",""y"")",7863,,')
  expect(lines).toContain('# Incomplete: No rows for 2023-03.')
})

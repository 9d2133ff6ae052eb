import { beforeAll, describe, expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { figuresModel } from './figures-model.ts'
import { initialSort } from './sort.ts'
import { parseCrimeTableData, type CrimeTableData } from './view.ts'

let view: CrimeTableData
beforeAll(async () => {
  view = parseCrimeTableData(await realViewJson())
})

const byRate = initialSort('rate')

describe('figuresModel on the seed’s anti-social behaviour table', () => {
  test('the nine areas by rate, highest first, then the county and force totals', () => {
    const model = figuresModel(view, { highlight: 'E07000039', sort: byRate })
    expect(model.comparisonRows.map((r) => r.name)).toEqual([
      'Derby',
      'Chesterfield',
      'Amber Valley',
      'Erewash',
      'Bolsover',
      'High Peak',
      'North East Derbyshire',
      'South Derbyshire',
      'Derbyshire Dales',
    ])
    expect(model.totalRows.map((r) => r.name)).toEqual([
      'Derbyshire',
      'Derbyshire Police Force Area',
    ])
  })

  test('the highlighted row, in words and figures', () => {
    const model = figuresModel(view, { highlight: 'E07000039', sort: byRate })
    expect(model.comparisonRows.filter((r) => r.highlighted)).toEqual([
      {
        areaCode: 'E07000039',
        name: 'South Derbyshire',
        highlighted: true,
        volume: '1,695',
        rate: '19.5',
        trend: { arrow: '▼', words: 'fell 6.9%' },
      },
    ])
    expect(model.summary).toBe(
      'South Derbyshire recorded 1,695 anti-social behaviour incidents in 2023, a rate of 19.5 per 1,000 residents aged 16 and over. That is the second lowest rate of the nine areas. It fell by 6.9% on the previous year. That is lower than the Derbyshire Police Force Area rate of 28.0.'
    )
  })

  test('title, caption, source and coverage', () => {
    const model = figuresModel(view, { sort: byRate })
    expect(model.title).toBe('Anti-social behaviour, 2023')
    expect(model.caption).toBe(
      'Anti-social behaviour by area, 1 January 2023 to 31 December 2023. Sorted by rate, highest first.'
    )
    expect(model.source).toEqual({
      text: 'Source: South Derbyshire Community Safety Partnership, ',
      title: 'South Derbyshire CSP Partnership Plan 2023-26, Crime Figures',
      url: null,
      note: 'Rate per 1,000 residents aged 16+ (Census 2021); trend is the % change on 2022.',
    })
    expect(model.coverage).toBe('Figures for 1 January 2023 to 31 December 2023.')
    expect(model.asAt).toBe('Data as at: the source gives no date.')
    expect(model.summary).toBeNull()
    expect(model.warnings).toEqual([])
  })

  test('only the sorted column announces aria-sort', () => {
    const model = figuresModel(view, { sort: { key: 'name', direction: 'descending' } })
    expect(model.columns.map((c) => [c.label, c.ariaSort, c.indicator])).toEqual([
      ['Area', 'descending', '▼'],
      ['Number recorded', undefined, '↕'],
      ['Rate per 1,000 aged 16+', undefined, '↕'],
      ['Change on the year before', undefined, '↕'],
    ])
    expect(model.sortStatus).toBe('Sorted by area name, Z to A.')
    expect(model.comparisonRows[0]?.name).toBe('South Derbyshire')
  })

  test('the CSV holds exactly the rows shown, in the order shown', () => {
    const model = figuresModel(view, { sort: { key: 'volume', direction: 'ascending' } })
    const codes = model.csv
      .split('\r\n')
      .slice(1, 12)
      .map((line) => line.split(',')[4])
    expect(codes).toEqual([...model.comparisonRows, ...model.totalRows].map((r) => r.areaCode))
    expect(model.csvFilename).toBe('anti-social-behaviour-2023.csv')
  })
})

describe('what the model warns about', () => {
  test('incomplete figures, failed checks and a highlight that is not in the table', () => {
    const broken: CrimeTableData = {
      ...view,
      completeness: { complete: false, notes: ['No rows for 2023-03.'] },
      findings: [
        { message: 'Derbyshire volume 16,480 is not the sum of its 8 districts (16,481).' },
      ],
    }
    expect(figuresModel(broken, { highlight: 'E07000099', sort: byRate }).warnings).toEqual([
      { heading: 'These figures are incomplete.', items: ['No rows for 2023-03.'] },
      {
        heading: 'Checks found problems in these figures.',
        items: ['Derbyshire volume 16,480 is not the sum of its 8 districts (16,481).'],
      },
      {
        heading: 'The area to highlight is not in this table.',
        items: ['There is no row for E07000099.'],
      },
    ])
  })

  test('a data-as-at date, a source link only when it is http(s), unknown figures in words', () => {
    const dated: CrimeTableData = {
      ...view,
      source: { ...view.source, asAt: '2024-02-01', url: 'javascript:alert(1)' },
      rows: view.rows.map((r, i) => (i === 0 ? { ...r, rate: null, trend: { percent: null } } : r)),
    }
    const model = figuresModel(dated, { sort: byRate })
    expect(model.asAt).toBe('Data as at 1 February 2024.')
    expect(model.source.url).toBeNull()
    expect(model.comparisonRows.at(-1)).toMatchObject({
      name: 'Derby',
      rate: 'not available',
      trend: { arrow: '', words: 'not known' },
    })
    const linked = { ...dated, source: { ...dated.source, url: 'https://example.org/plan' } }
    expect(figuresModel(linked, { sort: byRate }).source.url).toBe('https://example.org/plan')
  })
})

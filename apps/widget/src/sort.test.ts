import { expect, test } from 'vitest'
import { initialSort, nextSort, sortRows } from './sort.ts'
import type { CrimeTableRowData } from './view.ts'

function row(name: string, volume: number, rate: number | null, trend: number | null) {
  return {
    areaCode: `E0700${name.length}`,
    areaName: name,
    areaKind: 'district',
    volume,
    rate: rate === null ? null : { formatted: rate.toFixed(1), perThousand: rate },
    trend: { percent: trend },
    rank: null,
  } satisfies CrimeTableRowData
}

const rows = [
  row('Bolsover', 10, 2.5, -1),
  row('Amber Valley', 30, null, 4),
  row('Erewash', 20, 1.25, null),
  row('Chesterfield', 20, 1.25, -3),
]

const names = (sorted: CrimeTableRowData[]) => sorted.map((r) => r.areaName)

test('names sort A to Z first, figures highest first', () => {
  expect(initialSort('name')).toEqual({ key: 'name', direction: 'ascending' })
  expect(initialSort('trend')).toEqual({ key: 'trend', direction: 'descending' })
})

test('the same column flips, another starts afresh', () => {
  const byRate = initialSort('rate')
  expect(nextSort(byRate, 'rate')).toEqual({ key: 'rate', direction: 'ascending' })
  expect(nextSort(nextSort(byRate, 'rate'), 'volume')).toEqual(initialSort('volume'))
})

test('unknown figures go last both ways; ties fall back to the name', () => {
  expect(names(sortRows(rows, { key: 'rate', direction: 'descending' }))).toEqual([
    'Bolsover',
    'Chesterfield',
    'Erewash',
    'Amber Valley',
  ])
  expect(names(sortRows(rows, { key: 'rate', direction: 'ascending' }))).toEqual([
    'Chesterfield',
    'Erewash',
    'Bolsover',
    'Amber Valley',
  ])
  expect(names(sortRows(rows, { key: 'trend', direction: 'ascending' }))).toEqual([
    'Chesterfield',
    'Bolsover',
    'Amber Valley',
    'Erewash',
  ])
})

test('volume and name orders', () => {
  expect(names(sortRows(rows, initialSort('volume')))).toEqual([
    'Amber Valley',
    'Chesterfield',
    'Erewash',
    'Bolsover',
  ])
  expect(names(sortRows(rows, { key: 'name', direction: 'descending' }))).toEqual([
    'Erewash',
    'Chesterfield',
    'Bolsover',
    'Amber Valley',
  ])
})

test('sorting leaves the input alone', () => {
  const before = names(rows)
  sortRows(rows, initialSort('name'))
  expect(names(rows)).toEqual(before)
})

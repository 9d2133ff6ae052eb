import { expect, test } from 'vitest'
import { realViewJson, type ApiJson } from '../test/support/real-view.ts'
import { InvalidDataError, parseCrimeTableData } from './view.ts'

test('reads the API’s table and keeps only the fields the widget uses', async () => {
  const json = await realViewJson()
  const view = parseCrimeTableData(json)
  expect(view.rows).toHaveLength(11)
  expect(view.rows.find((r) => r.areaCode === 'E07000039')).toEqual({
    areaCode: 'E07000039',
    areaName: 'South Derbyshire',
    areaKind: 'district',
    volume: 1695,
    rate: { formatted: '19.5', perThousand: expect.closeTo(19.494, 3) },
    trend: { percent: -6.9 },
    rank: { position: 2, of: 9, phrase: 'second lowest' },
  })
  expect(view).not.toHaveProperty('links')
  expect(view.rows[0]).not.toHaveProperty('population16Plus')
})

test.each([
  ['rows[3].areaName is not text', (j: ApiJson) => (j.rows[3]!['areaName'] = 7)],
  ['rows[0].volume is not a number', (j: ApiJson) => (j.rows[0]!['volume'] = '7')],
  ['rows is not a list', (j: ApiJson) => (j['rows'] = {} as ApiJson['rows'])],
  ['source.title is not text', (j: ApiJson) => delete j.source['title']],
  [
    'completeness.complete is not true or false',
    (j: ApiJson) => (j['completeness'] = { notes: [] }),
  ],
  [
    'rows[1].areaKind is not district, unitary, county or force-area',
    (j: ApiJson) => (j.rows[1]!['areaKind'] = 'city'),
  ],
])('names the bad field: %s', async (message, spoil) => {
  const json = await realViewJson()
  spoil(json)
  expect(() => parseCrimeTableData(json)).toThrow(new InvalidDataError(message))
})

test('something other than an object', () => {
  expect(() => parseCrimeTableData([])).toThrow('the response is not an object')
})

import { describe, expect, it } from 'vitest'
import { localQuery, sortRows, type LocalChangeRow } from './local-areas.ts'

const row = (name: string, current: number | null, flag: LocalChangeRow['flag']) =>
  ({
    area: name,
    name,
    current,
    baseline: 10,
    difference: current === null ? null : current - 10,
    flag,
  }) as LocalChangeRow

describe('Local areas', () => {
  it('reads the query, unknown values falling back to the defaults', () => {
    expect(
      localQuery(new URL('http://x/local-areas?measure=hate-crime&window=x&level=lsoa'))
    ).toEqual({
      measure: 'police-uk.anti-social-behaviour',
      window: 'rolling-12',
      level: 'lsoa',
      sort: 'difference',
      dir: 'desc',
    })
  })

  it('sorts by a column with hidden figures last, ties by name', () => {
    const rows = [
      row('B', 12, null),
      row('A', null, null),
      row('C', 30, 'increase'),
      row('D', 12, null),
    ]
    expect(sortRows(rows, 'current', 'desc').map((r) => r.name)).toEqual(['C', 'B', 'D', 'A'])
    expect(sortRows(rows, 'current', 'asc').map((r) => r.name)).toEqual(['B', 'D', 'C', 'A'])
    expect(sortRows(rows, 'flag', 'desc')[0]!.name).toBe('C')
    expect(sortRows(rows, 'area', 'asc').map((r) => r.name)).toEqual(['A', 'B', 'C', 'D'])
  })
})

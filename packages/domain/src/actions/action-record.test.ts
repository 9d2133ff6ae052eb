import { describe, expect, it } from 'vitest'
import { ActionRecord, parseActionRecords } from './action-record.ts'

describe('ActionRecord', () => {
  it('defaults count to 1 and keeps optional links', () => {
    expect(
      ActionRecord.parse({ id: 'a1', power: 'warning-letter', date: '2024-07-01', agency: 'SDDC' })
    ).toEqual({
      id: 'a1',
      power: 'warning-letter',
      date: '2024-07-01',
      agency: 'SDDC',
      count: 1,
    })
    const linked = ActionRecord.parse({
      id: 'a2',
      power: 'public-spaces-protection-order',
      date: '2024-06-01',
      agency: 'SDDC',
      priorityId: 'parks-and-open-spaces',
      place: 'Eureka Park, Swadlincote',
    })
    expect(linked.priorityId).toBe('parks-and-open-spaces')
  })

  it('rejects unknown powers, bad dates, zero or fractional counts and bad priority ids', () => {
    const base = { id: 'a', power: 'warning-letter', date: '2024-07-01', agency: 'SDDC' }
    const path = (o: unknown) => ActionRecord.safeParse(o).error?.issues[0]?.path
    expect(path({ ...base, power: 'asbo' })).toEqual(['power'])
    expect(path({ ...base, date: '2024-02-30' })).toEqual(['date'])
    expect(path({ ...base, count: 0 })).toEqual(['count'])
    expect(path({ ...base, count: 1.5 })).toEqual(['count'])
    expect(path({ ...base, priorityId: 'ASB and Safer Spaces' })).toEqual(['priorityId'])
    expect(path({ ...base, agency: '' })).toEqual(['agency'])
  })
})

describe('parseActionRecords', () => {
  const ok = {
    id: 'a1',
    power: 'community-protection-notice',
    date: '2024-07-01',
    agency: 'SDDC',
    count: 7,
  }

  it('parses a list', () => {
    expect(parseActionRecords([ok]).map((r) => r.count)).toEqual([7])
  })

  it('names the index and field of a bad record', () => {
    expect(() => parseActionRecords([ok, { ...ok, id: 'a2', date: 'yesterday' }])).toThrow(
      /^records\[1\]\.date: /
    )
  })

  it('rejects duplicate ids', () => {
    expect(() => parseActionRecords([ok, ok])).toThrow('records[1].id: duplicate id "a1"')
  })
})

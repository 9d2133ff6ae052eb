import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatLetterDate, parseOrThrow, plural } from './internal.ts'

describe('formatLetterDate', () => {
  it('writes dates as a letter does', () => {
    expect(formatLetterDate('2025-03-03')).toBe('3 March 2025')
    expect(formatLetterDate('2024-02-29')).toBe('29 February 2024')
    expect(formatLetterDate('2025-12-31')).toBe('31 December 2025')
  })

  it('rejects an impossible date', () => {
    expect(() => formatLetterDate('2025-02-29')).toThrow(RangeError)
  })
})

describe('parseOrThrow', () => {
  const Schema = z.object({ items: z.array(z.object({ on: z.iso.date() })) })

  it('returns parsed data', () => {
    expect(parseOrThrow(Schema, { items: [{ on: '2025-01-01' }] }, 'thing')).toEqual({
      items: [{ on: '2025-01-01' }],
    })
  })

  it('names the field path of every issue, under a root path', () => {
    expect(() =>
      parseOrThrow(Schema, { items: [{ on: '2025-01-01' }, { on: 'soon' }] }, 'thing', ['input'])
    ).toThrow(/^Invalid thing: input\.items\[1\]\.on: /)
  })

  it('reports a root-level issue without a path', () => {
    expect(() => parseOrThrow(z.string(), 3, 'name')).toThrow(
      new TypeError('Invalid name: Invalid input: expected string, received number')
    )
  })
})

describe('plural', () => {
  it('uses the singular only for one', () => {
    expect(plural(1, 'complaint', 'complaints')).toBe('1 complaint')
    expect(plural(0, 'complaint', 'complaints')).toBe('0 complaints')
    expect(plural(2, 'complaint', 'complaints')).toBe('2 complaints')
  })
})

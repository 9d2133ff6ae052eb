import { describe, expect, it } from 'vitest'
import { formatBytes, formatDateTime, statusOf } from './imports.ts'

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1132, '1.1 kB'],
    [165_969, '166 kB'],
    [999_949, '999.9 kB'],
    [2_145_449, '2.1 MB'],
    [2_150_000, '2.2 MB'],
    [64_000_000, '64 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('statusOf', () => {
  it('words a known status and passes an unknown one through', () => {
    expect(statusOf('succeeded').text).toBe('Imported')
    expect(statusOf('paused')).toEqual({ text: 'paused', classes: 'govuk-tag--grey' })
  })
})

describe('formatDateTime', () => {
  it('writes UK time, in summer and in winter', () => {
    expect(formatDateTime('2026-07-01T07:05:00Z')).toBe('1 July 2026 at 8:05am')
    expect(formatDateTime('2026-11-26T13:30:00Z')).toBe('26 November 2026 at 1:30pm')
  })
})

import { describe, expect, it } from 'vitest'
import { toCsv } from './csv.ts'

describe('toCsv', () => {
  it('writes RFC 4180 CSV with CRLF and quotes only where needed', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 1.5],
          ['with, comma', null],
          ['say "hi"', -2],
        ]
      )
    ).toBe('a,b\r\nplain,1.5\r\n"with, comma",\r\n"say ""hi""",-2\r\n')
    expect(toCsv(['a'], [['two\nlines']])).toBe('a\r\n"two\nlines"\r\n')
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=SUM(A1)', '@cmd', -6.9]])).toBe(
      "a,b,c\r\n'=SUM(A1),'@cmd,-6.9\r\n"
    )
  })
})

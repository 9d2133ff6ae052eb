import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, CsvRecordSplitter } from './csv-lines.ts'
import { csvLine, referenceRecords } from './test-fixtures.ts'
import { utf8Bytes } from './utf8.ts'

interface Seen {
  records: { line: number; fields: string[] }[]
  problems: { line: number; field: number; message: string }[]
}

function split(chunks: readonly (string | Uint8Array)[], maxRecordLength?: number): Seen {
  const seen: Seen = { records: [], problems: [] }
  const splitter = new CsvRecordSplitter(
    {
      record: (r) =>
        seen.records.push({
          line: r.line,
          fields: Array.from({ length: r.fieldCount }, (_, i) => csvField(r, i)),
        }),
      malformed: (line, field, message) => seen.problems.push({ line, field, message }),
    },
    maxRecordLength
  )
  for (const chunk of chunks) splitter.push(typeof chunk === 'string' ? utf8Bytes(chunk) : chunk)
  splitter.end()
  return seen
}

describe('CsvRecordSplitter', () => {
  it('splits plain records and drops the CR of CRLF', () => {
    expect(split(['a,b,c\r\nd,,f\n']).records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['d', '', 'f'] },
    ])
  })

  it('reads quoted commas, doubled quotes and newlines, reporting the starting line', () => {
    const text =
      'x,"On or near ""The Green"", Swadlincote",y\n"multi\r\nline\nfield",z\r\nlast,"",\n'
    expect(split([text]).records).toEqual([
      { line: 1, fields: ['x', 'On or near "The Green", Swadlincote', 'y'] },
      { line: 2, fields: ['multi\r\nline\nfield', 'z'] },
      { line: 5, fields: ['last', '', ''] },
    ])
  })

  it('skips blank lines (LF or CRLF) but counts them, and needs no final newline', () => {
    expect(split(['\n\r\na,b\n\n\r\nc,d']).records).toEqual([
      { line: 3, fields: ['a', 'b'] },
      { line: 6, fields: ['c', 'd'] },
    ])
    expect(split(['a,"b"']).records).toEqual([{ line: 1, fields: ['a', 'b'] }])
    expect(split(['a,"b"\r']).records).toEqual([{ line: 1, fields: ['a', 'b'] }])
    expect(split(['']).records).toEqual([])
  })

  it('drops a byte-order mark at the start only, even when it is cut across chunks', () => {
    const bytes = utf8Bytes('\uFEFFa,b\n\uFEFFc\n')
    const expected = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['\uFEFFc'] },
    ]
    expect(split([bytes]).records).toEqual(expected)
    const cuts = [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]
    expect(split(cuts).records).toEqual(expected)
    expect(split([bytes.subarray(0, 2)]).records).toEqual([{ line: 1, fields: ['\uFFFD'] }])
    expect(split([new Uint8Array([0xef, 0xbb, 0xbf])]).records).toEqual([])
  })

  it('unescapes doubled quotes, which may be cut between chunks', () => {
    const bytes = utf8Bytes('"a""b","""",x""y\n')
    const expected = [{ line: 1, fields: ['a"b', '"', 'x""y'] }]
    for (let at = 0; at <= bytes.length; at++) {
      expect(split([bytes.subarray(0, at), bytes.subarray(at)]).records).toEqual(expected)
    }
  })

  it('never reads a chunk after it has returned, so one buffer can be refilled', () => {
    const bytes = utf8Bytes('a,"b\nc",d\r\ne,f\n"g""",h')
    const expected = split([bytes])
    for (const size of [1, 2, 3, 7]) {
      const seen: Seen = { records: [], problems: [] }
      const splitter = new CsvRecordSplitter({
        record: (r) => seen.records.push({ line: r.line, fields: Array.from({ length: r.fieldCount }, (_, i) => csvField(r, i)) }), // prettier-ignore
        malformed: (line, field, message) => seen.problems.push({ line, field, message }),
      })
      const buffer = new Uint8Array(size)
      for (let at = 0; at < bytes.length; at += size) {
        buffer.set(bytes.subarray(at, at + size))
        splitter.push(buffer.subarray(0, Math.min(size, bytes.length - at)))
        buffer.fill(0x2c) // any view kept past its turn now reads as commas
      }
      splitter.end()
      expect(seen, `size ${size}`).toEqual(expected)
    }
  })

  it('keeps a quote inside an unquoted field as text', () => {
    expect(split(['a,b"c,d\n']).records).toEqual([{ line: 1, fields: ['a', 'b"c', 'd'] }])
  })

  it('reports an unterminated quote and carries on from the next line', () => {
    const seen = split(['a,"open\nb,c\n'])
    expect(seen.problems).toEqual([
      { line: 1, field: 1, message: expect.stringMatching(/unterminated quoted field/) },
    ])
    expect(seen.records).toEqual([{ line: 2, fields: ['b', 'c'] }])
  })

  it('reports text after a closing quote and skips that record', () => {
    const seen = split(['a,"b"x,c\nd,e\n'])
    expect(seen.problems).toEqual([
      { line: 1, field: 1, message: 'unexpected text after a closing quote' },
    ])
    expect(seen.records).toEqual([{ line: 2, fields: ['d', 'e'] }])
  })

  it('bounds memory: an over-long line or quoted field is reported and skipped', () => {
    const long = split(['a,', 'b'.repeat(30), 'c'.repeat(30), 'd\ne,f\n'], 40)
    expect(long.problems).toEqual([{ line: 1, field: -1, message: 'line is longer than 40 bytes' }])
    expect(long.records).toEqual([{ line: 2, fields: ['e', 'f'] }])
    const quoted = split(['a,"', 'b\n'.repeat(30), 'c"\nd,e\n'], 40)
    expect(quoted.problems[0]).toEqual({
      line: 1,
      field: 1,
      message: expect.stringMatching(/within 40 bytes/),
    })
    expect(quoted.records.at(-1)).toEqual({ line: 32, fields: ['d', 'e'] })
  })

  it('counts fields beyond the ones it keeps', () => {
    const seen = split([`${'x,'.repeat(19)}x\n`])
    expect(seen.records[0]?.fields).toHaveLength(20)
  })

  it('gives the same records as a whole-text reference parser however the bytes are cut (property)', () => {
    const field = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é', '😀'),
        maxLength: 8,
      }),
      fc.constantFrom('', 'On or near "X", Y', 'line\r\nbreak')
    )
    const record = fc.array(field, { minLength: 2, maxLength: 5 })
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (records, eol, finalNewline, cuts) => {
          const text = records.map(csvLine).join(eol) + (finalNewline ? eol : '')
          const bytes = utf8Bytes(text)
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
          const chunks = [0, ...points].map((from, i) =>
            bytes.subarray(from, [...points, bytes.length][i])
          )
          const seen = split(chunks)
          expect(seen.problems).toEqual([])
          expect(seen.records).toEqual(referenceRecords(text))
        }
      ),
      { numRuns: 300 }
    )
  })
})

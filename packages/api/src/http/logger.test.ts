import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonLogger, logTime, RequestLine } from './logger.ts'

const request = (n: number) => ({ level: 'info' as const, msg: 'request', n })

describe('jsonLogger', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('gathers request lines and writes them together once the interval has passed', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const log = jsonLogger((text) => writes.push(text))
    log(request(1))
    log(request(2))
    expect(writes).toEqual([])
    vi.advanceTimersByTime(49)
    expect(writes).toEqual([])
    vi.advanceTimersByTime(1)
    expect(writes).toEqual([
      '{"level":"info","msg":"request","n":1}\n{"level":"info","msg":"request","n":2}\n',
    ])
    log(request(3))
    vi.advanceTimersByTime(50)
    expect(writes).toHaveLength(2)
    expect(JSON.parse(writes[1] as string)).toEqual(request(3))
  })

  it('writes any other line at once, after the request lines gathered before it', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const log = jsonLogger((text) => writes.push(text))
    log(request(1))
    log({ level: 'error', msg: 'failed', detail: 'x' })
    expect(
      writes
        .join('')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
    ).toEqual([request(1), { level: 'error', msg: 'failed', detail: 'x' }])
    // Nothing is left for the timer to write twice.
    vi.advanceTimersByTime(1000)
    expect(writes.join('').trimEnd().split('\n')).toHaveLength(2)
  })

  it('writes as soon as 64 KiB are gathered', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const log = jsonLogger((text) => writes.push(text))
    const line = { level: 'info' as const, msg: 'request', path: 'x'.repeat(1000) }
    let sent = 0
    while (writes.length === 0) {
      log(line)
      sent += 1
    }
    expect(writes[0]?.length).toBeGreaterThanOrEqual(65_536)
    expect(writes[0]?.trimEnd().split('\n')).toHaveLength(sent)
  })
})

describe('RequestLine', () => {
  it('writes the JSON that JSON.stringify would, whatever its fields hold', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' })
    )
    const number = fc.oneof(fc.integer(), fc.double())
    fc.assert(
      fc.property(text, text, text, text, number, number, (time, id, method, path, status, ms) => {
        const line = new RequestLine(time, id, method, path, status, ms)
        expect(line.json()).toBe(JSON.stringify(line))
        expect(JSON.parse(line.json())).toEqual(JSON.parse(JSON.stringify({ ...line })))
      })
    )
  })

  it('escapes exactly what JSON.stringify escapes, at the edges of what it leaves be', () => {
    const edges = [
      '"',
      '\\',
      '\u0000',
      '\u001f',
      ' ',
      '\u007f',
      '\u2028',
      '\ud7ff',
      '\ud800',
      '\udfff',
      '\ue000',
      '😀',
      'é',
    ]
    for (const edge of edges) {
      const line = new RequestLine(edge, `id${edge}`, 'GET', `/a${edge}b`, 200, 0.5)
      expect(line.json()).toBe(JSON.stringify(line))
    }
  })

  it('is an error line for a 5xx answer, and written as one line by the JSON logger', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const log = jsonLogger((text) => writes.push(text))
    log(new RequestLine('2025-04-01T09:00:00.000Z', 'id-1', 'GET', '/a"b\n', 503, 1.5))
    vi.advanceTimersByTime(50)
    expect(writes).toEqual([
      '{"time":"2025-04-01T09:00:00.000Z","level":"error","msg":"request","requestId":"id-1",' +
        '"method":"GET","path":"/a\\"b\\n","status":503,"durationMs":1.5}\n',
    ])
  })
})

describe('logTime', () => {
  it('formats every instant as ISO 8601, whatever came before it', () => {
    const instant = fc.integer({ min: -8.64e15, max: 8.64e15 })
    // Runs of repeats and neighbours: the kept millisecond must never leak into the next.
    const run = fc.array(fc.oneof(instant, fc.constantFrom(0, 1, 1, 2)), { maxLength: 20 })
    fc.assert(
      fc.property(run, (instants) => {
        for (const ms of instants) expect(logTime(new Date(ms))).toBe(new Date(ms).toISOString())
      })
    )
  })
})

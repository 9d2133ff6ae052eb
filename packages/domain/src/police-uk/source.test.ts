import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PoliceUkChunkDecoder, policeUkChunks, type PoliceUkChunk } from './source.ts'

async function collect(source: Parameters<typeof policeUkChunks>[0]): Promise<PoliceUkChunk[]> {
  const chunks: PoliceUkChunk[] = []
  for await (const chunk of policeUkChunks(source)) chunks.push(chunk)
  return chunks
}

describe('policeUkChunks', () => {
  it('treats a string or a Uint8Array as one chunk', async () => {
    expect(await collect('a,b')).toEqual(['a,b'])
    expect(await collect(new Uint8Array([97, 98]))).toEqual([new Uint8Array([97, 98])])
  })

  it('reads arrays, generators, async generators and ReadableStreams', async () => {
    expect(await collect(['a', 'b'])).toEqual(['a', 'b'])
    expect(await collect((function* () { yield 'a'; yield 'b' })())).toEqual(['a', 'b']) // prettier-ignore
    expect(await collect((async function* () { yield 'a'; yield 'b' })())).toEqual(['a', 'b']) // prettier-ignore
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue('a')
        controller.enqueue('b')
        controller.close()
      },
    })
    expect(await collect(stream)).toEqual(['a', 'b'])
    expect(stream.locked).toBe(false)
  })

  it('rejects a source of the wrong kind', async () => {
    await expect(collect(42 as unknown as string)).rejects.toThrow(TypeError)
  })
})

describe('PoliceUkChunkDecoder', () => {
  it('decodes characters cut between byte chunks and drops a BOM split across chunks', () => {
    const bytes = new TextEncoder().encode('\uFEFFYnys Môn – 😀')
    const decoder = new PoliceUkChunkDecoder()
    const parts = [1, 2, 9, 10, 14, 16, 18].map((end, i, ends) =>
      bytes.subarray(ends[i - 1] ?? 0, end)
    )
    const text =
      parts.map((part) => decoder.decode(part)).join('') +
      decoder.decode(bytes.subarray(18)) +
      decoder.flush()
    expect(text).toBe('Ynys Môn – 😀')
  })

  it('drops a BOM at the start of string input only', () => {
    const decoder = new PoliceUkChunkDecoder()
    expect(decoder.decode('')).toBe('')
    expect(decoder.decode('\uFEFFa')).toBe('a')
    expect(decoder.decode('\uFEFFb')).toBe('\uFEFFb')
  })

  it('turns an incomplete trailing character into U+FFFD on flush', () => {
    const decoder = new PoliceUkChunkDecoder()
    expect(decoder.decode(new Uint8Array([0x61, 0xc3]))).toBe('a')
    expect(decoder.flush()).toBe('\uFFFD')
  })

  it('rejects chunks that are neither text nor bytes, naming the type', () => {
    expect(() => new PoliceUkChunkDecoder().decode(5)).toThrow('got number')
    expect(() => new PoliceUkChunkDecoder().decode(null)).toThrow('got null')
  })

  it('decodes any UTF-8 text cut anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.nat()),
        fc.boolean(),
        (text, cuts, bom) => {
          const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text)
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
          const decoder = new PoliceUkChunkDecoder()
          const ends = [...points, bytes.length]
          const out = [0, ...points].map((from, i) => decoder.decode(bytes.subarray(from, ends[i])))
          expect(out.join('') + decoder.flush()).toBe(text.replace(/^\uFEFF/, ''))
        }
      )
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PoliceUkChunkEncoder, policeUkChunks, type PoliceUkChunk } from './source.ts'
import { utf8Bytes } from './utf8.ts'

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

/** Every view the encoder hands over, copied (they are only valid during the call). */
function encodeAll(chunks: readonly unknown[]): Uint8Array[] {
  const encoder = new PoliceUkChunkEncoder()
  const out: Uint8Array[] = []
  const use = (bytes: Uint8Array) => out.push(bytes.slice())
  for (const chunk of chunks) encoder.encode(chunk, use)
  encoder.flush(use)
  return out
}

const joined = (parts: readonly Uint8Array[]) =>
  new TextDecoder().decode(new Uint8Array(parts.flatMap((part) => [...part])))

describe('PoliceUkChunkEncoder', () => {
  it('passes byte chunks through as they are, without copying', () => {
    const bytes = new Uint8Array([0xc3, 0xb4])
    const seen: Uint8Array[] = []
    new PoliceUkChunkEncoder().encode(bytes, (view) => seen.push(view))
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBe(bytes)
  })

  it('encodes strings as UTF-8, keeping a surrogate pair cut between chunks whole', () => {
    expect(joined(encodeAll(['Ynys Môn – \uD83D', '\uDE00!']))).toBe('Ynys Môn – 😀!')
    expect(joined(encodeAll(['\uD83D', '', '\uDE00']))).toBe('😀')
  })

  it('turns a high surrogate left at the end, or before bytes, into U+FFFD', () => {
    expect(joined(encodeAll(['a\uD83D']))).toBe('a\uFFFD')
    expect(joined(encodeAll(['a\uD83D', new Uint8Array([0x62])]))).toBe('a\uFFFDb')
  })

  it('cuts long strings into pieces, never inside a surrogate pair', () => {
    const text = 'x'.repeat(65_535) + '😀' + 'é'.repeat(70_000)
    const parts = encodeAll([text])
    expect(parts.length).toBeGreaterThan(1)
    expect(joined(parts)).toBe(text)
  })

  it('rejects chunks that are neither text nor bytes, naming the type', () => {
    expect(() => encodeAll([5])).toThrow('got number')
    expect(() => encodeAll([null])).toThrow('got null')
  })

  it('encodes any text cut anywhere into the same bytes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.nat()), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
        const ends = [...points, text.length]
        const chunks = [0, ...points].map((from, i) => text.slice(from, ends[i]))
        expect(joined(encodeAll(chunks))).toBe(new TextDecoder().decode(utf8Bytes(text)))
      })
    )
  })
})

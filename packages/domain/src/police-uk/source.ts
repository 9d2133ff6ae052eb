/**
 * The minimum of a web `ReadableStream` the importer uses, so browser, Node and Deno streams
 * all fit without the DOM types.
 *
 * @example
 * ```ts
 * const stream: ReadableStreamLike<string> = new ReadableStream<string>()
 * ```
 */
export interface ReadableStreamLike<T> {
  getReader(): {
    read(): Promise<{ done: boolean; value?: T | undefined }>
    releaseLock(): void
  }
}

/**
 * A piece of a street-level CSV: text, or UTF-8 bytes cut anywhere (even inside a character).
 * A byte chunk may be a view of a buffer the source refills for its next chunk: the importer
 * has finished with a chunk, and keeps no reference to it, before it asks for the next one.
 *
 * @example
 * ```ts
 * const chunk: PoliceUkChunk = new TextEncoder().encode('Crime ID,Month')
 * ```
 */
export type PoliceUkChunk = string | Uint8Array

/**
 * Where a street-level CSV comes from: one chunk, an iterable or async iterable of chunks (a
 * Node `Readable` is one), or a web `ReadableStream` of chunks.
 *
 * @example
 * ```ts
 * const source: PoliceUkSource = ['Crime ID,Month,', 'Reported by,…\n']
 * ```
 */
export type PoliceUkSource =
  | PoliceUkChunk
  | Iterable<PoliceUkChunk>
  | AsyncIterable<PoliceUkChunk>
  | ReadableStreamLike<PoliceUkChunk>

/**
 * Yields the chunks of a {@link PoliceUkSource} one at a time, pulling the next only when the
 * caller asks for it (so a stream's backpressure holds).
 *
 * @example
 * ```ts
 * for await (const chunk of policeUkChunks(['a', 'b'])) console.log(chunk) // 'a', then 'b'
 * ```
 */
export async function* policeUkChunks(source: PoliceUkSource): AsyncGenerator<PoliceUkChunk> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source
  } else if (isReadableStream(source)) {
    const reader = source.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        if (value !== undefined) yield value
      }
    } finally {
      reader.releaseLock()
    }
  } else if (Symbol.asyncIterator in source) {
    yield* source
  } else if (Symbol.iterator in source) {
    yield* source
  } else {
    throw new TypeError('source must be a string, a Uint8Array, an (async) iterable or a stream')
  }
}

function isReadableStream(source: object): source is ReadableStreamLike<PoliceUkChunk> {
  return typeof (source as { getReader?: unknown }).getReader === 'function'
}

const pieceLength = 1 << 16
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * Turns chunks into UTF-8 bytes for the splitter. Byte chunks pass through untouched (no copy,
 * no decoding); strings are encoded in 64 Ki-character pieces into one reused buffer, keeping
 * a surrogate pair cut between two string chunks whole.
 *
 * @example
 * ```ts
 * const encoder = new PoliceUkChunkEncoder()
 * const out: number[] = []
 * encoder.encode('Ynys M\uD83D', (bytes) => out.push(...bytes))
 * encoder.encode('\uDE00n', (bytes) => out.push(...bytes))
 * encoder.flush((bytes) => out.push(...bytes))
 * new TextDecoder().decode(new Uint8Array(out)) //=> 'Ynys M😀n'
 * ```
 */
export class PoliceUkChunkEncoder {
  private readonly encoder = new TextEncoder()
  private buffer = new Uint8Array(0)
  private pending = ''

  /**
   * Calls `use` with the bytes of `chunk`, in one or more views that are valid only during the
   * call. Throws a `TypeError` naming the type of anything but a string or a Uint8Array.
   */
  encode(chunk: unknown, use: (bytes: Uint8Array) => void): void {
    if (chunk instanceof Uint8Array) {
      this.flush(use)
      use(chunk)
      return
    }
    if (typeof chunk !== 'string') {
      const kind = chunk === null ? 'null' : typeof chunk
      throw new TypeError(`each chunk must be a string or a Uint8Array, got ${kind}`)
    }
    const text = this.pending === '' ? chunk : this.pending + chunk
    let end = text.length
    this.pending = ''
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) {
      this.pending = text.slice(end - 1)
      end--
    }
    for (let at = 0; at < end;) {
      let to = Math.min(end, at + pieceLength)
      if (to < end && isHighSurrogate(text.charCodeAt(to - 1))) to--
      this.piece(text.slice(at, to), use)
      at = to
    }
  }

  /** Passes on a high surrogate left at the end of the last string, as U+FFFD. */
  flush(use: (bytes: Uint8Array) => void): void {
    if (this.pending === '') return
    const text = this.pending
    this.pending = ''
    this.piece(text, use)
  }

  private piece(text: string, use: (bytes: Uint8Array) => void): void {
    if (this.buffer.length < text.length * 3) {
      this.buffer = new Uint8Array(Math.max(pieceLength, text.length) * 3)
    }
    const { written } = this.encoder.encodeInto(text, this.buffer)
    use(this.buffer.subarray(0, written))
  }
}

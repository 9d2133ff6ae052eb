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

/**
 * Turns chunks into text: UTF-8 bytes through one streaming `TextDecoder` (so a character cut
 * between chunks survives), strings as they are, and a leading byte-order mark dropped.
 *
 * @example
 * ```ts
 * const decoder = new PoliceUkChunkDecoder()
 * const bytes = new TextEncoder().encode('\uFEFFYnys Môn')
 * decoder.decode(bytes.subarray(0, 11)) + decoder.decode(bytes.subarray(11)) //=> 'Ynys Môn'
 * ```
 */
export class PoliceUkChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  private atStart = true
  private pendingBytes = false

  /** The text of `chunk`; throws a `TypeError` naming the type of anything else. */
  decode(chunk: unknown): string {
    if (typeof chunk === 'string') return this.strip(this.finishBytes() + chunk)
    if (chunk instanceof Uint8Array) {
      this.pendingBytes = true
      return this.strip(this.decoder.decode(chunk, { stream: true }))
    }
    const kind = chunk === null ? 'null' : typeof chunk
    throw new TypeError(`each chunk must be a string or a Uint8Array, got ${kind}`)
  }

  /** Whatever a trailing incomplete character decodes to (U+FFFD), or ''. */
  flush(): string {
    return this.strip(this.finishBytes())
  }

  private finishBytes(): string {
    if (!this.pendingBytes) return ''
    this.pendingBytes = false
    return this.decoder.decode()
  }

  private strip(text: string): string {
    if (!this.atStart || text === '') return text
    this.atStart = false
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  }
}

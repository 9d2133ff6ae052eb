import { closeSync, openSync, readSync } from 'node:fs'

/** Big enough that a read costs little next to parsing it, small enough to stay in cache. */
export const policeUkChunkBytes = 1 << 18

/**
 * The bytes of a file as views of one buffer that is refilled for every chunk: plain blocking
 * reads, no stream and no allocation per chunk. A view is valid only until the next one is
 * asked for; the police.uk aggregator finishes with each chunk, and keeps no reference to it,
 * before it asks for the next, so this is safe to hand to it (and to nothing that keeps chunks).
 *
 * Blocking is right for a one-shot command or a worker thread: a read from the page cache takes
 * well under a millisecond, while a thread-pool round trip per chunk (`FileHandle.read`) cost
 * ~10% of the import's throughput in `pnpm bench:import`.
 *
 * @example
 * ```ts
 * const aggregator = createPoliceUkAggregator()
 * await aggregator.add(policeUkFileChunks('2024-12-derbyshire-street.csv'), { file: '2024-12…' })
 * ```
 */
export function* policeUkFileChunks(
  path: string,
  buffer: Uint8Array = new Uint8Array(policeUkChunkBytes)
): Generator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r')
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    closeSync(fd)
  }
}

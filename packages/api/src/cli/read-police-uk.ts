import { closeSync, openSync, readSync } from 'node:fs'
import { createPoliceUkAggregator, type PoliceUkAggregate } from '@csp/domain'
import type { InputFile } from './input-files.ts'
import type { CliIo } from './io.ts'
import { createProgressBar } from './progress.ts'

/** Big enough that a read costs little next to parsing it, small enough to stay in cache. */
const chunkBytes = 1 << 18

/**
 * The bytes of a file as views of one buffer that is refilled for every chunk: plain blocking
 * reads, no stream and no allocation per chunk. A view is valid only until the next one is
 * asked for; the police.uk aggregator finishes with each chunk, and keeps no reference to it,
 * before it asks for the next, so this is safe to hand to it (and to nothing that keeps chunks).
 *
 * Blocking is right for a one-shot command: a read from the page cache takes well under a
 * millisecond, while a thread-pool round trip per chunk (`FileHandle.read`) cost ~10% of the
 * import's throughput in `pnpm bench:import`.
 */
export function* policeUkFileChunks(
  path: string,
  buffer: Uint8Array = new Uint8Array(chunkBytes)
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

/**
 * Reads every file through one aggregator and one reused buffer, drawing a progress bar on a
 * terminal. `csp police-uk …` and the import benchmark (`pnpm bench:import`) both read this way.
 */
export async function readPoliceUkFiles(
  files: readonly InputFile[],
  io: CliIo
): Promise<PoliceUkAggregate> {
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0)
  const bar = createProgressBar(io, totalBytes)
  let rows = 0
  let bytes = 0
  const aggregator = createPoliceUkAggregator({
    progressEvery: 50_000,
    onProgress: (progress) => {
      rows = progress.rows
      bytes = progress.bytes
      bar.update(rows, bytes)
    },
  })
  const buffer = new Uint8Array(chunkBytes)
  for (const file of files) {
    await aggregator.add(policeUkFileChunks(file.path, buffer), { file: file.name })
  }
  bar.finish(rows, bytes)
  return aggregator.result()
}

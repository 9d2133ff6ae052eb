import { createReadStream } from 'node:fs'
import { createPoliceUkAggregator, type PoliceUkAggregate } from '@csp/domain'
import type { InputFile } from './input-files.ts'
import type { CliIo } from './io.ts'
import { createProgressBar } from './progress.ts'

/** Streams every file through one aggregator, drawing a progress bar on a terminal. */
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
  for (const file of files) {
    await aggregator.add(createReadStream(file.path, { highWaterMark: 1 << 20 }), {
      file: file.name,
    })
  }
  bar.finish(rows, bytes)
  return aggregator.result()
}

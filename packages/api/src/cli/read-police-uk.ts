import type { PoliceUkAggregate } from '@csp/domain'
import { readPoliceUkFiles as readFiles } from '@csp/police-uk'
import type { InputFile } from './input-files.ts'
import type { CliIo } from './io.ts'
import { createProgressBar } from './progress.ts'

export { policeUkFileChunks } from '@csp/police-uk'

/**
 * Reads every file through one aggregator and one reused buffer (`@csp/police-uk`'s reader),
 * drawing a progress bar on a terminal. `csp police-uk …` reads this way, as does the import
 * benchmark (`pnpm bench:import`).
 */
export async function readPoliceUkFiles(
  files: readonly InputFile[],
  io: CliIo
): Promise<PoliceUkAggregate> {
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0)
  const bar = createProgressBar(io, totalBytes)
  let rows = 0
  let bytes = 0
  const aggregator = await readFiles(files, {
    progressEvery: 50_000,
    onProgress: (progress) => {
      rows = progress.rows
      bytes = progress.bytes
      bar.update(rows, bytes)
    },
  })
  bar.finish(rows, bytes)
  return aggregator.result()
}

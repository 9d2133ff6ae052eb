import { basename } from 'node:path'
import {
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkAggregator,
} from '@csp/domain/police-uk'
import { policeUkChunkBytes, policeUkFileChunks } from './file-chunks.ts'

/**
 * A street-level file to read: its path, and the name errors give it (default: the file name).
 *
 * @example
 * ```ts
 * const file: PoliceUkFile = { path: '/data/2024-12/2024-12-derbyshire-street.csv' }
 * ```
 */
export interface PoliceUkFile {
  path: string
  name?: string | undefined
}

/**
 * The name a file's errors carry.
 *
 * @example
 * ```ts
 * policeUkFileName({ path: '/data/2024-12-derbyshire-street.csv' }) //=> '2024-12-derbyshire-street.csv'
 * ```
 */
export function policeUkFileName(file: PoliceUkFile): string {
  return file.name ?? basename(file.path)
}

/**
 * Reads files one after another on this thread into a new aggregator, through one reused
 * buffer, and returns the aggregator (`.result()` for the aggregate). `csp police-uk …` reads
 * this way.
 *
 * @example
 * ```ts
 * const aggregator = await readPoliceUkFiles([{ path: 'a.csv' }, { path: 'b.csv' }])
 * aggregator.result().rows //=> rows of both files
 * ```
 */
export async function readPoliceUkFiles(
  files: readonly PoliceUkFile[],
  options: PoliceUkAggregateOptions = {}
): Promise<PoliceUkAggregator> {
  const aggregator = createPoliceUkAggregator(options)
  const buffer = new Uint8Array(policeUkChunkBytes)
  for (const file of files) {
    await aggregator.add(policeUkFileChunks(file.path, buffer), { file: policeUkFileName(file) })
  }
  return aggregator
}

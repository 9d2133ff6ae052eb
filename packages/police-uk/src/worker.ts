// A reader thread: reads a file (or a stream of chunks the main thread posts) into a fresh
// aggregator and posts back its snapshot, transferring the arrays. Started by workers.ts.
import { parentPort, workerData } from 'node:worker_threads'
import {
  checkPoliceUkGeography,
  createPoliceUkAggregator,
  policeUkSnapshotBuffers,
  type PoliceUkAggregator,
  type PoliceUkGeography,
} from '@csp/domain/police-uk'
import { policeUkChunkBytes, policeUkFileChunks } from './file-chunks.ts'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.ts'

const port = parentPort
if (port === null) throw new Error('worker.ts runs as a worker thread')
const setup = workerData as WorkerSetup
const geography = setup.geography && (await loadGeography(setup.geography))
const buffer = new Uint8Array(policeUkChunkBytes)
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer)
let stream: ChunkQueue | undefined

port.on('message', (message: ToWorker) => {
  if (message.type === 'file') {
    void read((aggregator) =>
      aggregator.add(policeUkFileChunks(message.path, buffer), { file: message.name })
    )
  } else if (message.type === 'start') {
    const queue = new ChunkQueue()
    stream = queue
    void read((aggregator) => aggregator.add(queue, { file: message.name }))
  } else if (message.type === 'chunk') stream?.push(message.bytes)
  else stream?.end()
})

async function read(into: (aggregator: PoliceUkAggregator) => Promise<void>): Promise<void> {
  try {
    const aggregator = createPoliceUkAggregator({
      ...setup.options,
      geography,
      onProgress: ({ rows, bytes }) => post({ type: 'progress', rows, bytes }),
    })
    await into(aggregator)
    const snapshot = aggregator.snapshot()
    post({ type: 'done', snapshot }, policeUkSnapshotBuffers(snapshot))
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}

async function loadGeography(from: NonNullable<WorkerSetup['geography']>) {
  const module = (await import(from.module)) as Record<string, unknown>
  let found = module[from.exportName]
  if (typeof found === 'function') found = await (found as () => unknown)()
  if (found === null || typeof found !== 'object') {
    throw new TypeError(`${from.module} has no geography export "${from.exportName}"`)
  }
  const geography = found as PoliceUkGeography
  // The aggregator checks districts against its areas; this names the module when it is not one.
  if (!(geography.lsoaCodes instanceof Map)) {
    throw new TypeError(`${from.module}#${from.exportName} is not a PoliceUkGeography`)
  }
  checkPoliceUkGeography(geography, new Set(geography.lsoaCodes.values()))
  return geography
}

/** Chunks posted by the main thread, handed to the aggregator one at a time; each one read is acknowledged. */
class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: (Uint8Array | null)[] = []
  private wake: (() => void) | undefined

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk)
    this.wake?.()
  }

  end(): void {
    this.chunks.push(null)
    this.wake?.()
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      while (this.chunks.length === 0) await new Promise<void>((resolve) => (this.wake = resolve))
      this.wake = undefined
      const chunk = this.chunks.shift()
      if (chunk === null || chunk === undefined) return
      yield chunk
      post({ type: 'ack' })
    }
  }
}

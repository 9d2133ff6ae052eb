// A reader thread: reads the files it is sent (or a stream of chunks the main thread posts)
// into one aggregator, answering each file with its errors, and at the end posts the
// aggregator's snapshot, transferring the arrays. Started by workers.ts.
import { setPriority } from 'node:os'
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
// Reading is background work: on a busy machine, the thread that answers requests (and
// hashes a password at sign-in) goes first. On Linux a nice value belongs to the thread that
// sets it; elsewhere it would slow the whole process, so it is left alone there.
if (process.platform === 'linux') setPriority(10)
const geography = setup.geography && (await loadGeography(setup.geography))
const buffer = new Uint8Array(policeUkChunkBytes)
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer)
let aggregator: PoliceUkAggregator | undefined
let stream: ChunkQueue | undefined
// Messages are handled one after another, each once the one before has finished.
let work = Promise.resolve()

port.on('message', (message: ToWorker) => {
  if (message.type === 'chunk') stream?.push(message.bytes)
  else if (message.type === 'end') stream?.end()
  else work = work.then(() => handle(message)).catch(fail)
})

/** One aggregator for every file this thread reads: its snapshot is sent once, at the end. */
function reader(): PoliceUkAggregator {
  aggregator ??= createPoliceUkAggregator({
    ...setup.options,
    geography,
    onProgress: ({ rows, bytes }) => post({ type: 'progress', rows, bytes }),
  })
  return aggregator
}

async function handle(
  message: Extract<ToWorker, { type: 'file' | 'finish' | 'start' | 'stream' }>
) {
  if (message.type === 'stream') {
    // One of several streams: read it, answer with its errors, and wait for the next.
    stream = new ChunkQueue()
    const errors = await reader().add(stream, { file: message.name })
    post({ type: 'file-done', errors })
    return
  }
  if (message.type === 'file') {
    const errors = await reader().add(policeUkFileChunks(message.path, buffer), {
      file: message.name,
    })
    post({ type: 'file-done', errors })
    return
  }
  if (message.type === 'start') {
    stream = new ChunkQueue()
    await reader().add(stream, { file: message.name })
  }
  const snapshot = reader().snapshot()
  post({ type: 'done', snapshot }, policeUkSnapshotBuffers(snapshot))
}

function fail(error: unknown): void {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
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

import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkAggregator,
  type PoliceUkProgress,
  type PoliceUkSnapshot,
} from '@csp/domain/police-uk'
import type {
  FromWorker,
  PoliceUkGeographyModule,
  ToWorker,
  WorkerAggregateOptions,
  WorkerSetup,
} from './protocol.ts'
import { policeUkFileName, type PoliceUkFile } from './read-files.ts'

// Beside this module: worker.ts when run from source (tests), worker.js when built.
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url
)

/**
 * Options for the worker-thread readers: the aggregator's (areas, gap options, limits), how
 * many threads, and the geography as a module each thread imports.
 *
 * @example
 * ```ts
 * const options: PoliceUkWorkerOptions = { workers: 2, geography: { module: geographyUrl } }
 * ```
 */
export interface PoliceUkWorkerOptions extends Omit<PoliceUkAggregateOptions, 'geography'> {
  /** Threads to start (default: one per CPU, at most one per file). */
  workers?: number | undefined
  geography?: PoliceUkGeographyModule | undefined
}

/**
 * Reads files in parallel on worker threads, one fresh aggregator per file, and merges their
 * snapshots in file order into one aggregator on this thread, which it returns (`.result()`
 * for the aggregate): exactly what {@link readPoliceUkFiles} gives, errors in the same order.
 * The main thread only merges, so it stays free for other work while files are read.
 *
 * @example
 * ```ts
 * const aggregator = await readPoliceUkFilesInWorkers(files.map((path) => ({ path })), { workers: 2 })
 * aggregator.result().lsoaCounts
 * ```
 */
export async function readPoliceUkFilesInWorkers(
  files: readonly PoliceUkFile[],
  options: PoliceUkWorkerOptions = {}
): Promise<PoliceUkAggregator> {
  const { aggregator, setup, progress } = prepare(options)
  const count = Math.max(1, Math.min(files.length, options.workers ?? availableParallelism()))
  const pool = Array.from({ length: count }, (_, id) => new ReaderThread(setup, progress.of(id)))
  const pending = new Map<number, { snapshot: PoliceUkSnapshot; file: string }>()
  let next = 0
  let merged = 0
  try {
    await Promise.all(
      pool.map(async (thread) => {
        while (next < files.length) {
          const index = next++
          const file = files[index] as PoliceUkFile
          const name = policeUkFileName(file)
          const snapshot = await thread.request({ type: 'file', path: file.path, name })
          pending.set(index, { snapshot, file: name })
          // Merged in file order, so the errors come out as a sequential read lists them.
          for (let done = pending.get(merged); done; done = pending.get(merged)) {
            pending.delete(merged++)
            aggregator.merge(done.snapshot)
            progress.finished(done.file, done.snapshot)
          }
        }
      })
    )
  } finally {
    await Promise.all(pool.map((thread) => thread.stop()))
  }
  return aggregator
}

/**
 * Reads one file's bytes, chunk by chunk as they arrive (an HTTP upload's body), on a worker
 * thread, and returns an aggregator holding them (`.result()` for the aggregate). Each chunk is
 * copied and transferred, so the source may reuse its buffers; at most four chunks are in
 * flight, so a fast source waits for the reader rather than filling memory.
 *
 * @example
 * ```ts
 * const aggregator = await aggregatePoliceUkChunksInWorker(request.body, { file: 'upload.csv' })
 * aggregator.result().counts
 * ```
 */
export async function aggregatePoliceUkChunksInWorker(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: PoliceUkWorkerOptions & { file?: string | undefined } = {}
): Promise<PoliceUkAggregator> {
  const { aggregator, setup, progress } = prepare(options)
  const thread = new ReaderThread(setup, progress.of(0))
  const file = options.file ?? 'input'
  try {
    const done = thread.request({ type: 'start', name: file })
    done.catch(() => undefined) // awaited below; a failure also stops the sending
    for await (const chunk of chunks) {
      await thread.room(4)
      thread.send({ type: 'chunk', bytes: new Uint8Array(chunk) })
    }
    thread.send({ type: 'end' })
    const snapshot = await done
    aggregator.merge(snapshot)
    progress.finished(file, snapshot)
    return aggregator
  } finally {
    await thread.stop()
  }
}

function prepare(options: PoliceUkWorkerOptions) {
  const { workers: _workers, geography, onProgress, progressEvery, ...rest } = options
  const aggregator = createPoliceUkAggregator(rest)
  const workerOptions: WorkerAggregateOptions = {
    areas: rest.areas,
    maxErrorsPerFile: rest.maxErrorsPerFile,
    maxRecordLength: rest.maxRecordLength,
    progressEvery: progressEvery ?? 50_000,
  }
  const setup: WorkerSetup = {
    options: workerOptions,
    geography: geography && {
      module: String(geography.module),
      exportName: geography.exportName ?? 'default',
    },
  }
  return { aggregator, setup, progress: progressTracker(onProgress) }
}

/** Sums rows and bytes over finished files and the files each thread is reading. */
function progressTracker(onProgress: ((progress: PoliceUkProgress) => void) | undefined) {
  let rows = 0
  let bytes = 0
  const current = new Map<number, { file: string; rows: number; bytes: number }>()
  const report = (file: string) => {
    let r = rows
    let b = bytes
    for (const reading of current.values()) {
      r += reading.rows
      b += reading.bytes
    }
    onProgress?.({ file, rows: r, bytes: b })
  }
  return {
    of: (id: number) => (file: string, now: { rows: number; bytes: number } | null) => {
      if (now === null) current.delete(id)
      else current.set(id, { file, ...now })
      if (now !== null) report(file)
    },
    finished(file: string, snapshot: PoliceUkSnapshot) {
      rows += snapshot.rows
      bytes += snapshot.bytes
      report(file)
    },
  }
}

/** One worker thread, one request at a time. */
class ReaderThread {
  private readonly worker: Worker
  private reply: { resolve: (s: PoliceUkSnapshot) => void; reject: (e: Error) => void } | undefined
  private file = ''
  private inFlight = 0
  private wake: (() => void) | undefined
  private failure: Error | undefined

  constructor(
    setup: WorkerSetup,
    onProgress: (file: string, now: { rows: number; bytes: number } | null) => void
  ) {
    this.worker = new Worker(workerUrl, { workerData: setup })
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress(this.file, message)
      else if (message.type === 'ack') {
        this.inFlight--
        this.wake?.()
      } else {
        onProgress(this.file, null)
        const reply = this.reply
        this.reply = undefined
        if (message.type === 'done') reply?.resolve(message.snapshot)
        else reply?.reject(new Error(message.message))
      }
    })
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) =>
      this.fail(new Error(`the reader thread stopped (exit code ${code})`))
    )
  }

  /** Sends a request and waits for the snapshot it ends with. */
  request(message: Extract<ToWorker, { type: 'file' | 'start' }>): Promise<PoliceUkSnapshot> {
    if (this.failure) return Promise.reject(this.failure)
    this.file = message.name
    return new Promise((resolve, reject) => {
      this.reply = { resolve, reject }
      this.worker.postMessage(message)
    })
  }

  /** Posts a chunk (transferring its buffer) or the end of the stream. */
  send(message: Extract<ToWorker, { type: 'chunk' | 'end' }>): void {
    if (this.failure) throw this.failure
    if (message.type === 'chunk') {
      this.inFlight++
      this.worker.postMessage(message, [message.bytes.buffer as ArrayBuffer])
    } else this.worker.postMessage(message)
  }

  /** Resolves once fewer than `limit` chunks are unread. */
  async room(limit: number): Promise<void> {
    while (this.inFlight >= limit) {
      if (this.failure) throw this.failure
      await new Promise<void>((resolve) => (this.wake = resolve))
    }
    if (this.failure) throw this.failure
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('the reader thread was stopped')
    await this.worker.terminate()
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.reply?.reject(error)
    this.reply = undefined
    this.wake?.()
  }
}

import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkAggregator,
  type PoliceUkImportError,
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
 * Reads files in parallel on worker threads, one aggregator per thread, and merges them into
 * one aggregator on this thread, which it returns (`.result()` for the aggregate): exactly what
 * {@link readPoliceUkFiles} gives, errors in file order. Files are handed out one at a time to
 * whichever thread is free, so a large file does not hold the others up.
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
  const errors: PoliceUkImportError[][] = []
  let next = 0
  try {
    await Promise.all(
      pool.map(async (thread) => {
        while (next < files.length) {
          const index = next++
          const file = files[index] as PoliceUkFile
          const name = policeUkFileName(file)
          errors[index] = await thread.read(name, { type: 'file', path: file.path, name })
        }
      })
    )
    const snapshots = await Promise.all(pool.map((thread) => thread.finish()))
    // The files' errors in file order, then every thread's counts (their errors are those).
    aggregator.merge(errorsOnly(errors.flat()))
    for (const snapshot of snapshots) aggregator.merge({ ...snapshot, errors: [] })
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
export function aggregatePoliceUkChunksInWorker(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: PoliceUkWorkerOptions & { file?: string | undefined } = {}
): Promise<PoliceUkAggregator> {
  const { file = 'input', ...rest } = options
  return aggregatePoliceUkStreamsInWorker([{ name: file, chunks }], rest)
}

/**
 * Reads several files' bytes (streams, one after another, as an import of several uploads or
 * of files read elsewhere) on ONE worker thread: the thread starts, and loads the geography,
 * once. Returns an aggregator holding them all, errors in file order.
 *
 * @example
 * ```ts
 * const aggregator = await aggregatePoliceUkStreamsInWorker(
 *   files.map((path) => ({ name: path, chunks: policeUkFileChunks(path) })))
 * ```
 */
export async function aggregatePoliceUkStreamsInWorker(
  streams: Iterable<{
    name: string
    chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>
  }>,
  options: PoliceUkWorkerOptions = {}
): Promise<PoliceUkAggregator> {
  const { aggregator, setup, progress } = prepare(options)
  const thread = new ReaderThread(setup, progress.of(0))
  try {
    for (const { name, chunks } of streams) {
      const done = thread.read(name, { type: 'stream', name })
      done.catch(() => undefined) // awaited below; a failure also stops the sending
      for await (const chunk of chunks) {
        await thread.room(4)
        thread.send({ type: 'chunk', bytes: new Uint8Array(chunk) })
      }
      thread.send({ type: 'end' })
      await done
    }
    aggregator.merge(await thread.finish())
    return aggregator
  } finally {
    await thread.stop()
  }
}

/** A snapshot with errors and nothing else, to put errors into an aggregator in order. */
function errorsOnly(errors: PoliceUkImportError[]): PoliceUkSnapshot {
  return {
    rows: 0,
    bytes: 0,
    errors,
    districts: [],
    forces: [],
    lsoas: [],
    cells: [],
    forceMonths: [],
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

/** Sums the rows and bytes each thread has read so far. */
function progressTracker(onProgress: ((progress: PoliceUkProgress) => void) | undefined) {
  const threads = new Map<number, { rows: number; bytes: number }>()
  return {
    of: (id: number) => (file: string, now: { rows: number; bytes: number }) => {
      threads.set(id, { rows: now.rows, bytes: now.bytes })
      let rows = 0
      let bytes = 0
      for (const thread of threads.values()) {
        rows += thread.rows
        bytes += thread.bytes
      }
      onProgress?.({ file, rows, bytes })
    },
  }
}

/** One worker thread, one request at a time. */
class ReaderThread {
  private readonly worker: Worker
  private reply:
    | { type: 'file-done' | 'done'; resolve: (value: never) => void; reject: (e: Error) => void }
    | undefined
  private file = ''
  private inFlight = 0
  private wake: (() => void) | undefined
  private failure: Error | undefined

  constructor(
    setup: WorkerSetup,
    onProgress: (file: string, now: { rows: number; bytes: number }) => void
  ) {
    this.worker = new Worker(workerUrl, { workerData: setup })
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress(this.file, message)
      else if (message.type === 'ack') {
        this.inFlight--
        this.wake?.()
      } else if (message.type === 'failed') this.fail(new Error(message.message))
      else {
        const reply = this.reply
        this.reply = undefined
        if (message.type === 'file-done' && reply?.type === 'file-done') {
          ;(reply.resolve as (errors: PoliceUkImportError[]) => void)(message.errors)
        } else if (message.type === 'done' && reply?.type === 'done') {
          ;(reply.resolve as (snapshot: PoliceUkSnapshot) => void)(message.snapshot)
        }
      }
    })
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => {
      this.fail(new Error(`the reader thread stopped (exit code ${code})`))
    })
  }

  /** Reads a file, or a stream the caller then sends; resolves with its errors. */
  read(
    name: string,
    message: Extract<ToWorker, { type: 'file' | 'stream' }>
  ): Promise<PoliceUkImportError[]> {
    this.file = name
    return this.ask<PoliceUkImportError[]>('file-done', message)
  }

  /** Ends the thread's reading (after its files, or a stream): resolves with its snapshot. */
  finish(message: Extract<ToWorker, { type: 'finish' | 'start' }> = { type: 'finish' }) {
    if (message.type === 'start') this.file = message.name
    return this.ask<PoliceUkSnapshot>('done', message)
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

  private ask<T>(type: 'file-done' | 'done', message: ToWorker): Promise<T> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise<T>((resolve, reject) => {
      this.reply = { type, resolve: resolve as (value: never) => void, reject }
      this.worker.postMessage(message)
    })
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.reply?.reject(error)
    this.reply = undefined
    this.wake?.()
  }
}

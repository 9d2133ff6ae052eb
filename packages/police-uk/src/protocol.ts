// Messages between the readers (main thread) and worker.ts.
import type {
  PoliceUkAggregateOptions,
  PoliceUkImportError,
  PoliceUkSnapshot,
} from '@csp/domain/police-uk'

/**
 * Where a worker finds the geography: a module (URL or path) and the name of its export, a
 * `PoliceUkGeography` or a (possibly async) function returning one. Functions cannot be sent to
 * a thread, so each worker imports the module itself.
 *
 * @example
 * ```ts
 * const geography: PoliceUkGeographyModule = { module: new URL('./derbyshire-geography.js', import.meta.url), exportName: 'policeUkGeography' }
 * ```
 */
export interface PoliceUkGeographyModule {
  module: string | URL
  /** Default `default`. */
  exportName?: string | undefined
}

/** The aggregator options a worker can be given (plain data). */
export type WorkerAggregateOptions = Pick<
  PoliceUkAggregateOptions,
  'areas' | 'maxErrorsPerFile' | 'maxRecordLength' | 'progressEvery'
>

/** `workerData` of a reader worker. */
export interface WorkerSetup {
  options: WorkerAggregateOptions
  geography: { module: string; exportName: string } | undefined
}

/** Main thread → worker. */
export type ToWorker =
  | { type: 'file'; path: string; name: string }
  | { type: 'finish' }
  | { type: 'start'; name: string }
  | { type: 'stream'; name: string }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }

/** Worker → main thread. */
export type FromWorker =
  | { type: 'progress'; rows: number; bytes: number }
  | { type: 'ack' }
  | { type: 'file-done'; errors: PoliceUkImportError[] }
  | { type: 'done'; snapshot: PoliceUkSnapshot }
  | { type: 'failed'; message: string }

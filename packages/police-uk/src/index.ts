/**
 * @module
 * Node readers for police.uk street-level files, over `@csp/domain/police-uk`: plain blocking
 * reads into one reused buffer on this thread, or worker threads that read several files (or
 * an upload's byte stream) off the main thread and merge their aggregates exactly.
 */
export { policeUkChunkBytes, policeUkFileChunks } from './file-chunks.ts'
export type { PoliceUkGeographyModule } from './protocol.ts'
export { policeUkFileName, readPoliceUkFiles, type PoliceUkFile } from './read-files.ts'
export {
  aggregatePoliceUkChunksInWorker,
  aggregatePoliceUkStreamsInWorker,
  readPoliceUkFilesInWorkers,
  type PoliceUkWorkerOptions,
} from './workers.ts'

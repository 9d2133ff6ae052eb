// Words for import jobs.

import type { ImportStatus } from '@csp/api/schemas'

interface StatusLabel {
  text: string
  classes: string
}

// Typed by the API's ImportStatus: a status added there must be worded here.
const statusLabels = {
  queued: { text: 'Waiting', classes: 'govuk-tag--grey' },
  running: { text: 'Importing', classes: 'govuk-tag--blue' },
  succeeded: { text: 'Imported', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--grey' },
} satisfies Record<ImportStatus, StatusLabel>

export const importStatuses: Readonly<Record<string, StatusLabel>> = statusLabels

/** A status in words: `statusOf('failed').text //=> 'Failed'`. */
export function statusOf(status: string): { text: string; classes: string } {
  return importStatuses[status] ?? { text: status, classes: 'govuk-tag--grey' }
}

/** A timestamp the GOV.UK way, in UK time: `'26 November 2026 at 8:14am'`. */
export { formatDateTime } from '@csp/domain/format'

const megabytes = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

/**
 * A file size in words, in decimal units as browsers show them: `formatBytes(2145449)
 * //=> '2.1 MB'`, `formatBytes(1132) //=> '1.1 kB'`, `formatBytes(12) //=> '12 bytes'`.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1_000_000) return `${megabytes.format(bytes / 1000)} kB`
  return `${megabytes.format(bytes / 1_000_000)} MB`
}

/** Why an upload got no action result: the connection failed, or the server refused it. */
export type UploadRefusal = { refused: 'connection' } | { refused: 'status'; status: number }

/**
 * What to tell the person when an upload got no action result.
 *
 * @example
 * ```ts
 * refusalMessage({ refused: 'status', status: 413 })
 * //=> 'The files are too large to send at once: send fewer files at a time'
 * ```
 */
export function refusalMessage(refusal: UploadRefusal): string {
  if (refusal.refused === 'connection') {
    return 'The upload stopped before it finished: check your connection and try again'
  }
  return refusal.status === 413
    ? 'The files are too large to send at once: send fewer files at a time'
    : `The upload was refused (the server answered ${refusal.status}): try again`
}

/**
 * What a screen reader hears as an upload goes: once when sending starts, once when the files
 * are sent and being imported (not at every percent).
 *
 * @example
 * ```ts
 * uploadAnnouncement({ done: false, total: 2_145_449 }, 1) //=> 'Sending the file (2.1 MB).'
 * uploadAnnouncement({ done: true, total: 2_145_449 }, 2)
 * //=> 'Sent. Importing 2 files: the report opens when it is done.'
 * ```
 */
export function uploadAnnouncement(
  progress: { done: boolean; total: number } | null,
  files: number
): string {
  if (!progress) return ''
  const what = files === 1 ? 'the file' : `${files} files`
  return progress.done
    ? `Sent. Importing ${what}: the report opens when it is done.`
    : `Sending ${what} (${formatBytes(progress.total)}).`
}

/**
 * The banner over a batch of imports: a success only when every file was imported.
 *
 * @example
 * ```ts
 * batchSummary(['succeeded', 'failed'])
 * //=> { success: false, heading: '2 files were read: 1 not imported' }
 * ```
 */
export function batchSummary(statuses: readonly string[]): { success: boolean; heading: string } {
  const failed = statuses.filter((status) => status !== 'succeeded').length
  const files = statuses.length === 1 ? 'One file' : `${statuses.length} files`
  if (failed === 0) return { success: true, heading: `${files} imported` }
  const verb = statuses.length === 1 ? 'was' : 'were'
  return { success: false, heading: `${files} ${verb} read: ${failed} not imported` }
}

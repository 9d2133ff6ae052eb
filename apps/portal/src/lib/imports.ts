// Words for import jobs.

export const importStatuses: Record<string, { text: string; classes: string }> = {
  queued: { text: 'Waiting', classes: 'govuk-tag--grey' },
  running: { text: 'Importing', classes: 'govuk-tag--blue' },
  succeeded: { text: 'Imported', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--grey' },
}

/** A status in words: `statusOf('failed').text //=> 'Failed'`. */
export function statusOf(status: string): { text: string; classes: string } {
  return importStatuses[status] ?? { text: status, classes: 'govuk-tag--grey' }
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** A timestamp the GOV.UK way, in UK time: `'26 November 2026 at 8:14am'`. */
export function formatDateTime(iso: string): string {
  const parts = dateTime.formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`
}

const megabytes = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

/**
 * A file size in words, in decimal units as browsers show them: `formatBytes(2145449)
 * //=> '2.1 MB'`, `formatBytes(1132) //=> '1.1 kB'`, `formatBytes(12) //=> '12 bytes'`.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1_000_000) return `${megabytes.format(bytes / 1000)} kB`
  return `${megabytes.format(bytes / 1_000_000)} MB`
}

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

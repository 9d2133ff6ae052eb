import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, sessionFetch } from './api.ts'
import { readSession } from './session.ts'

/**
 * Sends a crime table as CSV to `POST /v1/crime-tables/{measure}/{period}` with the session's
 * token (the typed client cannot send a raw body).
 */
export function uploadCrimeTable(
  event: RequestEvent,
  measure: string,
  period: string,
  csv: string
): Promise<Response> {
  const path = `/v1/crime-tables/${encodeURIComponent(measure)}/${encodeURIComponent(period)}`
  return sessionFetch(event)(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${readSession(event.cookies)}`, 'Content-Type': 'text/csv' },
    body: csv,
  })
}

import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, sessionFetch, type Client } from './api.ts'
import type { Success } from './read.ts'
import { readSession } from './session.ts'

/** An import job with its progress and report, as `GET /v1/imports/{id}` gives it. */
export type ImportJob = Success<Client['v1']['imports'][':id']['$get']>

/**
 * Sends a police.uk street-level CSV to the API (`POST /v1/imports/police-uk`) as a stream,
 * the way the API reads it. The typed client cannot send a raw body, so this is plain fetch
 * with the session's token; the answer comes once the API has read and stored (or refused) it.
 */
export async function uploadPoliceUk(event: RequestEvent, file: File): Promise<Response> {
  const url = new URL(`${apiUrl()}/v1/imports/police-uk`)
  url.searchParams.set('file', file.name)
  return sessionFetch(event)(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${readSession(event.cookies)}`,
      'Content-Type': 'text/csv',
    },
    body: file.stream(),
    duplex: 'half',
  } as RequestInit)
}

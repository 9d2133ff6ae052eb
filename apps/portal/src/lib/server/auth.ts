import type { RequestEvent } from '@sveltejs/kit'
import { anonymousApi, tokenApi } from './api.ts'
import type { Success } from './read.ts'
import type { Client } from './api.ts'

/** Who is signed in, as `GET /v1/me` describes them. */
export type SessionUser = Success<Client['v1']['me']['$get']>
export type Role = SessionUser['role']

export type SignInResult =
  | { ok: true; token: string; expiresAt: string }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number | null }

/**
 * Exchanges an email address and password for a token (`POST /v1/auth/token`). The person's
 * own address goes along as X-Forwarded-For, so an API that trusts the portal as its proxy
 * limits sign-in attempts per person rather than per portal.
 */
export async function signIn(
  event: RequestEvent,
  credentials: { email: string; password: string }
): Promise<SignInResult> {
  const response = await anonymousApi(event).v1.auth.token.$post(
    { json: credentials },
    { headers: { 'X-Forwarded-For': event.getClientAddress() } }
  )
  if (response.status === 401) return { ok: false, reason: 'credentials' }
  if (response.status === 429) {
    const retry = Number(response.headers.get('Retry-After'))
    return { ok: false, reason: 'locked', retryAfterSeconds: Number.isFinite(retry) ? retry : null }
  }
  if (response.status !== 201) throw new Error(`POST /v1/auth/token answered ${response.status}`)
  const body = await response.json()
  return { ok: true, token: body.token, expiresAt: body.expiresAt }
}

/** Whose token this is, or null when the API no longer accepts it (expired or revoked). */
export async function currentUser(event: RequestEvent, token: string): Promise<SessionUser | null> {
  const response = await tokenApi(event, token).v1.me.$get()
  if (response.ok) return response.json()
  if (response.status === 401) return null
  throw new Error(`GET /v1/me answered ${(response as Response).status}`)
}

/** Revokes the token at the API (`DELETE /v1/auth/token`); an already dead one is fine. */
export async function revoke(event: RequestEvent, token: string): Promise<void> {
  await tokenApi(event, token).v1.auth.token.$delete()
}

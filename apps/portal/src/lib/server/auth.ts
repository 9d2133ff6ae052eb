import type { RequestEvent } from '@sveltejs/kit'
import { signInApi, tokenApi } from './api.ts'
import type { Success } from './read.ts'
import type { Client } from './api.ts'

/** Who is signed in, as `GET /v1/me` describes them. */
export type SessionUser = Success<Client['v1']['me']['$get']>
export type Role = SessionUser['role']

export type SignInResult =
  | { ok: true; token: string; expiresAt: string }
  | { ok: false; reason: 'second-factor'; challenge: string; expiresAt: string }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number | null }

const locked = (response: Response): SignInResult => {
  const retry = Number(response.headers.get('Retry-After'))
  return { ok: false, reason: 'locked', retryAfterSeconds: Number.isFinite(retry) ? retry : null }
}

/**
 * Exchanges an email address and password for a token (`POST /v1/auth/token`), or for the
 * challenge of a two-factor sign-in. The person's address goes along signed with the secret
 * the portal shares with the API, so the API limits attempts per person rather than per
 * portal; a session the browser still had is sent too, for the API to revoke.
 */
export async function signIn(
  event: RequestEvent,
  credentials: { email: string; password: string },
  previousToken?: string
): Promise<SignInResult> {
  const response = await signInApi(event, previousToken).v1.auth.token.$post({ json: credentials })
  if (response.status === 401) return { ok: false, reason: 'credentials' }
  if (response.status === 429) return locked(response)
  if (response.status === 200) {
    const body = await response.json()
    return {
      ok: false,
      reason: 'second-factor',
      challenge: body.challenge,
      expiresAt: body.expiresAt,
    }
  }
  if (response.status !== 201) throw new Error(`POST /v1/auth/token answered ${response.status}`)
  const body = await response.json()
  return { ok: true, token: body.token, expiresAt: body.expiresAt }
}

/** The second step of a two-factor sign-in (`POST /v1/auth/token/two-factor`). */
export async function signInWithCode(
  event: RequestEvent,
  attempt: { challenge: string; code: string },
  previousToken?: string
): Promise<Exclude<SignInResult, { reason: 'second-factor' }>> {
  const response = await signInApi(event, previousToken).v1.auth.token['two-factor'].$post({
    json: attempt,
  })
  if (response.status === 401 || response.status === 400)
    return { ok: false, reason: 'credentials' }
  if (response.status === 429) {
    return locked(response) as Extract<SignInResult, { reason: 'locked' }>
  }
  if (response.status !== 201) {
    throw new Error(`POST /v1/auth/token/two-factor answered ${(response as Response).status}`)
  }
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

/**
 * What the sign-in pages say when the API refuses attempts for a while.
 *
 * @example
 * ```ts
 * lockedMessage(900) //=> 'There have been too many attempts to sign in. Try again in 15 minutes'
 * ```
 */
export function lockedMessage(seconds: number | null): string {
  if (seconds === null) return 'There have been too many attempts to sign in. Try again later'
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return `There have been too many attempts to sign in. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`
}

import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl } from './api.ts'

// TEMPORARY: raw fetch until the API's auth routes are in AppType; then the typed client.

export type Role = 'admin' | 'analyst' | 'officer' | 'viewer'

export interface SessionUser {
  id: string
  email: string
  name: string
  role: Role
  organisationId: string | null
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; user: SessionUser }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number | null }

export async function signIn(
  event: RequestEvent,
  credentials: { email: string; password: string }
): Promise<SignInResult> {
  const response = await event.fetch(`${apiUrl()}/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (response.status === 401) return { ok: false, reason: 'credentials' }
  if (response.status === 429) {
    const retry = Number(response.headers.get('Retry-After'))
    return { ok: false, reason: 'locked', retryAfterSeconds: Number.isFinite(retry) ? retry : null }
  }
  if (!response.ok) throw new Error(`POST /v1/auth/token answered ${response.status}`)
  const body = (await response.json()) as { token: string; expiresAt: string; user: SessionUser }
  return { ok: true, token: body.token, expiresAt: body.expiresAt, user: body.user }
}

export async function currentUser(event: RequestEvent, token: string): Promise<SessionUser | null> {
  const response = await event.fetch(`${apiUrl()}/v1/me`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  if (response.status === 401) return null
  if (!response.ok) throw new Error(`GET /v1/me answered ${response.status}`)
  return (await response.json()) as SessionUser
}

export async function revoke(event: RequestEvent, token: string): Promise<void> {
  await event.fetch(`${apiUrl()}/v1/auth/token`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}` },
  })
}

import type { Cookies } from '@sveltejs/kit'

// The API token lives only in this cookie: HttpOnly (page scripts never see it), Secure,
// SameSite=Lax (not sent on cross-site posts; SvelteKit's origin check covers the rest) and
// the __Host- prefix (no Domain, Path=/, so no subdomain can set or read it). Browsers accept
// Secure cookies from http://localhost and 127.0.0.1, so local runs and tests work unchanged.
export const sessionCookie = '__Host-csp-session'

/** The signed-in person's token, if the browser sent one. */
export function readSession(cookies: Cookies): string | undefined {
  return cookies.get(sessionCookie) || undefined
}

/** Keeps the token until the API says it expires. */
export function startSession(cookies: Cookies, token: string, expiresAt: string | Date): void {
  cookies.set(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    expires: new Date(expiresAt),
  })
}

export function endSession(cookies: Cookies): void {
  cookies.delete(sessionCookie, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' })
}

// Between the password and the code of a two-factor sign-in: the API's challenge, HttpOnly like
// the session, and only until the challenge expires.
const challengeCookie = '__Host-csp-sign-in'

/** Keeps a two-factor sign-in's challenge until it expires. */
export function startChallenge(cookies: Cookies, challenge: string, expiresAt: string): void {
  cookies.set(challengeCookie, challenge, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    expires: new Date(expiresAt),
  })
}

/** The challenge of a two-factor sign-in under way, if any. */
export function readChallenge(cookies: Cookies): string | undefined {
  return cookies.get(challengeCookie) || undefined
}

export function endChallenge(cookies: Cookies): void {
  cookies.delete(challengeCookie, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' })
}

import { redirect } from '@sveltejs/kit'
import { revoke } from '#lib/server/auth.ts'
import { endSession, readSession } from '#lib/server/session.ts'
import type { Actions, PageServerLoad } from './$types'

// Signing out changes state, so it is a form post; a plain visit goes home.
export const load: PageServerLoad = () => redirect(303, '/')

export const actions: Actions = {
  default: async (event) => {
    const token = readSession(event.cookies)
    // The cookie goes whatever the API says: signing out must work when the API is down.
    endSession(event.cookies)
    // Revoked at the API too, so the token is dead even if a copy of the cookie survives.
    if (token) {
      await revoke(event, token).catch((error: unknown) => {
        console.error(`sign-out: the API did not revoke the token: ${(error as Error).message}`)
      })
    }
    redirect(303, '/sign-in')
  },
}

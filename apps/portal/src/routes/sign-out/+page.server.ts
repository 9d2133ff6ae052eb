import { redirect } from '@sveltejs/kit'
import { revoke } from '#lib/server/auth.ts'
import { endSession, readSession } from '#lib/server/session.ts'
import type { Actions, PageServerLoad } from './$types'

// Signing out changes state, so it is a form post; a plain visit goes home.
export const load: PageServerLoad = () => redirect(303, '/')

export const actions: Actions = {
  default: async (event) => {
    const token = readSession(event.cookies)
    // Revoked at the API first, so the token is dead even if a copy of the cookie survives.
    if (token) await revoke(event, token)
    endSession(event.cookies)
    redirect(303, '/sign-in')
  },
}

import { fail, redirect } from '@sveltejs/kit'
import { TwoFactorSignInRequest } from '@csp/api/schemas'
import { lockedMessage, signInWithCode } from '#lib/server/auth.ts'
import { safeReturnTo } from '#lib/server/return-to.ts'
import { endChallenge, readChallenge, readSession, startSession } from '#lib/server/session.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

// The second step of a two-factor sign-in: the password was right, and the API's challenge is
// in a cookie until it expires. Without it, there is nothing to answer: back to the password.
const startAgain = (url: URL) => {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'))
  const query = new URLSearchParams({ expired: '1', ...(returnTo === '/' ? {} : { returnTo }) })
  return `/sign-in?${query}`
}

export const load: PageServerLoad = ({ locals, cookies, url }) => {
  if (locals.user) redirect(303, safeReturnTo(url.searchParams.get('returnTo')))
  if (!readChallenge(cookies)) redirect(303, startAgain(url))
}

export const actions: Actions = {
  default: async (event) => {
    const challenge = readChallenge(event.cookies)
    if (!challenge) redirect(303, startAgain(event.url))
    const values = formValues(await event.request.formData(), ['code'])
    const checked = validate(
      TwoFactorSignInRequest,
      { challenge, code: values.code },
      {
        code: {
          missing: 'Enter the code from your authenticator app',
          invalid: 'Enter the 6-digit code from your authenticator app, or a recovery code',
        },
      }
    )
    if (!checked.ok) return fail(400, { errors: checked.errors })
    const returnTo = safeReturnTo(event.url.searchParams.get('returnTo'))
    const result = await signInWithCode(event, checked.data, readSession(event.cookies))
    if (!result.ok) {
      const code =
        result.reason === 'locked'
          ? lockedMessage(result.retryAfterSeconds)
          : 'Enter the code your authenticator app shows now. If it keeps failing, sign in with your password again'
      return fail(result.reason === 'locked' ? 429 : 400, { errors: { code } })
    }
    endChallenge(event.cookies)
    startSession(event.cookies, result.token, result.expiresAt)
    redirect(303, returnTo)
  },
}

import { fail, redirect } from '@sveltejs/kit'
import { SignInRequest } from '@csp/api/schemas'
import type { FieldErrors } from '#lib/forms.ts'
import { lockedMessage, signIn } from '#lib/server/auth.ts'
import { safeReturnTo } from '#lib/server/return-to.ts'
import { readSession, startChallenge, startSession } from '#lib/server/session.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = ({ locals, url }) => {
  // Already signed in: straight on to where they were going.
  if (locals.user) redirect(303, safeReturnTo(url.searchParams.get('returnTo')))
  return { expired: url.searchParams.get('expired') === '1' }
}

export const actions: Actions = {
  default: async (event) => {
    const values = formValues(await event.request.formData(), ['email', 'password'])
    // Only the email address goes back to the page; a password is never echoed.
    const kept = { email: values.email ?? '' }
    const checked = validate(SignInRequest, values, {
      email: {
        missing: 'Enter your email address',
        invalid: 'Enter an email address in the correct format, like name@example.com',
      },
      password: { missing: 'Enter your password' },
    })
    if (!checked.ok) return fail(400, { values: kept, errors: checked.errors })

    // Worked out first: nothing is set for a request that will not get there.
    const returnTo = safeReturnTo(event.url.searchParams.get('returnTo'))
    const result = await signIn(event, checked.data, readSession(event.cookies))
    if (!result.ok && result.reason === 'second-factor') {
      startChallenge(event.cookies, result.challenge, result.expiresAt)
      const query = returnTo === '/' ? '' : `?${new URLSearchParams({ returnTo })}`
      redirect(303, `/sign-in/code${query}`)
    }
    if (!result.ok) {
      const message =
        result.reason === 'locked'
          ? lockedMessage(result.retryAfterSeconds)
          : 'Enter the email address and password of your account: they do not match any account'
      const errors: FieldErrors = { email: message }
      return fail(result.reason === 'locked' ? 429 : 400, { values: kept, errors })
    }
    startSession(event.cookies, result.token, result.expiresAt)
    redirect(303, returnTo)
  },
}

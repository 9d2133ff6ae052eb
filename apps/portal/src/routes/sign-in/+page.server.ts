import { fail, redirect } from '@sveltejs/kit'
import { SignInRequest } from '@csp/api/schemas'
import type { FieldErrors } from '#lib/forms.ts'
import { signIn } from '#lib/server/auth.ts'
import { safeReturnTo } from '#lib/server/return-to.ts'
import { startSession } from '#lib/server/session.ts'
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

    const result = await signIn(event, checked.data)
    if (!result.ok) {
      const message =
        result.reason === 'locked'
          ? lockedMessage(result.retryAfterSeconds)
          : 'Enter the email address and password of your account: they do not match any account'
      const errors: FieldErrors = { email: message }
      return fail(result.reason === 'locked' ? 429 : 400, { values: kept, errors })
    }
    startSession(event.cookies, result.token, result.expiresAt)
    redirect(303, safeReturnTo(event.url.searchParams.get('returnTo')))
  },
}

function lockedMessage(seconds: number | null): string {
  if (seconds === null) return 'There have been too many attempts to sign in. Try again later'
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return `There have been too many attempts to sign in. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`
}

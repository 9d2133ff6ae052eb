import { fail, redirect } from '@sveltejs/kit'
import { ChangePasswordRequest } from '@csp/api/schemas'
import { setupPath } from '#lib/server/account.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { startSession } from '#lib/server/session.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = ({ locals }) => ({
  required: locals.user!.requires.includes('password-change'),
})

export const actions: Actions = {
  default: async ({ locals, request, cookies }) => {
    const values = formValues(await request.formData(), ['currentPassword', 'newPassword'])
    const checked = validate(ChangePasswordRequest, values, {
      currentPassword: { missing: 'Enter your current password' },
      newPassword: {
        missing: 'Enter a new password',
        invalid: 'Enter a new password of at least 12 characters (and no more than 1,024)',
      },
    })
    if (!checked.ok) return fail(400, { errors: checked.errors })
    const response = await locals.api.v1.me.password.$post({ json: checked.data })
    if (!response.ok) {
      return fail(400, { errors: await problemErrors(response, 'newPassword') })
    }
    // Every session of the account ended with the change; this is the new one.
    const body = await response.json()
    startSession(cookies, body.token, body.expiresAt)
    redirect(303, setupPath(body.requires) ?? '/account?done=password-changed')
  },
}

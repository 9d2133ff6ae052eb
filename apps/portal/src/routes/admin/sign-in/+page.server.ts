import { SignInSettings } from '@csp/api/schemas'
import { fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, 'admin')
  return bodyOf(await locals.api.v1.settings['sign-in'].$get(), 'sign-in settings')
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    const roles = (await request.formData()).getAll('twoFactorRequiredFor').map(String)
    const checked = validate(
      SignInSettings,
      { twoFactorRequiredFor: roles },
      {
        twoFactorRequiredFor: { invalid: 'Select only roles from the list' },
      }
    )
    if (!checked.ok) return fail(400, { errors: checked.errors })
    const response = await locals.api.v1.settings['sign-in'].$put({ json: checked.data })
    if (!response.ok) {
      return fail(400, { errors: await problemErrors(response, 'twoFactorRequiredFor') })
    }
    redirect(303, '/admin?done=sign-in-changed')
  },
}

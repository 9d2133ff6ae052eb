import { CreateUserRequest } from '@csp/api/schemas'
import { fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

const fields = ['name', 'email', 'organisationId', 'role', 'password'] as const

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, 'admin')
  const organisations = await allItems(async (cursor) =>
    bodyOf(
      await locals.api.v1.organisations.$get({ query: { limit: '100', cursor } }),
      'list of organisations'
    )
  )
  return { organisations }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    const values = formValues(await request.formData(), fields)
    // Everything but the password goes back to the form.
    const { password: _password, ...kept } = values
    const checked = validate(CreateUserRequest, values, {
      name: { missing: 'Enter the person’s name' },
      email: {
        missing: 'Enter their email address',
        invalid: 'Enter an email address in the correct format, like name@example.com',
      },
      organisationId: {
        missing: 'Select their organisation',
        invalid: 'Select their organisation',
      },
      role: { missing: 'Select a role', invalid: 'Select a role' },
      password: {
        missing: 'Enter a first password for them',
        invalid: 'Enter a password of at least 12 characters (and no more than 1,024)',
      },
    })
    if (!checked.ok) return fail(400, { values: kept, errors: checked.errors })
    const response = await locals.api.v1.users.$post({ json: checked.data })
    if (!response.ok) {
      return fail(response.status === 409 ? 409 : 400, {
        values: kept,
        errors: await problemErrors(response, 'email'),
      })
    }
    redirect(303, '/admin?done=user-added')
  },
}

import { UpdateUserRequest } from '@csp/api/schemas'
import { error, fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

// The API's user ids are UUIDs; anything else is not a user.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, 'admin')
  if (!uuid.test(params.id)) error(404, 'There is no such user.')
  const user = await bodyOf(
    await locals.api.v1.users[':id'].$get({ param: { id: params.id } }),
    'such user'
  )
  return { user }
}

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    requireRole(locals, 'admin')
    if (!uuid.test(params.id)) error(404, 'There is no such user.')
    const values = formValues(await request.formData(), ['role', 'disabled'])
    // The form says "Can sign in" or "Cannot sign in"; the API takes a flag.
    const body = {
      role: values.role,
      disabled:
        values.disabled === undefined ? undefined : values.disabled === 'true' ? true : false,
    }
    const checked = validate(UpdateUserRequest, body, {
      role: { missing: 'Select a role', invalid: 'Select a role' },
    })
    if (!checked.ok) return fail(400, { values, errors: checked.errors })
    const response = await locals.api.v1.users[':id'].$patch({
      param: { id: params.id },
      json: checked.data,
    })
    if (response.status === 404) error(404, 'There is no such user.')
    if (!response.ok) {
      return fail(response.status === 409 ? 409 : 400, {
        values,
        errors: await problemErrors(response, 'role'),
      })
    }
    redirect(303, '/admin?done=user-changed')
  },
}

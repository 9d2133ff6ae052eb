import { CreateOrganisationRequest } from '@csp/api/schemas'
import { fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = ({ locals }) => {
  requireRole(locals, 'admin')
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    const values = formValues(await request.formData(), ['name', 'kind'])
    const checked = validate(CreateOrganisationRequest, values, {
      name: { missing: 'Enter the organisation’s name' },
      kind: {
        missing: 'Select the kind of organisation',
        invalid: 'Select the kind of organisation',
      },
    })
    if (!checked.ok) return fail(400, { values, errors: checked.errors })
    const response = await locals.api.v1.organisations.$post({ json: checked.data })
    if (!response.ok) {
      return fail(response.status === 409 ? 409 : 400, {
        values,
        errors: await problemErrors(response, 'name'),
      })
    }
    redirect(303, '/admin?done=organisation-added')
  },
}

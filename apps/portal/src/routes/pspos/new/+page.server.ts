import { CreatePspoRequest } from '@csp/api/schemas'
import { fail, redirect } from '@sveltejs/kit'
import { isoFromParts, readDateParts } from '#lib/dates.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

const dates = ['madeOn', 'startsOn', 'endsOn'] as const

export const load: PageServerLoad = ({ locals }) => {
  requireRole(locals, 'admin', 'officer')
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin', 'officer')
    const form = await request.formData()
    const values = formValues(form, ['title', 'place', 'kind'])
    const parts = Object.fromEntries(dates.map((name) => [name, readDateParts(form, name)]))
    const body = {
      ...values,
      ...Object.fromEntries(dates.map((name) => [name, isoFromParts(parts[name]!)])),
    }
    const date = (missing: string) => ({ missing, invalid: 'Enter a real date, like 27 3 2025' })
    const checked = validate(CreatePspoRequest, body, {
      title: { missing: 'Enter the order’s title' },
      place: { missing: 'Enter where the order applies' },
      kind: { invalid: 'Select the kind of order' },
      madeOn: date('Enter the date the order was made'),
      startsOn: date('Enter the date it comes into force'),
      endsOn: date('Enter the last day it is in force'),
    })
    if (!checked.ok) return fail(400, { values, parts, errors: checked.errors })
    const response = await locals.api.v1.pspos.$post({ json: checked.data })
    if (!response.ok) {
      return fail(400, { values, parts, errors: await problemErrors(response, 'endsOn') })
    }
    redirect(303, '/pspos?done=added')
  },
}

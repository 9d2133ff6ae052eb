import { CreatePspoRequest } from '@csp/api/schemas'
import { error, fail, redirect } from '@sveltejs/kit'
import { isoFromParts, readDateParts } from '#lib/dates.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

const dates = ['madeOn', 'startsOn', 'endsOn'] as const

// A PSPO belongs to the council that made it: its officers add it for their council, admins
// for the council they choose (the API's rule).
function requireCouncilWriter(locals: App.Locals): 'admin' | 'officer' {
  requireRole(locals, 'admin', 'officer')
  const user = locals.user!
  if (user.role === 'officer' && user.organisation.kind !== 'council') {
    error(403, 'Orders are added by officers of the council that made them, or an administrator.')
  }
  return user.role === 'admin' ? 'admin' : 'officer'
}

export const load: PageServerLoad = async ({ locals }) => {
  if (requireCouncilWriter(locals) === 'officer') return { councils: null, council: '' }
  const organisations = await allItems(async (cursor) =>
    bodyOf(
      await locals.api.v1.organisations.$get({ query: { limit: '100', cursor } }),
      'list of organisations'
    )
  )
  const councils = organisations.filter((o) => o.kind === 'council')
  const own = locals.user!.organisation
  return {
    councils: councils.map((o) => ({ value: o.id, text: o.name })),
    council: own.kind === 'council' ? own.id : '',
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const writer = requireCouncilWriter(locals)
    const form = await request.formData()
    const values = formValues(form, ['title', 'place', 'kind', 'council'])
    const parts = Object.fromEntries(dates.map((name) => [name, readDateParts(form, name)]))
    const { council, ...fields } = values
    const body = {
      ...fields,
      // An officer's order is their own council's; the API fills it in.
      ...(writer === 'admin' ? { council: council || undefined } : {}),
      ...Object.fromEntries(dates.map((name) => [name, isoFromParts(parts[name]!)])),
    }
    const date = (missing: string) => ({ missing, invalid: 'Enter a real date, like 27 3 2025' })
    const checked = validate(CreatePspoRequest, body, {
      title: { missing: 'Enter the order’s title' },
      place: { missing: 'Enter where the order applies' },
      kind: { invalid: 'Select the kind of order' },
      council: { missing: 'Select the council that made the order' },
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

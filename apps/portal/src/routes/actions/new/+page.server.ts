import { RecordActionRequest } from '@csp/api/schemas'
import { fail, redirect } from '@sveltejs/kit'
import { isoFromParts, readDateParts } from '#lib/dates.ts'
import { powerChoices } from '#lib/server/powers.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

// An officer records their own organisation's actions; an admin any partner's (the API's rule).
const roles = ['admin', 'officer'] as const

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ...roles)
  const user = locals.user!
  const [organisations, priorities] = await Promise.all([
    user.role === 'admin'
      ? allItems(async (cursor) =>
          bodyOf(
            await locals.api.v1.organisations.$get({ query: { limit: '100', cursor } }),
            'list of organisations'
          )
        )
      : [user.organisation],
    bodyOf(await locals.api.v1.priorities.$get(), 'set of priorities'),
  ])
  return {
    powers: powerChoices,
    organisations: organisations.map((o) => ({ value: o.id, text: o.name })),
    priorities: priorities.themes.flatMap((theme) => [
      { value: theme.id, text: theme.title },
      ...theme.subPriorities.map((s) => ({ value: s.id, text: `${theme.title}: ${s.title}` })),
    ]),
    agency: locals.user!.organisationId,
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ...roles)
    const form = await request.formData()
    const values = formValues(form, ['power', 'count', 'agency', 'priorityId', 'place', 'notes'])
    const date = readDateParts(form, 'date')
    const count = values.count?.trim() ?? ''
    const body = {
      power: values.power || undefined,
      date: isoFromParts(date),
      // A number only when it is one: anything else is left for the schema to refuse.
      count: count === '' ? undefined : /^\d+$/.test(count) ? Number(count) : count,
      agency: values.agency || undefined,
      priorityId: values.priorityId || undefined,
      place: values.place?.trim() || undefined,
      notes: values.notes?.trim() || undefined,
    }
    const checked = validate(RecordActionRequest, body, {
      power: {
        missing: 'Select the power or intervention',
        invalid: 'Select the power or intervention',
      },
      date: {
        missing: 'Enter the date it was used',
        invalid: 'Enter a real date, like 27 3 2025',
      },
      count: { invalid: 'Enter how many, as a whole number of 1 or more' },
    })
    if (!checked.ok) return fail(400, { values, date, errors: checked.errors })
    const response = await locals.api.v1.actions.$post({ json: checked.data })
    if (!response.ok) {
      return fail(400, { values, date, errors: await problemErrors(response, 'power') })
    }
    redirect(303, '/actions?done=recorded')
  },
}

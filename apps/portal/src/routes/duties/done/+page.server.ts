import { fail, redirect } from '@sveltejs/kit'
import { todayInEngland } from '#lib/dates.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const roles = ['analyst', 'admin'] as const

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ...roles)
  return {
    ruleId: url.searchParams.get('ruleId') ?? '',
    due: url.searchParams.get('due') ?? '',
    title: url.searchParams.get('title') ?? '',
    today: todayInEngland(),
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ...roles)
    const form = await request.formData()
    const values = Object.fromEntries(
      ['ruleId', 'due', 'title', 'doneOn', 'evidence'].map((n) => [
        n,
        String(form.get(n) ?? '').trim(),
      ])
    ) as Record<string, string>
    const errors: Record<string, string> = {}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values['doneOn'] ?? '')) {
      errors['doneOn'] = 'Enter the date it was done, such as 2025-05-30'
    }
    if (!values['evidence'])
      errors['evidence'] = 'Enter a link to the evidence, or a note of what was done'
    if (Object.keys(errors).length) return fail(400, { values, errors })
    const response = await locals.api.v1.duties.done.$post({
      json: {
        ruleId: values['ruleId'] ?? '',
        due: values['due'] ?? '',
        doneOn: values['doneOn'] ?? '',
        evidence: values['evidence'] ?? '',
      },
    })
    if (response.status !== 201) {
      return fail(400, { values, errors: await problemErrors(response, 'evidence') })
    }
    redirect(303, '/')
  },
}

import { fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const editors = ['analyst', 'admin'] as const

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, 'admin', 'analyst', 'officer', 'viewer')
  const list = await bodyOf(await locals.api.v1.plan.revisions.$get(), 'plan revisions')
  return { revisions: list.items }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ...editors)
    const planYear = String((await request.formData()).get('planYear') ?? '').trim()
    if (!/^\d{4}$/.test(planYear)) {
      return fail(400, {
        planYear,
        errors: { planYear: 'Enter the plan year as four digits, such as 2025' },
      })
    }
    const response = await locals.api.v1.plan.revisions.$post({
      json: { planYear: Number(planYear) },
    })
    if (response.status !== 201) {
      return fail(400, { planYear, errors: await problemErrors(response, 'planYear') })
    }
    const draft = (await response.json()) as { id: string }
    redirect(303, `/plan/revisions/${draft.id}`)
  },
}

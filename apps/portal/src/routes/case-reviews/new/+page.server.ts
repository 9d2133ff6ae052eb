import { fail, redirect } from '@sveltejs/kit'
import { complaintRows, rawForm, readCaseReviewForm } from '#lib/server/case-review-form.ts'
import { caseworkers } from '#lib/server/case-reviews.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ...caseworkers)
  const organisations = await allItems(async (cursor) =>
    bodyOf(
      await locals.api.v1.organisations.$get({ query: { limit: '100', cursor } }),
      'list of organisations'
    )
  )
  return {
    organisations: organisations.map((o) => ({ value: o.id, text: o.name })),
    own: locals.user!.organisationId,
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ...caseworkers)
    const raw = rawForm(await request.formData())
    // "Add another complaint" is a submit button too, so it works without JavaScript: the form
    // comes back as it was, with one more row.
    if (raw['intent'] === 'add-complaint') {
      return { raw, rows: complaintRows(raw) + 1, errors: {} }
    }
    const rows = complaintRows(raw)
    const checked = readCaseReviewForm(raw)
    if (!checked.ok) return fail(400, { raw, rows, errors: checked.errors })
    const response = await locals.api.v1['asb-case-reviews'].$post({ json: checked.data })
    if (!response.ok) {
      return fail(400, { raw, rows, errors: await problemErrors(response, 'relevantBodies') })
    }
    const created = await response.json()
    redirect(303, `/case-reviews/${created.id}?done=added`)
  },
}

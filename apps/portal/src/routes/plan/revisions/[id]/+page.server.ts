import { error, fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const editors = ['analyst', 'admin'] as const

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, 'admin', 'analyst', 'officer', 'viewer')
  const response = await locals.api.v1.plan.revisions[':id'].$get({ param: { id: params.id } })
  if (response.status === 404 || response.status === 400)
    error(404, 'There is no such plan revision.')
  const revision = await bodyOf(response, 'plan revision')
  const measures = await bodyOf(await locals.api.v1.measures.$get(), 'list of measures')
  return { revision, measures: measures.items }
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()

export const actions: Actions = {
  claim: async ({ locals, params, request }) => {
    requireRole(locals, ...editors)
    const form = await request.formData()
    const values = Object.fromEntries(
      ['quote', 'kind', 'measure', 'period', 'area', 'direction', 'position'].map((n) => [
        n,
        text(form, n),
      ])
    )
    const errors: Record<string, string> = {}
    if (!values['quote']) errors['quote'] = 'Enter the sentence as the plan says it'
    if (!values['measure']) errors['measure'] = 'Select the measure the claim is about'
    if (!/^\d{4}(?:-\d{2})?$/.test(values['period'] ?? ''))
      errors['period'] = 'Enter a period such as 2024'
    if (values['kind'] === 'rank' && !/^[1-9]\d*$/.test(values['position'] ?? '')) {
      errors['position'] = 'Enter the position as a whole number, such as 2 for second lowest'
    }
    if (Object.keys(errors).length) return fail(400, { claim: { values, errors } })
    const current = await bodyOf(
      await locals.api.v1.plan.revisions[':id'].$get({ param: { id: params.id } }),
      'plan revision'
    )
    const about = {
      area: values['area'] || current.document.partnership.areaCode,
      measure: values['measure'],
      period: values['period'],
    }
    const claim =
      values['kind'] === 'rank'
        ? {
            kind: 'rank',
            ...about,
            order: values['direction'] === 'highest' ? 'highest' : 'lowest',
            position: Number(values['position']),
          }
        : {
            kind: 'direction',
            ...about,
            direction: values['direction'] === 'increase' ? 'increase' : 'decrease',
          }
    const document = {
      ...current.document,
      narrativeClaims: [...current.document.narrativeClaims, { quote: values['quote'], claim }],
    }
    const response = await locals.api.v1.plan.revisions[':id'].$put({
      param: { id: params.id },
      json: document,
    })
    if (response.status !== 200) {
      return fail(400, { claim: { values, errors: await problemErrors(response, 'quote') } })
    }
    redirect(303, `/plan/revisions/${params.id}#claims`)
  },
  adopt: async ({ locals, params, request }) => {
    requireRole(locals, ...editors)
    const overrideReason = text(await request.formData(), 'overrideReason')
    const response = await locals.api.v1.plan.revisions[':id'].adoption.$post({
      param: { id: params.id },
      json: overrideReason ? { overrideReason } : {},
    })
    if (response.status !== 200) {
      return fail(400, {
        adopt: { overrideReason, errors: await problemErrors(response, 'overrideReason') },
      })
    }
    redirect(303, `/plan/revisions/${params.id}`)
  },
  publish: async ({ locals, params, request }) => {
    requireRole(locals, ...editors)
    const link = text(await request.formData(), 'link')
    if (!/^https?:\/\/\S+$/.test(link)) {
      return fail(400, {
        publish: {
          link,
          errors: { link: 'Enter the web address where the plan is published, starting https://' },
        },
      })
    }
    const response = await locals.api.v1.plan.revisions[':id'].publication.$post({
      param: { id: params.id },
      json: { link },
    })
    if (response.status !== 200) {
      return fail(400, { publish: { link, errors: await problemErrors(response, 'link') } })
    }
    redirect(303, `/plan/revisions/${params.id}`)
  },
}

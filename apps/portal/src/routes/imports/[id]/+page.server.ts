import { error, fail, redirect } from '@sveltejs/kit'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const roles = ['analyst', 'admin'] as const
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, ...roles)
  if (!uuid.test(params.id)) error(404, 'There is no such import.')
  const [job, measures] = await Promise.all([
    bodyOf(await locals.api.v1.imports[':id'].$get({ param: { id: params.id } }), 'such import'),
    bodyOf(await locals.api.v1.measures.$get(), 'list of measures'),
  ])
  return {
    job,
    labels: Object.fromEntries(measures.items.map((m) => [m.id, m.label])) as Record<
      string,
      string
    >,
  }
}

export const actions: Actions = {
  cancel: async ({ locals, params }) => {
    requireRole(locals, ...roles)
    if (!uuid.test(params.id)) error(404, 'There is no such import.')
    const response = await locals.api.v1.imports[':id'].$delete({ param: { id: params.id } })
    // A job that finished meanwhile cannot be cancelled: the page then shows how it ended.
    if (!response.ok && response.status !== 409) {
      return fail(400, { errors: await problemErrors(response, 'cancel') })
    }
    redirect(303, `/imports/${params.id}`)
  },
}

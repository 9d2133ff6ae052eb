import { fail, redirect } from '@sveltejs/kit'
import type { FieldErrors } from '#lib/forms.ts'
import { uploadPoliceUk, type ImportJob } from '#lib/server/imports.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const roles = ['analyst', 'admin'] as const

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ...roles)
  const jobs = await bodyOf(await locals.api.v1.imports.$get({ query: {} }), 'list of imports')
  return { jobs: jobs.items }
}

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, ...roles)
    const file = (await event.request.formData()).get('file')
    const errors: FieldErrors = {}
    if (!(file instanceof File) || file.size === 0) {
      errors['file'] = 'Select a police.uk street-level CSV file'
    } else if (!/\.csv$/i.test(file.name)) {
      errors['file'] = 'The selected file must be a CSV'
    }
    if (!(file instanceof File) || errors['file']) return fail(400, { errors })
    const response = await uploadPoliceUk(event, file)
    if (response.status !== 202) {
      return fail(response.status === 413 ? 413 : 400, {
        errors: await problemErrors(response, 'file'),
      })
    }
    const job = (await response.json()) as ImportJob
    redirect(303, `/imports/${job.id}`)
  },
}

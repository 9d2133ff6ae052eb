import { fail, redirect } from '@sveltejs/kit'
import { uploadCrimeTable } from '#lib/server/crime-table-upload.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const roles = ['analyst', 'admin'] as const

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ...roles)
  const measures = await bodyOf(await locals.api.v1.measures.$get(), 'list of measures')
  return { measures: measures.items, uploaded: url.searchParams.get('uploaded') }
}

interface Finding {
  path: string
  message: string
}

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, ...roles)
    const form = await event.request.formData()
    const measure = String(form.get('measure') ?? '')
    const period = String(form.get('period') ?? '').trim()
    const file = form.get('file')
    const values = { measure, period }
    const errors: Record<string, string> = {}
    if (!measure) errors['measure'] = 'Select the measure the table is for'
    if (!/^\d{4}(?:-\d{2})?$/.test(period)) {
      errors['period'] =
        'Enter the period as a year, such as 2024, or a financial year, such as 2024-25'
    }
    if (!(file instanceof File) || file.size === 0)
      errors['file'] = 'Select the table as a CSV file'
    if (Object.keys(errors).length > 0)
      return fail(400, { values, errors, findings: [] as Finding[] })
    const response = await uploadCrimeTable(event, measure, period, await (file as File).text())
    if (response.status === 200 || response.status === 201) {
      redirect(303, `/crime-tables/upload?uploaded=${encodeURIComponent(`${measure}/${period}`)}`)
    }
    const body = (await response.json().catch(() => ({}))) as {
      detail?: string
      errors?: Finding[]
    }
    const findings = body.errors ?? []
    return fail(400, {
      values,
      errors: { file: body.detail ?? 'The table could not be uploaded' },
      findings,
    })
  },
}

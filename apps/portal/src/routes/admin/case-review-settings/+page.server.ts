import { defaultTimescales } from '@csp/domain'
import { savedAtText } from '#lib/dates.ts'
import { fail, redirect } from '@sveltejs/kit'
import { settingsFields } from '#lib/case-review-settings.ts'
import { formFromSettings, readSettingsForm } from '#lib/server/case-review-settings-form.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { allUsers } from '#lib/server/users.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, 'admin')
  const settings = await bodyOf(
    await locals.api.v1.settings['case-reviews'].$get(),
    'case-review settings'
  )
  let saved: { at: string; by: string } | null = null
  if (!settings.isDefault && settings.updatedAt) {
    const users = await allUsers(locals.api)
    const by = users.find((user) => user.id === settings.updatedBy)
    saved = { at: savedAtText(settings.updatedAt), by: by?.name ?? 'another admin' }
  }
  return {
    settings,
    saved,
    form: formFromSettings(settings),
    defaults: defaultTimescales,
    notice: url.searchParams.get('done') === 'saved' ? 'Settings saved' : null,
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    const { values, recordsKeptSince, checked } = readSettingsForm(await request.formData())
    if (!checked.ok) return fail(400, { values, recordsKeptSince, errors: checked.errors })
    const response = await locals.api.v1.settings['case-reviews'].$put({ json: checked.data })
    if (!response.ok) {
      const errors = await problemErrors(response, settingsFields.statutoryCount)
      return fail(400, { values, recordsKeptSince, errors })
    }
    redirect(303, '/admin/case-review-settings?done=saved')
  },
}

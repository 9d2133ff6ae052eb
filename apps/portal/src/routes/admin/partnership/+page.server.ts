import { savedAtText } from '#lib/dates.ts'
import { fail, redirect } from '@sveltejs/kit'
import type { PartnershipSettings } from '@csp/api/schemas'
import { partnershipFields } from '#lib/partnership-settings.ts'
import { formFromPartnership, readPartnershipForm } from '#lib/server/partnership-form.ts'
import type { Client } from '#lib/server/api.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { allUsers } from '#lib/server/users.ts'
import type { Actions, PageServerLoad } from './$types'

/** The settings in force, or null while neither a plan nor settings are stored (a 404). */
async function settingsInForce(api: Client): Promise<PartnershipSettings | null> {
  const response = await api.v1.settings.partnership.$get()
  if (response.status === 404) return null
  return bodyOf(response, 'partnership settings')
}

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, 'admin')
  const settings = await settingsInForce(locals.api)
  let saved: { at: string; by: string } | null = null
  if (settings && !settings.isDefault && settings.updatedAt) {
    const users = await allUsers(locals.api)
    const by = users.find((user) => user.id === settings.updatedBy)
    saved = { at: savedAtText(settings.updatedAt), by: by?.name ?? 'another admin' }
  }
  return {
    settings,
    saved,
    form: formFromPartnership(settings?.partnership ?? null),
    notice: url.searchParams.get('done') === 'saved' ? 'Settings saved' : null,
  }
}

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    // The DHR notifications are casework, and the commencements and annual-report month are not
    // on the form: whatever is stored goes back unchanged.
    const inForce = await settingsInForce(locals.api)
    const kept = {
      dhrNotifications: inForce?.partnership.dhrNotifications ?? [],
      ...(inForce
        ? {
            daAnnualReportMonths: inForce.partnership.daAnnualReportMonths,
            commencements: inForce.partnership.commencements,
          }
        : {}),
    }
    const { values, dates, checked } = readPartnershipForm(await request.formData(), kept)
    if (!checked.ok) return fail(400, { values, dates, errors: checked.errors })
    const response = await locals.api.v1.settings.partnership.$put({ json: checked.data })
    if (!response.ok) {
      const errors = await problemErrors(response, partnershipFields.name)
      return fail(400, { values, dates, errors })
    }
    redirect(303, '/admin/partnership?done=saved')
  },
}

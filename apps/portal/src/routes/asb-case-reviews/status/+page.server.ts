import { fail } from '@sveltejs/kit'
import { applicationApi } from '#lib/server/public-api.ts'
import type { Actions } from './$types'

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData()
    const reference = String(form.get('reference') ?? '').trim()
    const code = String(form.get('code') ?? '').trim()
    const errors: Record<string, string> = {}
    if (!reference) errors.reference = 'Enter your reference'
    if (!code) errors.code = 'Enter your access code'
    if (Object.keys(errors).length) return fail(400, { reference, errors })
    const response = await applicationApi(event).v1['case-review-applications'].status.$post({
      json: { reference, code },
    })
    if (response.status === 404 || response.status === 400) {
      return fail(400, {
        reference,
        errors: { reference: 'The reference and access code do not match an application' },
      })
    }
    if (!response.ok) return fail(503, { reference, errors: { reference: 'Try again later' } })
    return { reference, status: await response.json() }
  },
}

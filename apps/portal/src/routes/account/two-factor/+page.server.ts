import { fail, redirect } from '@sveltejs/kit'
import { TwoFactorChangeRequest } from '@csp/api/schemas'
import { setupPath } from '#lib/server/account.ts'
import { sessionApi } from '#lib/server/api.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { qrCodeSvg } from '#lib/server/qr-code.ts'
import { bodyOf } from '#lib/server/read.ts'
import { startSession } from '#lib/server/session.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const status = await bodyOf(await locals.api.v1.me['two-factor'].$get(), 'two-factor sign-in')
  return {
    ...status,
    setupRequired: locals.user!.requires.includes('two-factor-setup'),
    // The secret in groups of four, as authenticator apps show typed secrets.
    pending: status.pending && {
      secret: status.pending.secret.match(/.{1,4}/g)!.join(' '),
      qr: qrCodeSvg(status.pending.uri),
    },
  }
}

const messages = {
  password: { missing: 'Enter your password' },
  code: {
    missing: 'Enter the code from your authenticator app',
    invalid: 'Enter the 6-digit code from your authenticator app',
  },
}

export const actions: Actions = {
  start: async ({ locals }) => {
    const response = await locals.api.v1.me['two-factor'].enrolment.$post()
    if (!response.ok && response.status !== 409) {
      throw new Error(`POST /v1/me/two-factor/enrolment answered ${response.status}`)
    }
    redirect(303, '/account/two-factor')
  },
  enable: async (event) => {
    const { locals, request, cookies } = event
    const values = formValues(await request.formData(), ['password', 'code'])
    const checked = validate(TwoFactorChangeRequest, values, messages)
    if (!checked.ok) return fail(400, { form: 'enable', errors: checked.errors })
    const response = await locals.api.v1.me['two-factor'].$post({ json: checked.data })
    if (response.status !== 201) {
      return fail(400, { form: 'enable', errors: await problemErrors(response, 'code') })
    }
    const body = await response.json()
    // The change ended every session of the account; this is the new one, for this request's
    // page too (its load runs after this action).
    startSession(cookies, body.token, body.expiresAt)
    locals.api = sessionApi(event, body.token)
    return {
      form: 'enable',
      recoveryCodes: body.recoveryCodes,
      next: setupPath(body.requires) ?? '/',
    }
  },
  disable: async ({ locals, request, cookies }) => {
    const values = formValues(await request.formData(), ['password', 'code'])
    const checked = validate(TwoFactorChangeRequest, values, {
      ...messages,
      code: {
        ...messages.code,
        invalid: 'Enter the 6-digit code from your app, or a recovery code',
      },
    })
    if (!checked.ok) return fail(400, { form: 'disable', errors: checked.errors })
    const response = await locals.api.v1.me['two-factor'].removal.$post({ json: checked.data })
    if (!response.ok) {
      return fail(400, { form: 'disable', errors: await problemErrors(response, 'code') })
    }
    const body = await response.json()
    startSession(cookies, body.token, body.expiresAt)
    redirect(303, '/account?done=two-factor-off')
  },
}

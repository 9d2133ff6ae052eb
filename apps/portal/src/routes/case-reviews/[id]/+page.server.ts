import {
  CaseReviewEventRequest,
  ConfirmThresholdRequest,
  OverrideThresholdRequest,
} from '@csp/api/schemas'
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit'
import { isoFromParts, readDateParts } from '#lib/dates.ts'
import { caseReviewId, caseworkers } from '#lib/server/case-reviews.ts'
import { rawFields, rawForm, rawValue } from '#lib/server/case-review-form.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

const notices = {
  added: 'Application recorded',
  evaluated: 'Threshold checked',
  decided: 'Threshold decision recorded',
  event: 'Recorded',
} as const

function idOf({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>): string {
  requireRole(locals, ...caseworkers)
  const id = params['id'] ?? ''
  // A case the person may not see answers 404, the same as no case at all (the API's rule).
  if (!caseReviewId.test(id)) error(404, 'There is no such case review.')
  return id
}

export const load: PageServerLoad = async (event) => {
  const id = idOf(event)
  const review = await bodyOf(
    await event.locals.api.v1['asb-case-reviews'][':id'].$get({ param: { id } }),
    'such case review'
  )
  const done = event.url.searchParams.get('done')
  return {
    review,
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}

const realDate = { missing: 'Enter the date', invalid: 'Enter a real date, like 27 3 2025' }
const back = (id: string, done: keyof typeof notices) =>
  redirect(303, `/case-reviews/${id}?done=${done}`)

export const actions: Actions = {
  evaluate: async (event) => {
    const id = idOf(event)
    const response = await event.locals.api.v1['asb-case-reviews'][':id'][
      'threshold-decision'
    ].$post({ param: { id } })
    if (response.status === 404) error(404, 'There is no such case review.')
    if (!response.ok) {
      return fail(409, { form: 'evaluate', errors: await problemErrors(response, 'evaluate') })
    }
    back(id, 'evaluated')
  },

  confirm: async (event) => {
    const id = idOf(event)
    const raw = rawForm(await event.request.formData())
    const body = { on: isoFromParts(readDateParts(fieldsOf(raw), 'confirmOn')) }
    const checked = validate(ConfirmThresholdRequest, body, { on: realDate })
    if (!checked.ok)
      return fail(400, { form: 'confirm', raw, errors: rename(checked.errors, 'confirmOn') })
    const response = await event.locals.api.v1['asb-case-reviews'][':id'][
      'threshold-decision'
    ].confirm.$post({ param: { id }, json: checked.data })
    if (!response.ok) {
      return fail(409, { form: 'confirm', raw, errors: await problemErrors(response, 'confirmOn') })
    }
    back(id, 'decided')
  },

  override: async (event) => {
    const id = idOf(event)
    const raw = rawForm(await event.request.formData())
    const body = {
      on: isoFromParts(readDateParts(fieldsOf(raw), 'overrideOn')),
      outcome: one(raw, 'outcome') || undefined,
      justification: one(raw, 'justification'),
    }
    const checked = validate(OverrideThresholdRequest, body, {
      on: realDate,
      outcome: { missing: 'Select your decision', invalid: 'Select your decision' },
      justification: {
        missing: 'Explain why you are overriding the check',
        invalid: 'Explain why in at least 10 characters (and no more than 5,000)',
      },
    })
    if (!checked.ok) {
      return fail(400, { form: 'override', raw, errors: rename(checked.errors, 'overrideOn') })
    }
    const response = await event.locals.api.v1['asb-case-reviews'][':id'][
      'threshold-decision'
    ].override.$post({ param: { id }, json: checked.data })
    if (!response.ok) {
      return fail(409, { form: 'override', raw, errors: await problemErrors(response, 'outcome') })
    }
    back(id, 'decided')
  },

  event: async (event) => {
    const id = idOf(event)
    const raw = rawForm(await event.request.formData())
    const type = one(raw, 'type')
    const recommendations = one(raw, 'recommendations')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const grounds = one(raw, 'grounds')
    const body = {
      type: type || undefined,
      on: isoFromParts(readDateParts(fieldsOf(raw), 'eventOn')),
      ...(type === 'make-recommendations' ? { recommendations } : {}),
      ...(type === 'escalate' && grounds ? { grounds } : {}),
    }
    const checked = validate(CaseReviewEventRequest, body, {
      type: { missing: 'Select what happened', invalid: 'Select what happened' },
      on: realDate,
      recommendations: { missing: 'Enter the recommendations, one on each line' },
    })
    if (!checked.ok)
      return fail(400, { form: 'event', raw, errors: rename(checked.errors, 'eventOn') })
    const response = await event.locals.api.v1['asb-case-reviews'][':id'].events.$post({
      param: { id },
      json: checked.data,
    })
    if (!response.ok) {
      return fail(409, { form: 'event', raw, errors: await problemErrors(response, 'type') })
    }
    back(id, 'event')
  },
}

const one = rawValue
const fieldsOf = rawFields
/** Each form names its date differently (three forms share the page); `on` is the API's name. */
function rename(errors: Record<string, string>, dateField: string) {
  return Object.fromEntries(
    Object.entries(errors).map(([path, text]) => [path === 'on' ? dateField : path, text])
  )
}

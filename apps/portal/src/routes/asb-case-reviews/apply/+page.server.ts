import { fail } from '@sveltejs/kit'
import {
  applicationBody,
  decodeDraft,
  emptyDraft,
  encodeDraft,
  nextStep,
  readStep,
  stepOfPath,
  steps,
  type Draft,
  type Step,
} from '#lib/server/application-journey.ts'
import type { FieldErrors } from '#lib/forms.ts'
import { applicationApi } from '#lib/server/public-api.ts'
import { bodyOf } from '#lib/server/read.ts'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const guide = await bodyOf(
    await locals.api.v1['case-review-applications'].guide.$get(),
    'guide to applying'
  )
  return {
    partners: guide.partners.map((p) => ({ value: p.id, text: p.name })),
    start: view('who', emptyDraft()),
  }
}

/** One page of the journey: which, what has been typed, and what is wrong. */
function view(
  step: Step,
  draft: Draft,
  extra: { errors?: FieldErrors; editing?: number; returnTo?: string | null } = {}
) {
  return {
    step,
    draft,
    encoded: encodeDraft(draft),
    errors: extra.errors ?? {},
    editing: extra.editing ?? draft.incidents.length,
    returnTo: extra.returnTo ?? null,
    receipt: null as null | { reference: string; code: string; notification: string },
  }
}

const isStep = (value: unknown): value is Step => steps.includes(value as Step)

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData()
    const draft = decodeDraft(String(form.get('draft') ?? ''))
    const step = isStep(form.get('step')) ? (form.get('step') as Step) : 'who'
    const intent = String(form.get('intent') ?? 'continue')
    const returnTo = form.get('returnTo') === 'check' ? 'check' : null
    const editing = Math.max(0, Math.min(Number(form.get('editing')) || 0, draft.incidents.length))

    // Back (its own small form) and Change carry the draft as it was saved: nothing is lost.
    const jump = /^(back|change)-(\w+)(?:-(\d+))?$/.exec(intent)
    if (jump) {
      const target = isStep(jump[2]) ? jump[2] : 'who'
      const index = jump[3] === undefined ? draft.incidents.length : Number(jump[3])
      return view(target, draft, {
        editing: index,
        returnTo: jump[1] === 'change' ? 'check' : null,
      })
    }
    const remove = /^remove-(\d+)$/.exec(intent)
    if (remove) {
      const incidents = draft.incidents.filter((_, n) => n !== Number(remove[1]))
      return view('incidents', { ...draft, incidents })
    }
    if (intent === 'add-another') return view('incident', draft)

    if (step === 'check') return send(event, draft, String(form.get('website') ?? ''))
    const { draft: next, errors } = readStep(step, form, draft, editing)
    if (Object.keys(errors).length) {
      return fail(400, view(step, next, { errors, editing, returnTo }))
    }
    if (step === 'who' && next.applicantType === 'victim') {
      delete next.victimName
      delete next.victimConsent
    }
    const needsVictim =
      step === 'who' && next.applicantType === 'third-party' && !next.victimConsent
    const to =
      step === 'incident' ? 'incidents' : returnTo && !needsVictim ? 'check' : nextStep(step, next)
    return view(to, next)
  },
}

async function send(event: Parameters<Actions['default']>[0], draft: Draft, honeypot: string) {
  const response = await applicationApi(event).v1['case-review-applications'].$post({
    json: applicationBody(draft, honeypot),
  })
  if (response.status === 201) {
    const receipt = await response.json()
    return { ...view('check', emptyDraft()), step: 'done' as const, receipt }
  }
  const problem = (await response.json().catch(() => ({}))) as {
    detail?: string
    errors?: { path: string; message: string }[]
  }
  const errors: FieldErrors = {}
  for (const e of problem.errors ?? []) {
    const page = stepOfPath(e.path)
    errors[`change-${page}`] ??=
      `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)} (${e.path})`
  }
  if (!problem.errors?.length) {
    errors.send = problem.detail ?? 'Your application could not be sent. Try again later.'
  }
  return fail(response.status === 429 ? 429 : 400, view('check', draft, { errors }))
}

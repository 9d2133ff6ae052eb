import {
  ApplicationIncident,
  CaseReviewApplicationRequest,
  maxApplicationIncidents,
} from '@csp/api/schemas'
import { isoFromParts, readDateParts, todayInEngland } from '../dates.ts'
import type { FieldErrors } from '../forms.ts'
import { validate, type Fields } from './validate.ts'

/** An incident as typed: dates as ISO strings (possibly not yet valid). */
export interface IncidentDraft {
  happenedOn: string
  whatHappened: string
  reportedTo: string
  reportedOn: string
  reference: string
}

/** Everything typed so far, carried from page to page in one hidden field. */
export interface Draft {
  applicantType?: string
  victimName?: string
  victimConsent?: boolean
  name?: string
  email?: string
  phone?: string
  postal?: string
  address?: string
  incidents: IncidentDraft[]
  consentToShare?: boolean
}

/** The pages of the journey, one question each, in order. */
export const steps = [
  'who',
  'victim',
  'contact',
  'place',
  'incident',
  'incidents',
  'consent',
  'check',
] as const
export type Step = (typeof steps)[number]

export const emptyDraft = (): Draft => ({ incidents: [] })

/** The draft as the hidden field holds it (base64url JSON: no markup, no line breaks). */
export const encodeDraft = (draft: Draft) =>
  Buffer.from(JSON.stringify(draft), 'utf8').toString('base64url')

/** The hidden field read back; anything unreadable starts again empty. */
export function decodeDraft(text: string | null): Draft {
  if (!text) return emptyDraft()
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Draft
    return value && Array.isArray(value.incidents)
      ? { ...value, incidents: value.incidents.slice(0, maxApplicationIncidents) }
      : emptyDraft()
  } catch {
    return emptyDraft()
  }
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const sentences = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, sentence(v)]))
const text = (form: Fields, name: string) => String(form.get(name) ?? '').trim()
const optional = (value: string | undefined) => (value ? value : undefined)

const shape = CaseReviewApplicationRequest.shape

/** The first message a schema gives for one value, if it refuses it. */
const refusal = (
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } }
  },
  value: unknown
) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error?.issues[0]?.message
}

/** The page after `step` for this draft (the victim page only for someone applying for another). */
export function nextStep(step: Step, draft: Draft): Step {
  if (step === 'who') return draft.applicantType === 'third-party' ? 'victim' : 'contact'
  if (step === 'place') return draft.incidents.length ? 'incidents' : 'incident'
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)]!
}

/**
 * Reads the fields of `step` into the draft (always: nothing typed is lost, even when it is
 * wrong) and checks them with the API's own schema. `editing` is the incident being changed.
 */
export function readStep(
  step: Step,
  form: Fields,
  draft: Draft,
  editing: number
): { draft: Draft; errors: FieldErrors } {
  switch (step) {
    case 'who': {
      const applicantType = text(form, 'applicantType')
      const next = { ...draft, applicantType }
      return {
        draft: next,
        errors: !refusal(shape.applicantType, applicantType || undefined)
          ? {}
          : { applicantType: 'Select whether you are the victim or applying for someone else' },
      }
    }
    case 'victim': {
      const next = {
        ...draft,
        victimName: text(form, 'victimName'),
        victimConsent: form.get('victimConsent') === 'yes',
      }
      const errors: FieldErrors = {}
      const name = refusal(shape.victimName.unwrap(), next.victimName)
      if (name) errors.victimName = next.victimName ? sentence(name) : 'Enter the victim’s name'
      if (!next.victimConsent) {
        errors.victimConsent = 'Confirm that the victim agreed to you applying for them'
      }
      return { draft: next, errors }
    }
    case 'contact': {
      const next = {
        ...draft,
        name: text(form, 'name'),
        email: text(form, 'email'),
        phone: text(form, 'phone'),
        postal: text(form, 'postal'),
      }
      const checked = validate(shape.applicant, {
        name: next.name,
        contact: {
          email: optional(next.email),
          phone: optional(next.phone),
          address: optional(next.postal),
        },
      })
      if (checked.ok) return { draft: next, errors: {} }
      const errors: FieldErrors = {}
      for (const [path, message] of Object.entries(checked.errors)) {
        const field =
          path === 'name'
            ? 'name'
            : path === 'contact.phone'
              ? 'phone'
              : path === 'contact.address'
                ? 'postal'
                : 'email'
        errors[field] ??= sentence(path === 'name' && !next.name ? 'Enter your name' : message)
      }
      return { draft: next, errors }
    }
    case 'place': {
      const next = { ...draft, address: text(form, 'address') }
      const message = refusal(shape.address, next.address)
      return {
        draft: next,
        errors: message
          ? { address: next.address ? sentence(message) : 'Enter where the behaviour happens' }
          : {},
      }
    }
    case 'incident': {
      const incident: IncidentDraft = {
        happenedOn: isoFromParts(readDateParts(form, 'happenedOn')),
        whatHappened: text(form, 'whatHappened'),
        reportedTo: text(form, 'reportedTo'),
        reportedOn: isoFromParts(readDateParts(form, 'reportedOn')),
        reference: text(form, 'reference'),
      }
      const incidents = [...draft.incidents]
      incidents[Math.min(editing, incidents.length)] = incident
      const next = { ...draft, incidents }
      return { draft: next, errors: incidentErrors(incident) }
    }
    case 'incidents':
      return {
        draft,
        errors: draft.incidents.length ? {} : { incidents: 'Add at least one incident' },
      }
    case 'consent': {
      const next = { ...draft, consentToShare: form.get('consentToShare') === 'yes' }
      return {
        draft: next,
        errors: next.consentToShare
          ? {}
          : {
              consentToShare:
                'Confirm that we may share your application with the partners involved',
            },
      }
    }
    case 'check':
      return { draft, errors: {} }
  }
}

const dateWords: Record<string, string> = {
  happenedOn: 'Enter the date it happened, for example 27 3 2025',
  reportedOn: 'Enter the date you reported it, for example 27 3 2025',
}

/** The errors of one incident, GOV.UK style. */
export function incidentErrors(incident: IncidentDraft): FieldErrors {
  const checked = validate(ApplicationIncident, {
    ...incident,
    reference: optional(incident.reference),
  })
  const errors: FieldErrors = checked.ok ? {} : sentences(checked.errors)
  for (const key of ['happenedOn', 'reportedOn'] as const) {
    if (errors[key] && !/must be the day/.test(errors[key])) errors[key] = dateWords[key]!
    else if (!errors[key] && incident[key] > todayInEngland()) {
      errors[key] = 'The date must be today or in the past'
    }
  }
  if (errors.reportedTo) errors.reportedTo = 'Select who you reported it to'
  if (errors.whatHappened && !incident.whatHappened) errors.whatHappened = 'Say what happened'
  return errors
}

/** The body of `POST /v1/case-review-applications` the draft makes. */
export function applicationBody(draft: Draft, honeypot: string) {
  return {
    applicantType: draft.applicantType as 'victim' | 'third-party',
    applicant: {
      name: draft.name ?? '',
      contact: {
        ...(draft.email ? { email: draft.email } : {}),
        ...(draft.phone ? { phone: draft.phone } : {}),
        ...(draft.postal ? { address: draft.postal } : {}),
      },
    },
    ...(draft.applicantType === 'third-party'
      ? { victimName: draft.victimName ?? '', victimConsent: draft.victimConsent === true }
      : {}),
    address: draft.address ?? '',
    incidents: draft.incidents.map((i) => ({
      happenedOn: i.happenedOn,
      whatHappened: i.whatHappened,
      reportedTo: i.reportedTo,
      reportedOn: i.reportedOn,
      ...(i.reference ? { reference: i.reference } : {}),
    })),
    // A draft without consent never reaches the check page; the API refuses one anyway.
    consentToShare: (draft.consentToShare === true) as true,
    ...(honeypot ? { website: honeypot } : {}),
  }
}

/** Which page answers an error the API found in the whole application. */
export function stepOfPath(path: string): Step {
  if (path.startsWith('incidents')) return 'incidents'
  if (path.startsWith('applicant')) return 'contact'
  if (path.startsWith('victim')) return 'victim'
  if (path === 'address') return 'place'
  if (path === 'consentToShare') return 'consent'
  if (path === 'applicantType') return 'who'
  return 'check'
}

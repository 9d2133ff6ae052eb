import { CreateCaseReviewRequest } from '@csp/api/schemas'
import { isoFromParts, readDateParts } from '../dates.ts'
import type { FieldErrors } from '../forms.ts'
import { validate } from './validate.ts'

/** What was submitted, field by field (lists for repeated names), to put back in the form. */
export type RawForm = Record<string, string | string[]>

/**
 * The submitted fields by name. A field may be called anything: the object has no prototype,
 * so `toString` or `constructor` is an ordinary key; `__proto__` is no field of ours and could
 * not be sent back to the page (devalue refuses the key), so it is dropped.
 */
export function rawForm(form: FormData): RawForm {
  const raw: RawForm = Object.create(null) as RawForm
  for (const [name, value] of form) {
    if (typeof value !== 'string' || name === '__proto__') continue
    const before = raw[name]
    raw[name] =
      before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value]
  }
  return raw
}

/** One submitted value, trimmed (the first, for a repeated name); `''` when absent. */
export const rawValue = (raw: RawForm, name: string): string => {
  const value = raw[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}
const one = rawValue
const optional = (text: string) => (text === '' ? undefined : text)
const all = (raw: RawForm, name: string) => {
  const value = raw[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** How many complaint rows the form shows: at least one, and never fewer than were filled. */
export function complaintRows(raw: RawForm): number {
  return Math.min(50, Math.max(1, Number(one(raw, 'complaintRows')) || 1))
}

function complaintRow(raw: RawForm, row: number) {
  const prefix = `complaints.${row}`
  const behaviourOn = isoFromParts(readDateParts(fieldsOf(raw), `${prefix}.behaviourOn`))
  const complainedOn = isoFromParts(readDateParts(fieldsOf(raw), `${prefix}.complainedOn`))
  const receivedBy = one(raw, `${prefix}.receivedBy`)
  const complainant = one(raw, `${prefix}.complainant`)
  const incidentKey = one(raw, `${prefix}.incidentKey`)
  const hate = one(raw, `${prefix}.hateIncident`) === 'true'
  if (!behaviourOn && !complainedOn && !receivedBy && !complainant && !incidentKey) return null
  return {
    behaviourOn,
    complainedOn,
    receivedBy,
    ...(complainant ? { complainant } : {}),
    ...(incidentKey ? { incidentKey } : {}),
    ...(hate ? { hateIncident: true } : {}),
  }
}

/** The submitted values as form fields again, for readers such as `readDateParts`. */
export const rawFields = (raw: RawForm) => ({ get: (name: string) => one(raw, name) || null })
const fieldsOf = rawFields

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Turns the application form into the body of `POST /v1/asb-case-reviews` and checks it with
 * the API's own schema. Empty complaint rows are left out; errors on the complaints that remain
 * are put back on the rows they came from.
 */
export function readCaseReviewForm(raw: RawForm) {
  const applicantType = optional(one(raw, 'applicantType'))
  const victimType = optional(one(raw, 'victim.type'))
  const reason = one(raw, 'victim.vulnerability.reason')
  const individuals = one(raw, 'reportingIndividuals')
  const rows = Array.from({ length: complaintRows(raw) }, (_, row) => ({
    row,
    complaint: complaintRow(raw, row),
  })).filter((r) => r.complaint !== null)

  const body = {
    receivedOn: isoFromParts(readDateParts(fieldsOf(raw), 'receivedOn')),
    applicantType,
    applicant: {
      name: one(raw, 'applicant.name'),
      contact: {
        email: optional(one(raw, 'applicant.contact.email')),
        phone: optional(one(raw, 'applicant.contact.phone')),
        address: optional(one(raw, 'applicant.contact.address')),
      },
    },
    victimConsent:
      applicantType === 'third-party' ? one(raw, 'victimConsent') === 'true' : undefined,
    victim: victimType
      ? {
          type: victimType,
          name: optional(one(raw, 'victim.name')),
          vulnerability: reason ? { reason } : undefined,
        }
      : undefined,
    address: one(raw, 'address'),
    incidentDescription: one(raw, 'incidentDescription'),
    reportingIndividuals:
      individuals === ''
        ? undefined
        : /^\d+$/.test(individuals)
          ? Number(individuals)
          : individuals,
    relevantBodies: all(raw, 'relevantBodies'),
    complaints: rows.map((r) => r.complaint),
  }

  const checked = validate(CreateCaseReviewRequest, body, {
    receivedOn: { missing: 'Enter the date the application was received', invalid: realDate },
    applicantType: { missing: 'Select who applied', invalid: 'Select who applied' },
    'applicant.name': { missing: 'Enter the applicant’s name' },
    'applicant.contact': { missing: 'Enter an email address, a phone number or an address' },
    'applicant.contact.email': {
      invalid: 'Enter an email address in the correct format, like name@example.com',
    },
    address: { missing: 'Enter where the behaviour happens' },
    incidentDescription: { missing: 'Describe the behaviour' },
    reportingIndividuals: { invalid: 'Enter a whole number, or leave it empty' },
    relevantBodies: { missing: 'Select at least one relevant body' },
  })
  if (checked.ok) return checked
  return {
    ok: false as const,
    errors: placeErrors(
      checked.errors,
      rows.map((r) => r.row),
      body
    ),
  }
}

const realDate = 'Enter a real date, like 27 3 2025'

function placeErrors(errors: FieldErrors, rowOf: number[], body: { complaints: unknown[] }) {
  const placed: FieldErrors = {}
  for (const [path, message] of Object.entries(errors)) {
    const complaint = path.match(/^complaints\.(\d+)\.(\w+)$/)
    if (complaint) {
      const row = rowOf[Number(complaint[1])] ?? 0
      const field = complaint[2]!
      const given = (body.complaints[Number(complaint[1])] as Record<string, unknown>)[field]
      placed[`complaints.${row}.${field}`] = complaintMessage(field, message, given)
    } else if (path === 'applicant.contact') {
      // The rule covers three boxes; the message goes by the first.
      placed['applicant.contact.email'] = message
    } else {
      placed[path] = sentence(message)
    }
  }
  return placed
}

function complaintMessage(field: string, message: string, given: unknown): string {
  if (field === 'receivedBy') return 'Select the relevant body the complaint was made to'
  if (message.includes('before behaviourOn')) {
    return 'The complaint must be on or after the date of the behaviour'
  }
  if (field === 'behaviourOn') return given ? realDate : 'Enter the date of the behaviour'
  if (field === 'complainedOn') return given ? realDate : 'Enter the date of the complaint'
  if (field === 'complainant') return 'Enter who made the complaint in 200 characters or fewer'
  return sentence(message)
}

import type { CaseReviewSettings, CaseReviewSettingsValue } from '@csp/api/schemas'
import { CaseReviewSettingsInput } from '@csp/api/schemas'
import { settingsFields as f, timescaleFields, timescaleNames } from '../case-review-settings.ts'
import { isoFromParts, partsFromIso, readDateParts, type DateParts } from '../dates.ts'
import { validate, type FieldMessages, type Fields, type Validation } from './validate.ts'

/** The form's boxes as text, by field name; a ticked checkbox is `'true'`, an empty one `''`. */
export type SettingsFormValues = Record<string, string>

/** What the form shows: its boxes, and the three boxes of the "records kept since" date. */
export interface SettingsForm {
  values: SettingsFormValues
  recordsKeptSince: DateParts
}

type Settings = Pick<CaseReviewSettings, 'thresholdPolicy' | 'timescales' | 'recordsKeptSince'> &
  Partial<Pick<CaseReviewSettings, 'retentionMonths'>>

const flag = (on: boolean) => (on ? 'true' : '')

/**
 * The form filled in with `settings` (the ones in force, or the domain's defaults).
 *
 * @example
 * ```ts
 * formFromSettings(settings).values['timescales.acknowledge.amount'] //=> '3'
 * ```
 */
export function formFromSettings(settings: Settings): SettingsForm {
  const { thresholdPolicy: policy, timescales } = settings
  const { hateIncident, multipleIndividuals, vulnerableVictim } = policy.routes
  const values: SettingsFormValues = {
    [f.statutoryCount]: String(policy.statutoryCount),
    [f.merge]: flag(policy.mergeSameComplainantIncident),
    [f.hateEnabled]: flag(hateIncident.enabled),
    [f.hateMinComplaints]: String(hateIncident.minComplaints),
    [f.individualsEnabled]: flag(multipleIndividuals.enabled),
    [f.minIndividuals]: String(multipleIndividuals.minIndividuals),
    [f.vulnerableEnabled]: flag(vulnerableVictim.enabled),
    [f.requireApproval]: flag(vulnerableVictim.requireApproval),
    [f.vulnerableMinComplaints]: String(vulnerableVictim.minComplaints),
    [f.countAnchorDay]: flag(timescales.countAnchorDay),
    [f.retentionMonths]:
      settings.retentionMonths === undefined ? '' : String(settings.retentionMonths),
  }
  for (const { key } of timescaleFields) {
    const names = timescaleNames(key)
    values[names.amount] = String(timescales[key].amount)
    values[names.unit] = timescales[key].unit
  }
  return { values, recordsKeptSince: partsFromIso(settings.recordsKeptSince) }
}

// What to tell a person, by field (the schemas' own messages are written for developers).
const wholeNumber = (what: string, least: number) => ({
  missing: `Enter ${what}`,
  invalid: `Enter ${what}, as a whole number of ${least} or more`,
})
const messages: Record<string, FieldMessages> = {
  [f.statutoryCount]: {
    missing: 'Enter how many qualifying complaints meet the threshold',
    invalid:
      'Enter 1, 2 or 3: the review procedure may set fewer qualifying complaints than 3, but not more',
  },
  [f.hateMinComplaints]: wholeNumber('how many complaints the hate incident route needs', 1),
  [f.minIndividuals]: wholeNumber('how many separate people or households the route needs', 2),
  [f.vulnerableMinComplaints]: wholeNumber(
    'how many complaints the vulnerable victim route needs',
    0
  ),
  [f.recordsKeptSince]: { invalid: 'Enter a real date, like 1 4 2025' },
  [f.retentionMonths]: {
    missing: 'Enter how many months to keep personal data',
    invalid: 'Enter how many months to keep personal data, as a whole number from 1 to 240',
  },
  ...Object.fromEntries(
    timescaleFields.flatMap(({ key, days }) => {
      const names = timescaleNames(key)
      const unit = 'Select working days or calendar days'
      return [
        [names.amount, wholeNumber(`the number of days ${days}`, 0)],
        [names.unit, { missing: unit, invalid: unit }],
      ]
    })
  ),
}

/**
 * Reads the submitted form into the body of `PUT /v1/settings/case-reviews` and checks it with
 * the API's own schema, `CaseReviewSettingsInput`; errors come back keyed by field name (the
 * schema's dotted paths). An unticked box is `false`; a number box left empty on a route that
 * is off takes the schema's default, anywhere else it is missing.
 *
 * @example
 * ```ts
 * const { checked } = readSettingsForm(await request.formData())
 * if (!checked.ok) checked.errors //=> { 'timescales.acknowledge.amount': 'Enter the number of days …' }
 * ```
 */
export function readSettingsForm(form: Fields): SettingsForm & {
  checked: Validation<CaseReviewSettingsValue>
} {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const names = [
    ...Object.values(f).filter((name) => name !== f.recordsKeptSince),
    ...timescaleFields.flatMap(({ key }) => Object.values(timescaleNames(key))),
  ]
  const values: SettingsFormValues = Object.fromEntries(names.map((name) => [name, text(name)]))
  const recordsKeptSince = readDateParts(form, f.recordsKeptSince)

  const ticked = (name: string) => values[name] === 'true'
  // A number only when it is one: anything else is left for the schema to refuse.
  const number = (name: string) => {
    const value = values[name] ?? ''
    return /^\d+$/.test(value) ? Number(value) : value
  }
  const numberIfOn = (name: string, on: boolean) =>
    !on && values[name] === '' ? undefined : number(name)

  const body = {
    thresholdPolicy: {
      statutoryCount: number(f.statutoryCount),
      mergeSameComplainantIncident: ticked(f.merge),
      routes: {
        hateIncident: {
          enabled: ticked(f.hateEnabled),
          minComplaints: numberIfOn(f.hateMinComplaints, ticked(f.hateEnabled)),
        },
        multipleIndividuals: {
          enabled: ticked(f.individualsEnabled),
          minIndividuals: numberIfOn(f.minIndividuals, ticked(f.individualsEnabled)),
        },
        vulnerableVictim: {
          enabled: ticked(f.vulnerableEnabled),
          requireApproval: ticked(f.requireApproval),
          minComplaints: numberIfOn(f.vulnerableMinComplaints, ticked(f.vulnerableEnabled)),
        },
      },
    },
    timescales: {
      ...Object.fromEntries(
        timescaleFields.map(({ key }) => {
          const { amount, unit } = timescaleNames(key)
          return [key, { amount: number(amount), unit: values[unit] || undefined }]
        })
      ),
      countAnchorDay: ticked(f.countAnchorDay),
    },
    recordsKeptSince: isoFromParts(recordsKeptSince) || null,
    // Left empty, the API's default (24 months) applies.
    retentionMonths: values[f.retentionMonths] === '' ? undefined : number(f.retentionMonths),
  }
  const checked = validate(CaseReviewSettingsInput, body, messages)
  return { values, recordsKeptSince, checked }
}

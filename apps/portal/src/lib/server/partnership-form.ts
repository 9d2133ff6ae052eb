import type { PartnershipSettings } from '@csp/api/schemas'
import { PartnershipSettingsInput } from '@csp/api/schemas'
import type { z } from 'zod'
import { isoFromParts, partsFromIso, readDateParts, type DateParts } from '../dates.ts'
import {
  partnershipDateFields,
  partnershipFields as f,
  type PartnershipDateField,
} from '../partnership-settings.ts'
import { validate, type FieldMessages, type Fields, type Validation } from './validate.ts'

type Partnership = PartnershipSettings['partnership']

/** The form's boxes as text, by field name (dates apart). */
export type PartnershipFormValues = Record<string, string>

/** What the form shows: its boxes, and the three boxes of each date. */
export interface PartnershipForm {
  values: PartnershipFormValues
  dates: Record<PartnershipDateField, DateParts>
}

/** The boxes that are not dates (the DHR notifications are kept, never typed). */
const textFields = Object.values(f).filter(
  (name) =>
    name !== f.dhrNotifications && !(partnershipDateFields as readonly string[]).includes(name)
)

/**
 * The form filled in with `partnership` (the settings in force, saved or derived from the
 * plan); an empty form when no partnership is known yet.
 *
 * @example
 * ```ts
 * formFromPartnership(settings.partnership).dates.planStart //=> { day: '1', month: '4', year: '2023' }
 * ```
 */
export function formFromPartnership(partnership: Partnership | null): PartnershipForm {
  const p = partnership
  const text = (value: number | string | null | undefined) =>
    value === undefined || value === null ? '' : String(value)
  const values: PartnershipFormValues = {
    [f.name]: text(p?.name),
    [f.tier]: text(p?.tier),
    [f.planYears]: text(p?.planYears ?? 3),
    [f.strategicAssessmentMonth]: text(p?.strategicAssessmentMonth),
    [f.svStrategyReviewMonths]: text(p?.svStrategyReviewMonths ?? 12),
    [f.dhrDecisionMonths]: text(p?.dhrTimescales.decisionMonths ?? 1),
    [f.dhrCompletionMonths]: text(p?.dhrTimescales.completionMonths ?? 6),
  }
  const dates = Object.fromEntries(
    partnershipDateFields.map((name) => [name, partsFromIso(p?.[name])])
  ) as Record<PartnershipDateField, DateParts>
  return { values, dates }
}

// What to tell a person, by field (the schema's own messages are written for developers).
const realDate = { invalid: 'Enter a real date, like 1 4 2025' }
const months = (what: string, most: number) => ({
  missing: `Enter ${what}`,
  invalid: `Enter ${what}, as a whole number of months from 1 to ${most}`,
})
const messages: Record<string, FieldMessages> = {
  [f.name]: { missing: 'Enter the partnership’s name' },
  [f.tier]: {
    missing: 'Select the kind of council the partnership covers',
    invalid: 'Select the kind of council the partnership covers',
  },
  [f.planStart]: { missing: 'Enter the date the plan starts', ...realDate },
  [f.planYears]: {
    missing: 'Enter how many years the plan runs',
    invalid: 'Enter how many years the plan runs, as a whole number from 1 to 10',
  },
  [f.strategicAssessmentMonth]: {
    invalid: 'Select a month, or leave it blank for the month before the plan year starts',
  },
  [f.lastAsbReturnPublishedOn]: realDate,
  [f.svStrategyPublishedOn]: realDate,
  [f.svStrategyReviewMonths]: months('how often the strategy is reviewed', 60),
  [f.daStrategyPublishedOn]: realDate,
  [f.dhrDecisionMonths]: months('the months to decide whether to hold a review', 24),
  [f.dhrCompletionMonths]: months('the months to complete a review', 60),
  [f.dardrEffectiveFrom]: realDate,
}

/**
 * What is kept from the settings in force rather than typed: the DHR notifications, and the
 * settings this form does not show (the DA Act annual-report month and the Crime and Policing
 * Act 2026 commencements, set through the API); absent ones take the schema's defaults.
 */
export interface KeptSettings {
  dhrNotifications: Partnership['dhrNotifications']
  daAnnualReportMonths?: Partnership['daAnnualReportMonths']
  commencements?: Partnership['commencements']
}

/**
 * Reads the submitted form into the body of `PUT /v1/settings/partnership` and checks it with
 * the API's own schema, `PartnershipSettingsInput`; errors come back keyed by field name (the
 * schema's dotted paths). Optional dates left empty are left out (`dardrEffectiveFrom` becomes
 * null); the review interval left empty while no strategy is published takes the default. The
 * DHR notifications are casework, not settings, and the commencements and annual-report month
 * are not on the form: `kept` supplies them unchanged.
 *
 * @example
 * ```ts
 * const { checked } = readPartnershipForm(await request.formData(), { dhrNotifications: [] })
 * if (!checked.ok) checked.errors //=> { planStart: 'Enter a real date, like 1 4 2025' }
 * ```
 */
export function readPartnershipForm(
  form: Fields,
  kept: KeptSettings
): PartnershipForm & { checked: Validation<z.output<typeof PartnershipSettingsInput>> } {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const values: PartnershipFormValues = Object.fromEntries(
    textFields.map((name) => [name, text(name)])
  )
  const dates = Object.fromEntries(
    partnershipDateFields.map((name) => [name, readDateParts(form, name)])
  ) as Record<PartnershipDateField, DateParts>
  const iso = (name: PartnershipDateField) => isoFromParts(dates[name])

  // A number only when it is one: anything else is left for the schema to refuse.
  const number = (name: string) => {
    const value = values[name] ?? ''
    return /^\d+$/.test(value) ? Number(value) : value
  }
  const optional = <T>(value: T) => (value === '' ? undefined : value)
  const svPublished = optional(iso(f.svStrategyPublishedOn))

  const body = {
    name: values[f.name],
    tier: optional(values[f.tier]),
    planStart: iso(f.planStart),
    planYears: number(f.planYears),
    strategicAssessmentMonth: optional(number(f.strategicAssessmentMonth)),
    lastAsbReturnPublishedOn: optional(iso(f.lastAsbReturnPublishedOn)),
    svStrategyPublishedOn: svPublished,
    svStrategyReviewMonths:
      svPublished === undefined && values[f.svStrategyReviewMonths] === ''
        ? undefined
        : number(f.svStrategyReviewMonths),
    daStrategyPublishedOn: optional(iso(f.daStrategyPublishedOn)),
    dhrNotifications: kept.dhrNotifications,
    dhrTimescales: {
      decisionMonths: number(f.dhrDecisionMonths),
      completionMonths: number(f.dhrCompletionMonths),
    },
    dardrEffectiveFrom: iso(f.dardrEffectiveFrom) || null,
    ...(kept.daAnnualReportMonths === undefined
      ? {}
      : { daAnnualReportMonths: kept.daAnnualReportMonths }),
    ...(kept.commencements === undefined ? {} : { commencements: kept.commencements }),
  }
  const checked = validate(PartnershipSettingsInput, body, messages)
  return { values, dates, checked }
}

// The partnership settings form's fields, named by their paths in the API's
// PartnershipSettingsInput (the domain's PartnershipConfig, so an error's path is the field's
// name), with the wording the page shows. Plain data: the page's JavaScript must not bring in
// the domain or zod.

/** Every field of the form, by name (a dotted path of PartnershipSettingsInput). */
export const partnershipFields = {
  name: 'name',
  tier: 'tier',
  planStart: 'planStart',
  planYears: 'planYears',
  strategicAssessmentMonth: 'strategicAssessmentMonth',
  lastAsbReturnPublishedOn: 'lastAsbReturnPublishedOn',
  svStrategyPublishedOn: 'svStrategyPublishedOn',
  svStrategyReviewMonths: 'svStrategyReviewMonths',
  daStrategyPublishedOn: 'daStrategyPublishedOn',
  dhrDecisionMonths: 'dhrTimescales.decisionMonths',
  dhrCompletionMonths: 'dhrTimescales.completionMonths',
  dardrEffectiveFrom: 'dardrEffectiveFrom',
  dhrNotifications: 'dhrNotifications',
} as const

/** The fields entered as GOV.UK date inputs (three boxes each). */
export const partnershipDateFields = [
  partnershipFields.planStart,
  partnershipFields.lastAsbReturnPublishedOn,
  partnershipFields.svStrategyPublishedOn,
  partnershipFields.daStrategyPublishedOn,
  partnershipFields.dardrEffectiveFrom,
] as const

export type PartnershipDateField = (typeof partnershipDateFields)[number]

/**
 * Whether a field is a date input, whose error summary link goes to its day box.
 *
 * @example
 * ```ts
 * isPartnershipDate('planStart') //=> true
 * isPartnershipDate('planYears') //=> false
 * ```
 */
export function isPartnershipDate(path: string): path is PartnershipDateField {
  return (partnershipDateFields as readonly string[]).includes(path)
}

/** The fields in page order, for the error summary (the DHR notifications are not a field). */
export const partnershipFieldOrder: readonly string[] = Object.values(partnershipFields)

/** The kinds of council a CSP covers (the domain's PartnershipTier), as the radios say them. */
export const tierChoices = [
  { value: 'district', text: 'District council, in a two-tier area with a county council' },
  { value: 'unitary', text: 'Unitary authority' },
  { value: 'metropolitan-district', text: 'Metropolitan district' },
  { value: 'london-borough', text: 'London borough' },
] as const

/** The months, January first, for the strategic assessment month (1–12). */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** The settings as the API serves them (structurally, so the page needs no schema). */
export interface PartnershipView {
  name: string
  tier: string
  planStart: string
  planYears: number
  strategicAssessmentMonth?: number | undefined
  lastAsbReturnPublishedOn?: string | undefined
  svStrategyPublishedOn?: string | undefined
  svStrategyReviewMonths: number
  daStrategyPublishedOn?: string | undefined
  dhrNotifications: readonly unknown[]
  dhrTimescales: { decisionMonths: number; completionMonths: number }
  dardrEffectiveFrom: string | null
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/**
 * The settings in force in words, as summary-list rows.
 *
 * @example
 * ```ts
 * describePartnership(settings, formatDate)[2]
 * //=> { key: 'Plan', value: '3 years from 1 April 2023' }
 * ```
 */
export function describePartnership(
  p: PartnershipView,
  formatDate: (iso: string) => string
): { key: string; value: string }[] {
  const date = (iso: string | null | undefined, none: string) => (iso ? formatDate(iso) : none)
  const month = p.strategicAssessmentMonth
  const notifications = p.dhrNotifications.length
  return [
    { key: 'Partnership', value: p.name },
    { key: 'Council', value: tierChoices.find((t) => t.value === p.tier)?.text ?? p.tier },
    { key: 'Plan', value: `${plural(p.planYears, 'year')} from ${formatDate(p.planStart)}` },
    {
      key: 'Strategic assessment due by the end of',
      value: month
        ? (monthNames[month - 1] ?? String(month))
        : 'The month before the plan year starts',
    },
    {
      key: 'ASB Case Review figures last published',
      value: date(p.lastAsbReturnPublishedOn, 'Not known'),
    },
    {
      key: 'Serious violence strategy',
      value: p.svStrategyPublishedOn
        ? `Published on ${formatDate(p.svStrategyPublishedOn)}, reviewed every ${plural(p.svStrategyReviewMonths, 'month')}`
        : `Not published yet (reviewed every ${plural(p.svStrategyReviewMonths, 'month')})`,
    },
    {
      key: 'First domestic abuse safe accommodation strategy',
      value: p.daStrategyPublishedOn
        ? `Published on ${formatDate(p.daStrategyPublishedOn)}`
        : 'Not known',
    },
    {
      key: 'Domestic Homicide Review timescales',
      value: `Decide within ${plural(p.dhrTimescales.decisionMonths, 'month')} of a notification, complete within ${plural(p.dhrTimescales.completionMonths, 'month')} of deciding`,
    },
    {
      key: 'Domestic Abuse Related Death Reviews from',
      value: date(p.dardrEffectiveFrom, 'Not in force'),
    },
    {
      key: 'DHR notifications recorded',
      value: notifications ? String(notifications) : 'None',
    },
  ]
}

// The case-review settings form's fields, named by their paths in the API's
// CaseReviewSettingsInput (so an error's path is the field's name), with the wording the page
// shows. Plain data: the page's JavaScript must not bring in the domain or zod.

/**
 * The local timescales, in the order a case meets them: `days` completes "the number of days …",
 * `from` says what each runs from (the domain's CaseReviewTimescales).
 */
export const timescaleFields = [
  {
    key: 'acknowledge',
    label: 'Acknowledge the application',
    days: 'to acknowledge the application',
    from: 'Runs from the day the application is received.',
  },
  {
    key: 'decideThreshold',
    label: 'Decide whether the threshold is met',
    days: 'to decide whether the threshold is met',
    from: 'Runs from the day the application is received.',
  },
  {
    key: 'holdReview',
    label: 'Hold the case review',
    days: 'to hold the case review',
    from: 'Runs from a “threshold met” decision.',
  },
  {
    key: 'informOutcome',
    label: 'Tell the applicant the outcome',
    days: 'to tell the applicant the outcome',
    from: 'Runs from the day of the review.',
  },
  {
    key: 'appealWindow',
    label: 'Applicant may ask for an escalation',
    days: 'the applicant has to ask for an escalation',
    from: 'Runs from the last letter to the applicant: the outcome, or a “not met” decision.',
  },
] as const

export type TimescaleKey = (typeof timescaleFields)[number]['key']

/** How a timescale is counted (the schema's `unit`). */
export const timescaleUnits = [
  { value: 'working-days', text: 'Working days' },
  { value: 'calendar-days', text: 'Calendar days' },
] as const

/**
 * A timescale in words.
 *
 * @example
 * ```ts
 * timescaleText({ amount: 3, unit: 'working-days' }) //=> '3 working days'
 * timescaleText({ amount: 1, unit: 'calendar-days' }) //=> '1 calendar day'
 * ```
 */
export function timescaleText({ amount, unit }: { amount: number; unit: string }): string {
  const kind = unit === 'calendar-days' ? 'calendar day' : 'working day'
  return `${amount} ${kind}${amount === 1 ? '' : 's'}`
}

/** Every field of the form, by name (a dotted path of CaseReviewSettingsInput). */
export const settingsFields = {
  statutoryCount: 'thresholdPolicy.statutoryCount',
  merge: 'thresholdPolicy.mergeSameComplainantIncident',
  hateEnabled: 'thresholdPolicy.routes.hateIncident.enabled',
  hateMinComplaints: 'thresholdPolicy.routes.hateIncident.minComplaints',
  individualsEnabled: 'thresholdPolicy.routes.multipleIndividuals.enabled',
  minIndividuals: 'thresholdPolicy.routes.multipleIndividuals.minIndividuals',
  vulnerableEnabled: 'thresholdPolicy.routes.vulnerableVictim.enabled',
  requireApproval: 'thresholdPolicy.routes.vulnerableVictim.requireApproval',
  vulnerableMinComplaints: 'thresholdPolicy.routes.vulnerableVictim.minComplaints',
  countAnchorDay: 'timescales.countAnchorDay',
  recordsKeptSince: 'recordsKeptSince',
  retentionMonths: 'retentionMonths',
} as const

/**
 * The names of one timescale's two fields.
 *
 * @example
 * ```ts
 * timescaleNames('acknowledge').amount //=> 'timescales.acknowledge.amount'
 * ```
 */
export function timescaleNames(key: TimescaleKey) {
  return { amount: `timescales.${key}.amount`, unit: `timescales.${key}.unit` } as const
}

/** The fields in page order, for the error summary. */
export const settingsFieldOrder: readonly string[] = [
  settingsFields.statutoryCount,
  settingsFields.merge,
  settingsFields.hateEnabled,
  settingsFields.hateMinComplaints,
  settingsFields.individualsEnabled,
  settingsFields.minIndividuals,
  settingsFields.vulnerableEnabled,
  settingsFields.requireApproval,
  settingsFields.vulnerableMinComplaints,
  ...timescaleFields.flatMap(({ key }) => Object.values(timescaleNames(key))),
  settingsFields.countAnchorDay,
  settingsFields.recordsKeptSince,
  settingsFields.retentionMonths,
]

/** The settings as the API serves them (structurally, so the page needs no schema). */
export interface SettingsView {
  thresholdPolicy: {
    statutoryCount: number
    mergeSameComplainantIncident: boolean
    routes: {
      hateIncident: { enabled: boolean; minComplaints: number }
      multipleIndividuals: { enabled: boolean; minIndividuals: number }
      vulnerableVictim: { enabled: boolean; requireApproval: boolean; minComplaints: number }
    }
  }
  timescales: Record<TimescaleKey, { amount: number; unit: string }> & { countAnchorDay: boolean }
  recordsKeptSince: string | null
  /** How many months a closed case's personal data is kept (absent from older answers). */
  retentionMonths?: number
}

/**
 * The settings in force in words, as summary-list rows.
 *
 * @example
 * ```ts
 * describeSettings(defaults, formatDate)[0]
 * //=> { key: 'Threshold', value: '3 qualifying complaints' }
 * ```
 */
export function describeSettings(
  settings: SettingsView,
  formatDate: (iso: string) => string
): { key: string; value: string }[] {
  const { thresholdPolicy: policy, timescales } = settings
  const { hateIncident, multipleIndividuals, vulnerableVictim } = policy.routes
  const complaints = (n: number) => `${n} qualifying complaint${n === 1 ? '' : 's'}`
  const routes = [
    hateIncident.enabled &&
      `hate incident (${complaints(hateIncident.minComplaints)}, one about a hate incident)`,
    multipleIndividuals.enabled &&
      `${multipleIndividuals.minIndividuals} or more people or households reporting the same problem`,
    vulnerableVictim.enabled &&
      `vulnerable victim (${complaints(vulnerableVictim.minComplaints)}` +
        `${vulnerableVictim.requireApproval ? ', with a senior manager’s approval' : ''})`,
  ].filter((route): route is string => Boolean(route))
  const counting = timescales.countAnchorDay
    ? 'the day of the event is day 1'
    : 'day 1 is the day after the event'
  return [
    { key: 'Threshold', value: complaints(policy.statutoryCount) },
    {
      key: 'Complaints about one incident',
      value: policy.mergeSameComplainantIncident
        ? 'Each person’s reports counted once (local practice); different people’s each counted'
        : 'Each counted, whoever made it (the Act)',
    },
    { key: 'Local routes', value: routes.length ? sentence(routes.join('; ')) : 'None' },
    ...timescaleFields.map(({ key, label }) => ({
      key: label,
      value: timescaleText(timescales[key]),
    })),
    { key: 'Counting days', value: sentence(counting) },
    {
      key: 'Records kept since',
      value: settings.recordsKeptSince ? formatDate(settings.recordsKeptSince) : 'The first record',
    },
    ...(settings.retentionMonths === undefined
      ? []
      : [
          {
            key: 'Personal data of closed cases kept for',
            value: `${settings.retentionMonths} months`,
          },
        ]),
  ]
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

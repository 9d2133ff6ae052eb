import {
  defaultThresholdPolicy,
  defaultTimescales,
  southDerbyshireThresholdPolicy,
} from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { settingsFieldOrder } from '../case-review-settings.ts'
import { errorList } from '../forms.ts'
import { formFromSettings, readSettingsForm } from './case-review-settings-form.ts'

const defaults = {
  thresholdPolicy: defaultThresholdPolicy,
  timescales: defaultTimescales,
  recordsKeptSince: null,
  retentionMonths: 24,
}

/** The form as a browser submits it: ticked boxes only, the date as three boxes. */
function submitted(
  values: Record<string, string>,
  date = { day: '', month: '', year: '' }
): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) {
    if (value === '' && isCheckbox(name)) continue
    form.append(name, value)
  }
  form.append('recordsKeptSince-day', date.day)
  form.append('recordsKeptSince-month', date.month)
  form.append('recordsKeptSince-year', date.year)
  return form
}
const isCheckbox = (name: string) =>
  /(?:enabled|requireApproval|mergeSameComplainantIncident|countAnchorDay)$/.test(name)

function errorsOf(result: ReturnType<typeof readSettingsForm>) {
  if (result.checked.ok) throw new Error('expected the form to be refused')
  return result.checked.errors
}

describe('formFromSettings', () => {
  it('fills every box from the settings, ticking the boxes of what is on', () => {
    const { values, recordsKeptSince } = formFromSettings({
      thresholdPolicy: southDerbyshireThresholdPolicy,
      timescales: { ...defaultTimescales, holdReview: { amount: 5, unit: 'calendar-days' } },
      recordsKeptSince: '2025-04-01',
    })
    expect(values).toMatchObject({
      'thresholdPolicy.statutoryCount': '3',
      'thresholdPolicy.mergeSameComplainantIncident': 'true',
      'thresholdPolicy.routes.hateIncident.enabled': '',
      'thresholdPolicy.routes.multipleIndividuals.enabled': 'true',
      'thresholdPolicy.routes.multipleIndividuals.minIndividuals': '5',
      'thresholdPolicy.routes.vulnerableVictim.requireApproval': 'true',
      'timescales.acknowledge.amount': '3',
      'timescales.acknowledge.unit': 'working-days',
      'timescales.holdReview.amount': '5',
      'timescales.holdReview.unit': 'calendar-days',
      'timescales.countAnchorDay': '',
    })
    expect(recordsKeptSince).toEqual({ day: '1', month: '4', year: '2025' })
  })
})

describe('the statutory default (issue 17)', () => {
  it('leaves the local merge of one person’s reports unticked', () => {
    expect(formFromSettings(defaults).values['thresholdPolicy.mergeSameComplainantIncident']).toBe(
      ''
    )
  })

  it('reads a ticked merge box as the opt-in local rule', () => {
    const { values } = formFromSettings(defaults)
    const result = readSettingsForm(
      submitted({ ...values, 'thresholdPolicy.mergeSameComplainantIncident': 'true' })
    )
    expect(result.checked.ok && result.checked.data.thresholdPolicy).toMatchObject({
      mergeSameComplainantIncident: true,
    })
  })
})

describe('readSettingsForm', () => {
  it('gives back the settings the form was filled with', () => {
    for (const settings of [
      defaults,
      {
        thresholdPolicy: southDerbyshireThresholdPolicy,
        timescales: { ...defaultTimescales, countAnchorDay: true },
        recordsKeptSince: '2025-04-01',
        retentionMonths: 36,
      },
    ]) {
      const { values, recordsKeptSince } = formFromSettings(settings)
      const result = readSettingsForm(submitted(values, recordsKeptSince))
      expect(result.checked).toEqual({ ok: true, data: settings })
    }
  })

  it('reads an unticked box as off and a changed box as its number', () => {
    const { values } = formFromSettings(defaults)
    const result = readSettingsForm(
      submitted({
        ...values,
        'thresholdPolicy.statutoryCount': '2',
        'thresholdPolicy.mergeSameComplainantIncident': '',
        'thresholdPolicy.routes.hateIncident.enabled': 'true',
        'timescales.acknowledge.amount': ' 5 ',
        'timescales.acknowledge.unit': 'calendar-days',
      })
    )
    expect(result.checked.ok && result.checked.data).toMatchObject({
      thresholdPolicy: {
        statutoryCount: 2,
        mergeSameComplainantIncident: false,
        routes: { hateIncident: { enabled: true, minComplaints: 1 } },
      },
      timescales: { acknowledge: { amount: 5, unit: 'calendar-days' } },
    })
  })

  it('refuses a statutory count above the law’s 3, beside the field', () => {
    const { values } = formFromSettings(defaults)
    const result = readSettingsForm(submitted({ ...values, 'thresholdPolicy.statutoryCount': '4' }))
    expect(errorsOf(result)).toEqual({
      'thresholdPolicy.statutoryCount':
        'Enter 1, 2 or 3: the review procedure may set fewer qualifying complaints than 3, but not more',
    })
    // What was typed goes back in the box.
    expect(result.values['thresholdPolicy.statutoryCount']).toBe('4')
  })

  it('says which timescale is missing or not a whole number, in page order', () => {
    const { values } = formFromSettings(defaults)
    const result = readSettingsForm(
      submitted({
        ...values,
        'timescales.appealWindow.amount': '-1',
        'timescales.acknowledge.amount': '',
        'timescales.holdReview.amount': 'ten',
        'timescales.informOutcome.unit': 'fortnights',
      })
    )
    expect(errorList(errorsOf(result), settingsFieldOrder)).toEqual([
      {
        text: 'Enter the number of days to acknowledge the application',
        href: '#timescales-acknowledge-amount',
      },
      {
        text: 'Enter the number of days to hold the case review, as a whole number of 0 or more',
        href: '#timescales-holdReview-amount',
      },
      { text: 'Select working days or calendar days', href: '#timescales-informOutcome-unit' },
      {
        text: 'Enter the number of days the applicant has to ask for an escalation, as a whole number of 0 or more',
        href: '#timescales-appealWindow-amount',
      },
    ])
  })

  it('checks a route’s number only when the route is on, or when one is given', () => {
    const { values } = formFromSettings(defaults)
    const off = readSettingsForm(
      submitted({ ...values, 'thresholdPolicy.routes.multipleIndividuals.minIndividuals': '' })
    )
    expect(off.checked.ok).toBe(true)
    const on = readSettingsForm(
      submitted({
        ...values,
        'thresholdPolicy.routes.multipleIndividuals.enabled': 'true',
        'thresholdPolicy.routes.multipleIndividuals.minIndividuals': '',
      })
    )
    expect(errorsOf(on)).toEqual({
      'thresholdPolicy.routes.multipleIndividuals.minIndividuals':
        'Enter how many separate people or households the route needs',
    })
    const tooFew = readSettingsForm(
      submitted({ ...values, 'thresholdPolicy.routes.multipleIndividuals.minIndividuals': '1' })
    )
    expect(errorsOf(tooFew)).toEqual({
      'thresholdPolicy.routes.multipleIndividuals.minIndividuals':
        'Enter how many separate people or households the route needs, as a whole number of 2 or more',
    })
  })

  it('leaves "records kept since" empty as none, and refuses a date that does not exist', () => {
    const { values } = formFromSettings(defaults)
    const none = readSettingsForm(submitted(values))
    expect(none.checked.ok && none.checked.data.recordsKeptSince).toBeNull()
    const bad = readSettingsForm(submitted(values, { day: '31', month: '2', year: '2025' }))
    expect(errorsOf(bad)).toEqual({ recordsKeptSince: 'Enter a real date, like 1 4 2025' })
    expect(bad.recordsKeptSince).toEqual({ day: '31', month: '2', year: '2025' })
  })
})

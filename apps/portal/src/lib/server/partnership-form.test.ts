import { PartnershipConfig } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import type { DateParts } from '../dates.ts'
import { errorList } from '../forms.ts'
import { isPartnershipDate, partnershipFieldOrder } from '../partnership-settings.ts'
import {
  formFromPartnership,
  readPartnershipForm,
  type PartnershipForm,
} from './partnership-form.ts'

// As the API derives them from the seeded plan, before anyone saves.
const derived = PartnershipConfig.parse({
  name: 'South Derbyshire CSP',
  tier: 'district',
  planStart: '2023-01-01',
  planYears: 3,
})
const notification = { id: 'DHR-2025-01', notifiedOn: '2025-01-31' }
const everything = PartnershipConfig.parse({
  name: 'Erewash CSP',
  tier: 'unitary',
  planStart: '2024-04-01',
  planYears: 4,
  strategicAssessmentMonth: 2,
  lastAsbReturnPublishedOn: '2025-06-30',
  svStrategyPublishedOn: '2024-01-31',
  svStrategyReviewMonths: 24,
  daStrategyPublishedOn: '2022-01-05',
  dhrNotifications: [notification],
  dhrTimescales: { decisionMonths: 2, completionMonths: 9 },
  dardrEffectiveFrom: '2026-04-01',
  daAnnualReportMonths: 4,
  commencements: { fpnMaximum500: '2026-06-29' },
})

/** The form as a browser submits it: every box, each date as three boxes. */
function submitted({ values, dates }: PartnershipForm): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) {
    // An unchosen radio is not sent at all.
    if (!(name === 'tier' && value === '')) form.append(name, value)
  }
  for (const [name, parts] of Object.entries(dates)) {
    for (const key of ['day', 'month', 'year'] as const) form.append(`${name}-${key}`, parts[key])
  }
  return form
}

const filled = (
  values: Record<string, string> = {},
  dates: Record<string, DateParts> = {},
  from = derived
): PartnershipForm => {
  const form = formFromPartnership(from)
  return { values: { ...form.values, ...values }, dates: { ...form.dates, ...dates } }
}
const day = (day: string, month: string, year: string) => ({ day, month, year })

function errorsOf(result: ReturnType<typeof readPartnershipForm>) {
  if (result.checked.ok) throw new Error('expected the form to be refused')
  return result.checked.errors
}

describe('formFromPartnership', () => {
  it('fills every box from the settings, dates as three boxes', () => {
    const { values, dates } = formFromPartnership(everything)
    expect(values).toEqual({
      name: 'Erewash CSP',
      tier: 'unitary',
      planYears: '4',
      strategicAssessmentMonth: '2',
      svStrategyReviewMonths: '24',
      'dhrTimescales.decisionMonths': '2',
      'dhrTimescales.completionMonths': '9',
    })
    expect(dates).toEqual({
      planStart: day('1', '4', '2024'),
      lastAsbReturnPublishedOn: day('30', '6', '2025'),
      svStrategyPublishedOn: day('31', '1', '2024'),
      daStrategyPublishedOn: day('5', '1', '2022'),
      dardrEffectiveFrom: day('1', '4', '2026'),
    })
  })

  it('leaves optional values empty, and offers the defaults when no partnership is known', () => {
    expect(formFromPartnership(derived).values['strategicAssessmentMonth']).toBe('')
    expect(formFromPartnership(derived).dates.dardrEffectiveFrom).toEqual(day('', '', ''))
    const blank = formFromPartnership(null)
    expect(blank.values).toMatchObject({ name: '', tier: '', planYears: '3' })
    expect(blank.dates.planStart).toEqual(day('', '', ''))
  })
})

describe('readPartnershipForm', () => {
  it('gives back the settings the form was filled with, what it does not show kept as stored', () => {
    for (const settings of [derived, everything]) {
      const kept = {
        dhrNotifications: settings.dhrNotifications,
        daAnnualReportMonths: settings.daAnnualReportMonths,
        commencements: settings.commencements,
      }
      const result = readPartnershipForm(submitted(filled({}, {}, settings)), kept)
      expect(result.checked).toEqual({ ok: true, data: settings })
    }
  })

  it('sends the stored DHR notifications, whatever the form says', () => {
    const form = submitted(filled())
    form.append('dhrNotifications', '[]')
    const result = readPartnershipForm(form, { dhrNotifications: [notification] })
    expect(result.checked.ok && result.checked.data.dhrNotifications).toEqual([notification])
  })

  it('reads a changed plan start, month and interval, with spaces trimmed', () => {
    const result = readPartnershipForm(
      submitted(
        filled(
          { strategicAssessmentMonth: '3', svStrategyReviewMonths: ' 6 ', name: ' X CSP ' },
          { planStart: day('1', '4', '2025'), svStrategyPublishedOn: day('2', '3', '2025') }
        )
      ),
      { dhrNotifications: [] }
    )
    expect(result.checked.ok && result.checked.data).toMatchObject({
      name: 'X CSP',
      planStart: '2025-04-01',
      strategicAssessmentMonth: 3,
      svStrategyPublishedOn: '2025-03-02',
      svStrategyReviewMonths: 6,
    })
  })

  it('leaves out empty optional dates and month; an empty review interval without a strategy is the default', () => {
    const result = readPartnershipForm(submitted(filled({ svStrategyReviewMonths: '' })), {
      dhrNotifications: [],
    })
    expect(result.checked.ok).toBe(true)
    if (!result.checked.ok) return
    const data = result.checked.data
    expect(data.svStrategyReviewMonths).toBe(12)
    expect(data.dardrEffectiveFrom).toBeNull()
    expect(data.strategicAssessmentMonth).toBeUndefined()
    expect(data.svStrategyPublishedOn).toBeUndefined()
    expect(data.daStrategyPublishedOn).toBeUndefined()
  })

  it('refuses an empty name, a day that does not exist and month 13, beside their fields', () => {
    const result = readPartnershipForm(
      submitted(
        filled(
          { name: '', strategicAssessmentMonth: '13' },
          { planStart: day('31', '2', '2025'), daStrategyPublishedOn: day('1', '13', '2022') }
        )
      ),
      { dhrNotifications: [] }
    )
    expect(errorsOf(result)).toEqual({
      name: 'Enter the partnership’s name',
      planStart: 'Enter a real date, like 1 4 2025',
      strategicAssessmentMonth:
        'Select a month, or leave it blank for the month before the plan year starts',
      daStrategyPublishedOn: 'Enter a real date, like 1 4 2025',
    })
    // What was typed goes back in the boxes.
    expect(result.values['name']).toBe('')
    expect(result.dates.planStart).toEqual(day('31', '2', '2025'))
  })

  it('lists the errors in page order, dates linking to their day box', () => {
    const result = readPartnershipForm(
      submitted(
        filled(
          {
            tier: '',
            planYears: '11',
            'dhrTimescales.completionMonths': '',
            'dhrTimescales.decisionMonths': 'one',
          },
          { planStart: day('', '', ''), dardrEffectiveFrom: day('1', '4', '26') }
        )
      ),
      { dhrNotifications: [] }
    )
    expect(
      errorList(errorsOf(result), partnershipFieldOrder, { isDate: isPartnershipDate })
    ).toEqual([
      { text: 'Select the kind of council the partnership covers', href: '#tier' },
      { text: 'Enter the date the plan starts', href: '#planStart-day' },
      {
        text: 'Enter how many years the plan runs, as a whole number from 1 to 10',
        href: '#planYears',
      },
      {
        text: 'Enter the months to decide whether to hold a review, as a whole number of months from 1 to 24',
        href: '#dhrTimescales-decisionMonths',
      },
      { text: 'Enter the months to complete a review', href: '#dhrTimescales-completionMonths' },
      { text: 'Enter a real date, like 1 4 2025', href: '#dardrEffectiveFrom-day' },
    ])
  })

  it('needs the review interval once a serious violence strategy is published', () => {
    const result = readPartnershipForm(
      submitted(
        filled({ svStrategyReviewMonths: '' }, { svStrategyPublishedOn: day('1', '1', '2025') })
      ),
      { dhrNotifications: [] }
    )
    expect(errorsOf(result)).toEqual({
      svStrategyReviewMonths: 'Enter how often the strategy is reviewed',
    })
  })
})

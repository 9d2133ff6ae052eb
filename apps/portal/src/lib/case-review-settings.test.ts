import { describe, expect, it } from 'vitest'
import { describeSettings, timescaleText, type SettingsView } from './case-review-settings.ts'
import { formatDate } from './figures.ts'

const wd = (amount: number) => ({ amount, unit: 'working-days' })
const settings: SettingsView = {
  thresholdPolicy: {
    statutoryCount: 3,
    mergeSameComplainantIncident: false,
    routes: {
      hateIncident: { enabled: false, minComplaints: 1 },
      multipleIndividuals: { enabled: false, minIndividuals: 5 },
      vulnerableVictim: { enabled: false, requireApproval: true, minComplaints: 1 },
    },
  },
  timescales: {
    acknowledge: wd(3),
    decideThreshold: wd(15),
    holdReview: wd(20),
    informOutcome: wd(10),
    appealWindow: wd(20),
    countAnchorDay: false,
  },
  recordsKeptSince: null,
}

describe('timescaleText', () => {
  it('says the unit, singular for one', () => {
    expect(timescaleText(wd(3))).toBe('3 working days')
    expect(timescaleText(wd(1))).toBe('1 working day')
    expect(timescaleText({ amount: 0, unit: 'calendar-days' })).toBe('0 calendar days')
  })
})

describe('describeSettings', () => {
  it('puts the defaults in words', () => {
    expect(describeSettings(settings, formatDate)).toEqual([
      { key: 'Threshold', value: '3 qualifying complaints' },
      { key: 'Complaints about one incident', value: 'Each counted, whoever made it (the Act)' },
      { key: 'Local routes', value: 'None' },
      { key: 'Acknowledge the application', value: '3 working days' },
      { key: 'Decide whether the threshold is met', value: '15 working days' },
      { key: 'Hold the case review', value: '20 working days' },
      { key: 'Tell the applicant the outcome', value: '10 working days' },
      { key: 'Applicant may ask for an escalation', value: '20 working days' },
      { key: 'Counting days', value: 'Day 1 is the day after the event' },
      { key: 'Records kept since', value: 'The first record' },
    ])
  })

  it('lists the local routes that are on, with their numbers', () => {
    const rows = describeSettings(
      {
        ...settings,
        thresholdPolicy: {
          statutoryCount: 1,
          mergeSameComplainantIncident: true,
          routes: {
            hateIncident: { enabled: true, minComplaints: 2 },
            multipleIndividuals: { enabled: false, minIndividuals: 5 },
            vulnerableVictim: { enabled: true, requireApproval: false, minComplaints: 1 },
          },
        },
        timescales: { ...settings.timescales, countAnchorDay: true },
        recordsKeptSince: '2025-04-01',
      },
      formatDate
    )
    expect(Object.fromEntries(rows.map((row) => [row.key, row.value]))).toMatchObject({
      Threshold: '1 qualifying complaint',
      'Complaints about one incident':
        'Each person’s reports counted once (local practice); different people’s each counted',
      'Local routes':
        'Hate incident (2 qualifying complaints, one about a hate incident); vulnerable victim (1 qualifying complaint)',
      'Counting days': 'The day of the event is day 1',
      'Records kept since': '1 April 2025',
    })
  })
})

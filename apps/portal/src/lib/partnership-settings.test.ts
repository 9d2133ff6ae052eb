import { describe, expect, it } from 'vitest'
import { formatDate } from './figures.ts'
import { describePartnership, type PartnershipView } from './partnership-settings.ts'

const derived: PartnershipView = {
  name: 'South Derbyshire CSP',
  tier: 'district',
  planStart: '2023-01-01',
  planYears: 3,
  svStrategyReviewMonths: 12,
  dhrNotifications: [],
  dhrTimescales: { decisionMonths: 1, completionMonths: 6 },
  dardrEffectiveFrom: null,
}

const rows = (settings: PartnershipView) =>
  Object.fromEntries(describePartnership(settings, formatDate).map((row) => [row.key, row.value]))

describe('describePartnership', () => {
  it('says what is not known yet, and the defaults, in words', () => {
    expect(rows(derived)).toEqual({
      Partnership: 'South Derbyshire CSP',
      Council: 'District council, in a two-tier area with a county council',
      Plan: '3 years from 1 January 2023',
      'Strategic assessment due by the end of': 'The month before the plan year starts',
      'ASB Case Review figures last published': 'Not known',
      'Serious violence strategy': 'Not published yet (reviewed every 12 months)',
      'First domestic abuse safe accommodation strategy': 'Not known',
      'Domestic Homicide Review timescales':
        'Decide within 1 month of a notification, complete within 6 months of deciding',
      'Domestic Abuse Related Death Reviews from': 'Not in force',
      'DHR notifications recorded': 'None',
    })
  })

  it('names the month and the dates given, singular for one', () => {
    expect(
      rows({
        ...derived,
        tier: 'london-borough',
        planYears: 1,
        strategicAssessmentMonth: 2,
        lastAsbReturnPublishedOn: '2025-06-30',
        svStrategyPublishedOn: '2024-01-31',
        svStrategyReviewMonths: 1,
        daStrategyPublishedOn: '2022-01-05',
        dhrNotifications: [{}, {}],
        dardrEffectiveFrom: '2026-04-01',
      })
    ).toMatchObject({
      Council: 'London borough',
      Plan: '1 year from 1 January 2023',
      'Strategic assessment due by the end of': 'February',
      'ASB Case Review figures last published': '30 June 2025',
      'Serious violence strategy': 'Published on 31 January 2024, reviewed every 1 month',
      'First domestic abuse safe accommodation strategy': 'Published on 5 January 2022',
      'Domestic Abuse Related Death Reviews from': '1 April 2026',
      'DHR notifications recorded': '2',
    })
  })
})

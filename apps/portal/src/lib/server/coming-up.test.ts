import { dutiesDue } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { dutyDeadlines, type DutyDeadline } from './coming-up.ts'

const today = '2026-11-26'
const item = (over: Partial<DutyDeadline>): DutyDeadline => ({
  dutyId: 'crime-and-disorder-strategy',
  ruleId: 'CDA-06',
  title: 'Strategic assessment 2026',
  due: '2026-12-31',
  basis: 'Once in each year.',
  status: 'statutory',
  projected: false,
  ...over,
})
const asbReturn = (due: string, projected: boolean) =>
  item({
    dutyId: 'asb-case-review-publication',
    ruleId: 'ASB-10',
    title: 'Publish the ASB Case Review figures',
    due,
    projected,
  })

describe('dutyDeadlines', () => {
  it('lists what is still to come, linked to the duty on the plan page', () => {
    expect(dutyDeadlines([item({})], today)).toEqual([
      {
        due: '2026-12-31',
        text: 'Strategic assessment 2026',
        href: '/plan#duty-crime-and-disorder-strategy',
        overdue: false,
        basis: 'Once in each year.',
        tags: [],
      },
    ])
  })

  it('keeps a missed ASB Case Review publication, as overdue, and drops other past dates', () => {
    const listed = dutyDeadlines(
      [
        item({ due: '2025-12-31', title: 'Strategic assessment 2025' }),
        asbReturn('2026-10-01', false),
        asbReturn('2027-10-01', true),
      ],
      today
    )
    expect(listed.map((d) => [d.text, d.due, d.overdue, d.href])).toEqual([
      ['Publish the ASB Case Review figures', '2026-10-01', true, '/case-reviews/annual-return'],
      ['Publish the ASB Case Review figures', '2027-10-01', false, '/case-reviews/annual-return'],
    ])
    expect(listed[1]!.tags).toEqual(['Projected'])
  })

  it('a deadline due today is not yet overdue', () => {
    expect(dutyDeadlines([asbReturn(today, false)], today)[0]!.overdue).toBe(false)
  })

  it('tags guidance, rules not yet in force and projected dates', () => {
    const [dhr, dardr] = dutyDeadlines(
      [
        item({
          dutyId: 'domestic-homicide-review',
          ruleId: 'DHR-07',
          title: 'DHR DHR-2026-01: decide whether to hold a review',
          status: 'statutory-guidance',
        }),
        item({ ruleId: 'DHR-14', status: 'pending', projected: true }),
      ],
      today
    )
    expect(dhr!.text).toBe('DHR DHR-2026-01: decide whether to hold a review')
    expect(dhr!.tags).toEqual(['Guidance'])
    expect(dardr!.tags).toEqual(['Not yet in force', 'Projected'])
  })
})

// What the dashboard shows on `today`: GET /v1/duties/due from two years back to 90 days ahead,
// under the law as at today (the API's defaults), through dutyDeadlines.
describe('the Domestic Abuse Act 2021 s59 annual report on the dashboard (issue 17)', () => {
  const shift = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  const dashboard = (tier: 'unitary' | 'district', today: string) =>
    dutyDeadlines(
      dutiesDue(
        { name: 'Derby CSP', tier, planStart: '2023-04-01' },
        { from: shift(today, -730), to: shift(today, 90) },
        { asAt: today }
      ),
      today
    ).filter((item) => item.text.startsWith('Domestic Abuse Act annual report'))

  it('is listed for a unitary council every day from April to June, and not before or after', () => {
    for (let today = '2027-04-01'; today <= '2027-06-30'; today = shift(today, 1)) {
      expect(
        dashboard('unitary', today).map((i) => [i.text, i.due, i.href]),
        today
      ).toEqual([
        [
          'Domestic Abuse Act annual report for 2026-27 to the Secretary of State',
          '2027-06-30',
          '/plan#duty-domestic-abuse-act',
        ],
      ])
    }
    expect(dashboard('unitary', '2027-03-31')).toEqual([])
    expect(dashboard('unitary', '2027-07-01')).toEqual([])
  })

  it('is not listed for a district: the county council reports', () => {
    expect(dashboard('district', '2027-05-01')).toEqual([])
  })
})

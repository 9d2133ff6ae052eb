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

import { addMonths } from 'date-fns/addMonths'
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth'
import { z } from 'zod'
import { IsoDate, toDate, toIsoDate } from '../_lib/iso-date.ts'
import { endOfPeriodBeginningWith } from '../calendar/index.ts'
import { financialYearStarting } from '../dates/index.ts'
import { formatLongDate as longDate } from '../format/index.ts'
import { checkWindow } from '../_lib/date-window.ts'
import { inForceOn, resolveAsAt } from '../law/in-force.ts'
import { findDuty } from './catalogue.ts'
import { PartnershipConfig, type PartnershipConfigInput } from './partnership.ts'
import { DutyId, RuleConfidence, RuleId, RuleStatus } from './schema.ts'
import { dhrItems } from './dhr-clocks.ts'

/**
 * One thing that falls due. `basis` says where the date comes from in words a partnership
 * officer can check; `status` and `confidence` let a UI flag guidance, recalled or pending
 * rules. `projected` is true when the date assumes earlier steps happened on their due dates
 * (e.g. the next-but-one ASB return). `reference` names the case, e.g. a DHR notification id.
 *
 * @example
 * ```ts
 * DutyDueItem.parse({ dutyId: 'prevent', ruleId: 'PRE-01', title: 'x', due: '2025-01-01',
 *   basis: 'y', status: 'statutory', confidence: 'H', projected: false }).projected //=> false
 * ```
 */
export const DutyDueItem = z
  .object({
    dutyId: DutyId,
    ruleId: RuleId,
    title: z.string().min(1),
    due: IsoDate,
    basis: z.string().min(1),
    status: RuleStatus,
    confidence: RuleConfidence,
    projected: z.boolean(),
    reference: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'DutyDueItem' })
export type DutyDueItem = z.infer<typeof DutyDueItem>

const monthAfter = (iso: string, months: number): string =>
  toIsoDate(addMonths(toDate(iso), months))

function planLabel(startIso: string, years: number): string {
  const start = toDate(startIso).getFullYear()
  return `${start}-${String((start + years) % 100).padStart(2, '0')}`
}

// Every generator enumerates from its anchor until it passes `to`, and never looks at `from`,
// so an item's existence cannot depend on the window (widening never removes one).
function cdaItems(p: PartnershipConfig, to: string): DutyDueItem[] {
  const items: DutyDueItem[] = []
  const start = toDate(p.planStart)
  const month = p.strategicAssessmentMonth ?? ((start.getMonth() + 11) % 12) + 1
  const yearBefore = monthAfter(p.planStart, -12)
  for (let year = start.getFullYear() - 1; ; year += 1) {
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`
    const due = toIsoDate(lastDayOfMonth(toDate(first)))
    if (due > to) break
    if (due <= yearBefore) continue
    items.push({
      dutyId: 'crime-and-disorder-strategy',
      ruleId: 'CDA-06',
      title: `Strategic assessment ${year}`,
      due,
      basis: `Once in each year (SI 2007/1830 regs 5–7). The law gives no day: due by the end of month ${month} (strategicAssessmentMonth${p.strategicAssessmentMonth === undefined ? ', default the month before the plan year starts' : ''}).`,
      status: 'statutory',
      confidence: 'M',
      projected: false,
    })
  }
  for (let k = 0; ; k += 1) {
    const due = monthAfter(p.planStart, 12 * k)
    if (due > to) break
    const cycleStart = monthAfter(p.planStart, 12 * p.planYears * Math.floor(k / p.planYears))
    const label = planLabel(cycleStart, p.planYears)
    const year = (k % p.planYears) + 1
    if (k > 0) {
      const isNew = k % p.planYears === 0
      items.push({
        dutyId: 'crime-and-disorder-strategy',
        ruleId: 'CDA-07',
        title: isNew
          ? `New partnership plan ${label}`
          : `Partnership plan ${label}: annual refresh for year ${year}`,
        due,
        basis: isNew
          ? `The ${p.planYears}-year plan ends; the next plan starts on this date (SI 2007/1830 regs 10–11, planYears = ${p.planYears}).`
          : 'The plan is revised each year in the light of the strategic assessment (SI 2007/1830 regs 10–11).',
        status: 'statutory',
        confidence: 'M',
        projected: false,
      })
    }
    items.push({
      dutyId: 'crime-and-disorder-strategy',
      ruleId: 'CDA-11',
      title: `Send partnership plan ${label}${year > 1 ? ` (year ${year} refresh)` : ''} to the PCC`,
      due,
      basis:
        'A copy of the partnership plan goes to the PCC (SI 2012/2660 reg 13A), on adoption and on each revision.',
      status: 'statutory',
      confidence: 'M',
      projected: false,
    })
  }
  return items
}

function intervalItems(p: PartnershipConfig, to: string): DutyDueItem[] {
  const items: DutyDueItem[] = []
  const asb = p.lastAsbReturnPublishedOn
  for (let k = 1; asb !== undefined; k += 1) {
    const due = monthAfter(asb, 12 * k)
    if (due > to) break
    items.push({
      dutyId: 'asb-case-review-publication',
      ruleId: 'ASB-10',
      title: 'Publish the ASB Case Review figures',
      due,
      basis: `ASBCPA 2014 s104(10): at intervals of not more than 12 months; last published ${asb}${k > 1 ? `, assuming each later return is published on its due date` : ''}.`,
      status: 'statutory',
      confidence: 'M',
      projected: k > 1,
    })
  }
  const sv = p.svStrategyPublishedOn
  for (let k = 1; sv !== undefined; k += 1) {
    const due = monthAfter(sv, p.svStrategyReviewMonths * k)
    if (due > to) break
    items.push({
      dutyId: 'serious-violence-duty',
      ruleId: 'SVD-10',
      title: 'Review the serious violence strategy',
      due,
      basis: `Serious Violence Duty guidance: review annually (svStrategyReviewMonths = ${p.svStrategyReviewMonths}) from publication on ${sv}. Whether a statutory annual review exists is unconfirmed.`,
      status: 'statutory-guidance',
      confidence: 'M',
      projected: false,
    })
  }
  const da = p.daStrategyPublishedOn
  for (let k = 1; da !== undefined; k += 1) {
    const due = endOfPeriodBeginningWith(da, 36 * k)
    if (due > to) break
    items.push({
      dutyId: 'domestic-abuse-act',
      ruleId: 'DA-09',
      title: `Review the domestic abuse safe accommodation strategy (3-year period ${k})`,
      due,
      basis: `SI 2021/990 regs 3–4: review within each 3-year period beginning with first publication (${da}).`,
      status: 'statutory',
      confidence: 'H',
      projected: false,
      ...(p.tier === 'district'
        ? {
            note: 'Duty of the county (tier-one) council; the district co-operates on request (DA-08).',
          }
        : {}),
    })
  }
  return items
}

// Tier-one ("relevant local authority", DA Act 2021 s57): a county council, or a district council
// with no county council. A London borough's tier-one authority is the GLA; a district's, the county.
const tierOne: ReadonlySet<PartnershipConfig['tier']> = new Set([
  'unitary',
  'metropolitan-district',
])
// s59(3): the first financial year began when s59 came into force (1 Oct 2021) and ended 31 March 2022.
const firstReportYear = 2022

function daAnnualReportItems(p: PartnershipConfig, to: string): DutyDueItem[] {
  if (!tierOne.has(p.tier)) return []
  const items: DutyDueItem[] = []
  const months = p.daAnnualReportMonths
  for (let year = firstReportYear; ; year += 1) {
    const yearEnd = `${year}-03-31`
    const due = toIsoDate(lastDayOfMonth(addMonths(toDate(yearEnd), months)))
    if (due > to) break
    const { label } = financialYearStarting(year - 1)
    items.push({
      dutyId: 'domestic-abuse-act',
      ruleId: 'DA-10',
      title: `Domestic Abuse Act annual report for ${label} to the Secretary of State`,
      due,
      basis: `DA Act 2021 s59: as soon as reasonably practicable after the end of the financial year (${longDate(yearEnd)}). The law sets no day: shown by ${longDate(due)}, ${months} month${months === 1 ? '' : 's'} after (daAnnualReportMonths).`,
      status: 'statutory',
      confidence: 'H',
      projected: false,
      ...(year === firstReportYear
        ? {
            note: 'The first financial year ran from 1 October 2021, when s59 came into force, to 31 March 2022 (s59(3)).',
          }
        : {}),
    })
  }
  return items
}

// Whether the rule behind an item was in force on `asAt` (the obligation's dates, else its duty's).
function ruleInForce(
  item: DutyDueItem,
  asAt: string,
  p: PartnershipConfig,
  commencements: PartnershipConfig['commencements']
): boolean {
  const duty = findDuty(item.dutyId)
  if (!duty) return false
  const inForce = duty.obligations.find((o) => o.ruleId === item.ruleId)?.inForce ?? duty.inForce
  return inForceOn(inForce, asAt, commencements, { dardrEffectiveFrom: p.dardrEffectiveFrom })
}

/**
 * Everything that falls due for a partnership between `from` and `to` inclusive, sorted by date,
 * under the law as it stood on `asAt` (default: today in England): duties not in force that day
 * are left out. Lists strategic assessments (CDA-06), plan refreshes and new plans (CDA-07),
 * copies to the PCC (CDA-11), ASB Case Review publication (ASB-10), serious violence strategy
 * reviews (SVD-10), DA safe accommodation strategy reviews (DA-09), the DA Act s59 annual report
 * of a tier-one council (DA-10: the law sets no day, so it is shown by the end of
 * `daAnnualReportMonths` after 31 March), and DHR decision and completion clocks (DHR-07/08:
 * recalled guidance, confidence `L`, configurable). Later plans are assumed to have the same
 * length. Continuous duties (Prevent, s17, s52) never fall due and are not listed.
 * Throws a `RangeError` for a bad window, a `TypeError` for a bad `asAt` and an `Error` listing
 * the invalid fields of `partnership`.
 *
 * @example
 * ```ts
 * dutiesDue({ name: 'South Derbyshire CSP', tier: 'district', planStart: '2023-04-01' },
 *   { from: '2026-01-01', to: '2026-04-30' }).map((i) => [i.due, i.title])
 * //=> [['2026-03-31', 'Strategic assessment 2026'],
 * //    ['2026-04-01', 'New partnership plan 2026-29'],
 * //    ['2026-04-01', 'Send partnership plan 2026-29 to the PCC']]
 * dutiesDue({ name: 'Derby CSP', tier: 'unitary', planStart: '2023-04-01' },
 *   { from: '2027-04-01', to: '2027-06-30' }).find((i) => i.ruleId === 'DA-10')?.due
 * //=> '2027-06-30'
 * ```
 */
export function dutiesDue(
  partnership: PartnershipConfigInput,
  window: { from: string; to: string },
  options: { asAt?: string } = {}
): DutyDueItem[] {
  const { from, to } = checkWindow(window)
  const parsed = PartnershipConfig.safeParse(partnership)
  if (!parsed.success) throw new Error(`partnership: ${z.prettifyError(parsed.error)}`)
  const p = parsed.data
  const { asAt, commencements } = resolveAsAt({ ...options, commencements: p.commencements })
  return [
    ...cdaItems(p, to),
    ...intervalItems(p, to),
    ...daAnnualReportItems(p, to),
    ...dhrItems(p, to),
  ]
    .filter((item) => item.due >= from && ruleInForce(item, asAt, p, commencements))
    .sort(
      (a, b) =>
        a.due.localeCompare(b.due) ||
        a.dutyId.localeCompare(b.dutyId) ||
        a.title.localeCompare(b.title) ||
        (a.reference ?? '').localeCompare(b.reference ?? '')
    )
}

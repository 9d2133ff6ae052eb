import type { Claim } from '../crime/claim.ts'
import { PlanNarrativeClaim } from './claim-schema.ts'

const sd = 'E07000039'
const county = 'E10000007'
const period = '2023'
// The plan quotes whole percentages, so a claim holds if the table is within half a point.
const wholePercent = 0.5

const claim = (quote: string, claim: Claim): PlanNarrativeClaim => ({ quote, claim })

const increases =
  'Over the last 12 months (Jan—Dec 2023) the biggest increases in crimes reported are Theft from a Person (38%), Serious Violence (22%), Residential Burglary (46%) and Personal Robbery (30%).'
const burglary =
  'Countywide, Residential Burglary rates increased by 15% in 2023, returning to the level seen during 2020-21 but remaining lower than in the pre-pandemic year.'
const vehicle =
  'Whilst Vehicle Crime figures have increased marginally across the County in 2023, figures for South Derbyshire figures have reduced slightly compared with 2022.'
const hate =
  'Hate Crime figures for 2023 were the third lowest in the County per 1000 population, a slight increase on the previous year.'

/**
 * The South Derbyshire plan's narrative claims about its 2023 crime tables, each with the sentence
 * quoted exactly, ready for `verifyClaim`. They are recorded as the plan makes them, right or
 * wrong: the tables contradict some (vehicle crime in South Derbyshire rose 1.9%, hate crime fell
 * 10.3%; the county's residential burglary rose 12.2%, not 15%).
 *
 * "Fourth" is printed "forth". Where one sentence makes two claims it appears twice.
 *
 * @example
 * ```ts
 * planNarrativeClaims.find((c) => c.claim.kind === 'rank' && c.claim.measure === 'hate-crime')?.claim
 * //=> { kind: 'rank', area: 'E07000039', measure: 'hate-crime', period: '2023', order: 'lowest', position: 3 }
 * ```
 */
export const planNarrativeClaims: readonly PlanNarrativeClaim[] = [
  claim(
    'Anti-social Behaviour (ASB) remains the greatest crime and disorder concern for residents across Derbyshire however when comparing ASB figures with other areas of the County, South Derbyshire continues to have the second lowest recorded figures per 1000 population in 2023.',
    {
      kind: 'rank',
      area: sd,
      measure: 'anti-social-behaviour',
      period,
      order: 'lowest',
      position: 2,
    }
  ),
  claim(
    'During 2023 Domestic Abuse (DA) figures for South Derbyshire remained forth lowest compared with the rest of the County.',
    { kind: 'rank', area: sd, measure: 'domestic-abuse', period, order: 'lowest', position: 4 }
  ),
  claim(burglary, {
    kind: 'change',
    area: county,
    measure: 'residential-burglary',
    period,
    percent: 15,
    tolerance: wholePercent,
  }),
  claim(burglary, {
    kind: 'direction',
    area: county,
    measure: 'residential-burglary',
    period,
    direction: 'increase',
  }),
  claim(
    'Despite the overall rise, South Derbyshire was still second lowest compared with other areas of Derbyshire.',
    {
      kind: 'rank',
      area: sd,
      measure: 'residential-burglary',
      period,
      order: 'lowest',
      position: 2,
    }
  ),
  claim(vehicle, {
    kind: 'direction',
    area: county,
    measure: 'vehicle-crime',
    period,
    direction: 'increase',
  }),
  claim(vehicle, {
    kind: 'direction',
    area: sd,
    measure: 'vehicle-crime',
    period,
    direction: 'decrease',
  }),
  claim(
    'Serious Violence figures in South Derbyshire rose slightly during 2023 but are still fairly low in comparison with other areas of Derbyshire.',
    {
      kind: 'direction',
      area: sd,
      measure: 'serious-violence',
      period,
      direction: 'increase',
    }
  ),
  claim(hate, {
    kind: 'rank',
    area: sd,
    measure: 'hate-crime',
    period,
    order: 'lowest',
    position: 3,
  }),
  claim(hate, {
    kind: 'direction',
    area: sd,
    measure: 'hate-crime',
    period,
    direction: 'increase',
  }),
  claim(increases, {
    kind: 'change',
    area: sd,
    measure: 'residential-burglary',
    period,
    percent: 46,
    tolerance: wholePercent,
  }),
  claim(increases, {
    kind: 'change',
    area: sd,
    measure: 'serious-violence',
    period,
    percent: 22,
    tolerance: wholePercent,
  }),
].map((item) => Object.freeze(PlanNarrativeClaim.parse(item)))

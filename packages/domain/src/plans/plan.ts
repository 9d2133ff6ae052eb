import { deepFreeze } from '../priorities/freeze.ts'
import { southDerbyshirePriorities } from '../priorities/priority-set.ts'
import { southDerbyshireActionsTaken } from './actions-taken.ts'
import { southDerbyshireAsbCaseReviewReturn } from './asb-case-review-return.ts'
import { southDerbyshireContacts } from './contacts.ts'
import { crimeTables2023 } from './crime-tables-2023.ts'
import { southDerbyshireCrimeNarrative2023 } from './crime-narrative.ts'
import { southDerbyshireMeetings } from './meetings.ts'
import { southDerbyshireMembers } from './members.ts'
import { planNarrativeClaims } from './narrative-claims.ts'
import { PartnershipPlan } from './schema.ts'
import { southDerbyshirePlanSource } from './source.ts'
import { southDerbyshireStatutoryResponsibilities } from './statutory-responsibilities.ts'

/**
 * The South Derbyshire CSP Partnership Plan 2023-26, the toolkit's seed, as validated and frozen
 * data.
 *
 * Period: the plan says only "2023-26" and that it "runs for three years, to be reviewed on an
 * annual basis". It is recorded as the calendar years 2023 to 2026 inclusive, the widest reading,
 * so that every date the plan refers to (2023 crime data, the 2024-25 figures, the PCC's November
 * 2024 plan) falls inside it. Read as three financial years it would be 1 April 2023 to
 * 31 March 2026.
 *
 * @example
 * ```ts
 * southDerbyshirePlan.chair //=> { name: 'Rob Pearson', title: 'Councillor' }
 * southDerbyshirePlan.crimeTables.length //=> 6
 * southDerbyshirePlan.asbCaseReviewReturn.applications //=> 2
 * ```
 */
export const southDerbyshirePlan: PartnershipPlan = deepFreeze(
  PartnershipPlan.parse({
    id: 'south-derbyshire-csp-2023-26',
    title: 'South Derbyshire CSP Partnership Plan 2023-26',
    partnership: {
      name: 'South Derbyshire Community Safety Partnership',
      abbreviation: 'SDCSP',
      areaCode: 'E07000039',
    },
    period: {
      label: '2023-26',
      from: '2023-01-01',
      to: '2026-12-31',
      note: 'The plan prints only "2023-26" and "runs for three years"; read as the calendar years 2023 to 2026 inclusive, the widest reading.',
    },
    chair: { name: 'Rob Pearson', title: 'Councillor' },
    reviewCadence: 'annual',
    members: southDerbyshireMembers,
    statutoryResponsibilities: southDerbyshireStatutoryResponsibilities,
    priorities: southDerbyshirePriorities,
    crimeTables: crimeTables2023,
    crimeNarrative: southDerbyshireCrimeNarrative2023,
    narrativeClaims: planNarrativeClaims,
    actionsTaken: southDerbyshireActionsTaken,
    asbCaseReviewReturn: southDerbyshireAsbCaseReviewReturn,
    meetings: southDerbyshireMeetings,
    contacts: southDerbyshireContacts,
    source: southDerbyshirePlanSource(
      undefined,
      'Seed text: shared/seed/south-derbyshire-csp-partnership-plan-2023-26.md'
    ),
  })
)

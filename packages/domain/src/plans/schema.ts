import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { CrimeTable } from '../crime/table.ts'
import { GssCode } from '../geography/index.ts'
import { PrioritySet } from '../priorities/priority-set.ts'
import { Source } from '../source/index.ts'
import { PlanActionTaken } from './action-taken.ts'
import { PlanAsbCaseReviewReturn } from './asb-case-review-return.ts'
import { PlanNarrativeClaim } from './claim-schema.ts'
import { PlanContacts } from './contacts.ts'
import { PlanCrimeNarrative } from './crime-narrative.ts'
import { PlanFrequency } from './figure-period.ts'
import { PlanMeeting } from './meeting-schema.ts'
import { PlanMember } from './members.ts'
import { PlanStatutoryResponsibility } from './statutory-responsibilities.ts'
import { checkPlanReferences } from './references.ts'

/**
 * The years a plan covers. `label` is the plan's own ("2023-26"); `from`/`to` are the dates the
 * toolkit reads it as, and `note` says how.
 *
 * @example
 * ```ts
 * PlanPeriod.parse({ label: '2023-26', from: '2023-01-01', to: '2026-12-31', note: '…' }).from //=> '2023-01-01'
 * ```
 */
export const PlanPeriod = z
  .object({ label: z.string().min(1), from: IsoDate, to: IsoDate, note: z.string().min(1) })
  .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] })
  .meta({ id: 'PlanPeriod' })
export type PlanPeriod = z.infer<typeof PlanPeriod>

/**
 * A Community Safety Partnership's plan as data: who is in the partnership, its statutory
 * responsibilities (as duty ids), priorities, crime figures and its claims about them, what it did, its ASB Case Review
 * return, its meetings and contacts. Every figure carries its period and source.
 *
 * Beyond field shapes it checks that ids are unique, that every action, link and meeting points
 * at a priority or theme group that exists, and that crime tables are one per measure and period.
 *
 * @example
 * ```ts
 * PartnershipPlan.parse(southDerbyshirePlan).id //=> 'south-derbyshire-csp-2023-26'
 * PartnershipPlan.safeParse({ ...southDerbyshirePlan, reviewCadence: 'weekly' }).success //=> false
 * ```
 */
export const PartnershipPlan = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -'),
    title: z.string().min(1),
    partnership: z.object({
      name: z.string().min(1),
      abbreviation: z.string().min(1).optional(),
      areaCode: GssCode,
    }),
    period: PlanPeriod,
    chair: z.object({ name: z.string().min(1), title: z.string().min(1).optional() }),
    reviewCadence: PlanFrequency,
    members: z.array(PlanMember),
    statutoryResponsibilities: z.array(PlanStatutoryResponsibility),
    priorities: PrioritySet,
    crimeTables: z.array(CrimeTable),
    crimeNarrative: PlanCrimeNarrative,
    /** The plan's claims about its crime tables, quoted, for `verifyClaim`. */
    narrativeClaims: z.array(PlanNarrativeClaim),
    actionsTaken: z.array(PlanActionTaken),
    asbCaseReviewReturn: PlanAsbCaseReviewReturn,
    meetings: z.array(PlanMeeting),
    contacts: PlanContacts,
    source: Source,
  })
  .superRefine(checkPlanReferences)
  .meta({ id: 'PartnershipPlan' })
export type PartnershipPlan = z.infer<typeof PartnershipPlan>

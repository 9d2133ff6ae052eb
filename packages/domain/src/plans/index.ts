export { PartnershipPlan, PlanPeriod } from './schema.ts'
export { southDerbyshirePlan } from './plan.ts'
export { southDerbyshirePlanSource } from './source.ts'
export { PlanFigurePeriod, PlanFrequency } from './figure-period.ts'
export { PlanMember, southDerbyshireMembers } from './members.ts'
export {
  PlanStatutoryResponsibility,
  southDerbyshireStatutoryResponsibilities,
} from './statutory-responsibilities.ts'
export { crimeTables2023 } from './crime-tables-2023.ts'
export { PlanCrimeNarrative, southDerbyshireCrimeNarrative2023 } from './crime-narrative.ts'
export { PlanActionTaken } from './action-taken.ts'
export { southDerbyshireActionCounts, southDerbyshirePoliceAreas } from './action-counts.ts'
export { southDerbyshireActivities } from './action-activities.ts'
export { southDerbyshireActionsTaken } from './actions-taken.ts'
export {
  PlanAsbCaseReviewReturn,
  southDerbyshireAsbCaseReviewReturn,
} from './asb-case-review-return.ts'
export { PlanMeeting, PlanMeetingLevel } from './meeting-schema.ts'
export { southDerbyshireMeetings } from './meetings.ts'
export { PlanContacts, southDerbyshireContacts } from './contacts.ts'
export { PlanNarrativeClaim } from './claim-schema.ts'
export { planNarrativeClaims } from './narrative-claims.ts'
export {
  PlanRevision,
  PlanRevisionStatus,
  adoptionRefusal,
  editRefusal,
  publicationRefusal,
  type RevisionState,
} from './revision.ts'
export {
  AdoptionReview,
  PlanClaimCheck,
  checkPlanClaims,
  reviewForAdoption,
  tablesForClaims,
} from './claim-checks.ts'
export { diffPlanRevisions } from './diff-revisions.ts'

export {
  HateIncidentRoute,
  MultipleIndividualsRoute,
  ThresholdPolicy,
  VulnerableVictimRoute,
  defaultThresholdPolicy,
  southDerbyshireThresholdPolicy,
} from './policy.ts'
export {
  AsbComplaint,
  ExclusionCode,
  type ExcludedComplaint,
  type QualifyingCheck,
  type QualifyingOptions,
  applicationDeadline,
  checkQualifying,
  complaintDeadline,
  selectQualifyingComplaints,
} from './complaints.ts'
export {
  AsbApplication,
  ThresholdRoute,
  type ThresholdEvaluation,
  evaluateThreshold,
} from './evaluate-threshold.ts'
export { type RouteCheck } from './routes.ts'
export {
  CaseReview,
  CaseReviewEvent,
  type CaseReviewEventType,
  CaseReviewState,
  CaseReviewEventDateError,
  CaseReviewTransitionError,
  allowedEvents,
  openCaseReview,
  transition,
} from './lifecycle.ts'
export {
  type CaseReviewDeadline,
  CaseReviewTimescale,
  CaseReviewTimescales,
  deadlinesFor,
  defaultTimescales,
  overdue,
  timescaleDue,
} from './timescales.ts'
export {
  AnnualReturn,
  type AnnualReturnFinding,
  AnnualReturnRecord,
  annualReturn,
  annualReturnFigureNames,
  annualReturnRecordOf,
  checkAnnualReturn,
} from './annual-return.ts'
export {
  type AnnualReturnFigure,
  SuppressedAnnualReturn,
  type SuppressAnnualReturnOptions,
  suppressAnnualReturn,
} from './annual-return-suppression.ts'
export {
  type PublicationFinding,
  type ReturnPeriodFinding,
  checkPublicationCadence,
  checkReturnPeriods,
  nextAsbPublicationDue,
} from './publication.ts'
export { AsbReport, type CaseReviewPrompt, caseReviewPrompts } from './prompts.ts'

export { findDuty, statutoryDuties } from './catalogue.ts'
export { dutiesDue, DutyDueItem } from './duties-due.ts'
export {
  DhrNotification,
  DhrTimescales,
  PartnershipConfig,
  type PartnershipConfigInput,
  PartnershipTier,
} from './partnership.ts'
export {
  CommencementKey,
  Duty,
  DutyCadence,
  DutyHolder,
  DutyId,
  DutyObligation,
  InForce,
  LegislationRef,
  RuleConfidence,
  RuleId,
  RuleStatus,
} from './schema.ts'
export * from './done.ts'

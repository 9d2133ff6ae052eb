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
  Duty,
  DutyCadence,
  DutyHolder,
  DutyId,
  DutyObligation,
  LegislationRef,
  RuleConfidence,
  RuleId,
  RuleStatus,
} from './schema.ts'

export { ActionRecord, type ActionRecordInput, parseActionRecords } from './action-record.ts'
export {
  type ActionCounts,
  type ActionPeriod,
  countActionsByPeriod,
  countActionsByPower,
} from './counts.ts'
export {
  checkCpnPreconditions,
  type CpnCheckOptions,
  type CpnPreconditionIssue,
  cpnAppealDeadline,
} from './cpn.ts'
export {
  checkFpnAmount,
  crimeAndPolicingBillFpnCaps,
  currentFpnCaps,
  FpnBreach,
  FpnCaps,
  type FpnCheckOptions,
  fpnCap,
  fpnCapsOn,
  fpnPaymentPeriodEnd,
} from './fpn.ts'
export { asbPowers, asbPowersOn, findPower } from './power-catalogue.ts'
export { MinimumAge, Power, PowerCategory, PowerFact, PowerId, PowerPeriod } from './powers.ts'
export {
  extendPspo,
  type PspoChangeCode,
  PspoChangeError,
  PspoExtension,
  PspoOrder,
  type PspoOrderInput,
  pspoChallengeDeadline,
  pspoCurrentEnd,
  pspoLatestEnd,
  reducePspo,
} from './pspo.ts'
export {
  type PspoRegisterOptions,
  pspoRegister,
  type PspoStatus,
  pspoStatus,
} from './pspo-register.ts'

export {
  CountyThemeGroup,
  LinkBasis,
  PccPriority,
  PriorityId,
  PriorityLink,
  PriorityLinkTarget,
  PriorityTheme,
  SubPriority,
} from './schema.ts'
export { southDerbyshireThemes } from './local-priorities.ts'
export { derbyshirePoliceAndCrimePlan, pccStrategicPriorities } from './pcc-priorities.ts'
export { derbyshireThemeGroupCountAsPrinted, derbyshireThemeGroups } from './theme-groups.ts'
export { southDerbyshirePriorityLinks } from './links.ts'
export { PrioritySet, southDerbyshirePriorities } from './priority-set.ts'
export {
  LocalPriority,
  findLocalPriority,
  priorityLinksFor,
  localPriorities,
  measureIdsFor,
  pccPrioritiesFor,
  prioritiesForMeasure,
  requireLocalPriority,
  themeGroupsFor,
} from './lookup.ts'
export { priorityDetails, type PlanWithPriorities, type PriorityDetails } from './details.ts'

import type { Principal } from '../auth/tokens.ts'

/**
 * Whether `principal` may see a case review's personal data, or know the case exists: admins,
 * and officers of one of its relevant bodies. Everyone else is answered as if it did not exist.
 *
 * @example
 * ```ts
 * canSeeCaseReview(principal, ['0b6f…']) //=> true for an officer of 0b6f…
 * ```
 */
export function canSeeCaseReview(principal: Principal, relevantBodies: readonly string[]): boolean {
  const { role, organisationId } = principal.user
  if (role === 'admin') return true
  return role === 'officer' && relevantBodies.includes(organisationId)
}

/**
 * Whether `principal` may write for `organisationId`: admins for any organisation, officers
 * for their own only. The rule for every write that belongs to an agency (actions, PSPOs).
 *
 * @example
 * ```ts
 * mayWriteFor(officerOfTheCouncil, policeId) //=> false
 * ```
 */
export function mayWriteFor(principal: Principal, organisationId: string): boolean {
  const { role, organisationId: own } = principal.user
  return role === 'admin' || (role === 'officer' && own === organisationId)
}

/** The 403 detail when someone writes for an agency that is not theirs. */
export const notYourAgency = (name: string, what: string) =>
  `Only officers of ${name}, or an admin, may ${what}.`

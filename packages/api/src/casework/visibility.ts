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

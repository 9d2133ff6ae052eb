import type { AsbComplaint } from './complaints.ts'
import type { AsbApplication, ThresholdRoute } from './evaluate-threshold.ts'
import { plural } from './internal.ts'
import type { ThresholdPolicy } from './policy.ts'

/**
 * One local discretionary route (s104(5), ASB-06) as considered for an application: whether it
 * applies and a sentence saying why, for the decision letter and the audit trail.
 *
 * @example
 * ```ts
 * const r: RouteCheck = { route: 'multiple-individuals', applies: false,
 *   reason: '3 separate individuals or households have reported the same problem; …' }
 * ```
 */
export interface RouteCheck {
  route: Exclude<ThresholdRoute, 'statutory'>
  applies: boolean
  reason: string
}

function hateIncidentRoute(qualifying: readonly AsbComplaint[], minComplaints: number): RouteCheck {
  const hate = qualifying.filter((c) => c.hateIncident === true).length
  const needs =
    minComplaints > 1
      ? `a qualifying complaint about a hate incident and at least ${minComplaints} qualifying complaints in all`
      : 'a qualifying complaint about a hate incident'
  return {
    route: 'hate-incident',
    applies: hate >= 1 && qualifying.length >= minComplaints,
    reason:
      `Of ${plural(qualifying.length, 'qualifying complaint', 'qualifying complaints')}, ` +
      `${hate} ${hate === 1 ? 'is' : 'are'} about a hate incident; the local hate-incident route ` +
      `needs ${needs}.`,
  }
}

function multipleIndividualsRoute(
  reported: number | undefined,
  minIndividuals: number
): RouteCheck {
  const people = reported ?? 0
  return {
    route: 'multiple-individuals',
    applies: people >= minIndividuals,
    reason:
      `${plural(people, 'individual or household has', 'separate individuals or households have')} ` +
      `reported the same problem; the local route needs ${minIndividuals}.`,
  }
}

function vulnerableVictimRoute(
  victim: AsbApplication['vulnerableVictim'],
  qualifying: number,
  route: ThresholdPolicy['routes']['vulnerableVictim']
): RouteCheck {
  const approved = !route.requireApproval || victim?.approvedBy !== undefined
  const enough = qualifying >= route.minComplaints
  const check = (applies: boolean, reason: string): RouteCheck => ({
    route: 'vulnerable-victim',
    applies,
    reason,
  })
  if (victim === undefined) return check(false, 'No vulnerability of the victim is recorded.')
  const recorded = `The victim's vulnerability (${victim.reason}) is recorded`
  if (!approved) return check(false, `${recorded}, but the override has not been approved.`)
  if (!enough) {
    const needed = plural(route.minComplaints, 'qualifying complaint', 'qualifying complaints')
    return check(false, `${recorded}, but the override needs at least ${needed}.`)
  }
  const by =
    victim.approvedBy === undefined ? '' : `, and the override was approved by ${victim.approvedBy}`
  return check(true, `${recorded}${by}.`)
}

/**
 * Tries the policy's enabled local routes in a fixed order (hate incident, multiple
 * individuals, vulnerable victim); disabled routes are left out. Internal to the folder:
 * {@link evaluateThreshold} returns the result as `routesConsidered`.
 *
 * @example
 * ```ts
 * considerRoutes(AsbApplication.parse({ receivedOn: '2025-03-03', reportingIndividuals: 5 }), [],
 *   southDerbyshireThresholdPolicy)[0]?.applies //=> true
 * ```
 */
export function considerRoutes(
  application: AsbApplication,
  qualifying: readonly AsbComplaint[],
  policy: ThresholdPolicy
): RouteCheck[] {
  const { hateIncident, multipleIndividuals, vulnerableVictim } = policy.routes
  return [
    hateIncident.enabled ? hateIncidentRoute(qualifying, hateIncident.minComplaints) : null,
    multipleIndividuals.enabled
      ? multipleIndividualsRoute(
          application.reportingIndividuals,
          multipleIndividuals.minIndividuals
        )
      : null,
    vulnerableVictim.enabled
      ? vulnerableVictimRoute(application.vulnerableVictim, qualifying.length, vulnerableVictim)
      : null,
  ].filter((r): r is RouteCheck => r !== null)
}

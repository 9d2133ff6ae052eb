import type { z } from 'zod'
import type { CrimeTable } from '../crime/table.ts'
import type { PrioritySet } from '../priorities/priority-set.ts'

interface PlanParts {
  members: readonly { id: string }[]
  statutoryResponsibilities: readonly { dutyId: string }[]
  priorities: PrioritySet
  crimeTables: readonly CrimeTable[]
  actionsTaken: readonly { id: string; priorityId: string }[]
  meetings: readonly { id: string; themeGroupIds?: readonly string[] | undefined }[]
}

/**
 * Cross-field checks of a partnership plan, as a zod `superRefine`: unique ids in each list, one
 * crime table per measure and period, and references to priorities and theme groups that exist.
 * Each issue names the path of the offending field.
 *
 * @example
 * ```ts
 * z.object({ … }).superRefine(checkPlanReferences)
 * ```
 */
export function checkPlanReferences(plan: PlanParts, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message })
  const unique = (list: string, ids: readonly string[]) => {
    const seen = new Set<string>()
    ids.forEach((id, i) => {
      if (seen.has(id)) issue([list, i], `duplicate "${id}" in ${list}`)
      seen.add(id)
    })
  }
  unique(
    'members',
    plan.members.map((m) => m.id)
  )
  unique(
    'statutoryResponsibilities',
    plan.statutoryResponsibilities.map((r) => r.dutyId)
  )
  unique(
    'actionsTaken',
    plan.actionsTaken.map((a) => a.id)
  )
  unique(
    'meetings',
    plan.meetings.map((m) => m.id)
  )
  unique(
    'crimeTables',
    plan.crimeTables.map((t) => `${t.measure} ${t.period}`)
  )

  const local = new Set(
    plan.priorities.themes.flatMap((t) => [t.id, ...t.subPriorities.map((s) => s.id)])
  )
  plan.actionsTaken.forEach((action, i) => {
    if (!local.has(action.priorityId)) {
      issue(
        ['actionsTaken', i, 'priorityId'],
        `"${action.priorityId}" is not a theme or sub-priority of this plan`
      )
    }
  })
  const groups = new Set(plan.priorities.countyThemeGroups.map((g) => g.id))
  plan.meetings.forEach((meeting, i) => {
    meeting.themeGroupIds?.forEach((id, j) => {
      if (!groups.has(id)) {
        issue(
          ['meetings', i, 'themeGroupIds', j],
          `"${id}" is not a county theme group of this plan`
        )
      }
    })
  })
}

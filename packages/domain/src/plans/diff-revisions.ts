import type { CrimeTable } from '../crime/table.ts'
import type { PriorityLink } from '../priorities/schema.ts'
import type { PartnershipPlan } from './schema.ts'

type Named = { id: string; title: string }

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

function namedChanges(kind: string, before: readonly Named[], after: readonly Named[]): string[] {
  const was = byId(before)
  const now = byId(after)
  const lines: string[] = []
  for (const item of after) {
    const old = was.get(item.id)
    if (!old) lines.push(`${kind} added: “${item.title}”.`)
    else if (old.title !== item.title) {
      lines.push(`${kind} renamed: “${old.title}” is now “${item.title}”.`)
    }
  }
  for (const item of before) {
    if (!now.has(item.id)) lines.push(`${kind} removed: “${item.title}”.`)
  }
  return lines
}

function linkChanges(
  before: readonly PriorityLink[],
  after: readonly PriorityLink[],
  titleOf: (id: string) => string
): string[] {
  const key = (l: PriorityLink) => `${l.priorityId}\n${l.target.kind}\n${l.target.id}`
  const was = new Set(before.map(key))
  const now = new Set(after.map(key))
  const describe = (l: PriorityLink) => {
    const target =
      l.target.kind === 'measure'
        ? 'Measure'
        : l.target.kind === 'pcc-priority'
          ? 'PCC priority'
          : 'County theme group'
    return `${target} ${l.target.id}`
  }
  return [
    ...after
      .filter((l) => !was.has(key(l)))
      .map((l) => `${describe(l)} linked to “${titleOf(l.priorityId)}”.`),
    ...before
      .filter((l) => !now.has(key(l)))
      .map((l) => `${describe(l)} no longer linked to “${titleOf(l.priorityId)}”.`),
  ]
}

const show = (n: number | null) => (n === null ? 'none' : String(n))

function tableChanges(before: readonly CrimeTable[], after: readonly CrimeTable[]): string[] {
  const key = (t: CrimeTable) => `${t.measure} ${t.period}`
  const was = new Map(before.map((t) => [key(t), t]))
  const now = new Map(after.map((t) => [key(t), t]))
  const lines: string[] = []
  for (const [name, table] of now) {
    const old = was.get(name)
    if (!old) {
      lines.push(`Crime table added: ${name}.`)
      continue
    }
    const oldRows = new Map(old.rows.map((r) => [r.areaCode, r]))
    for (const row of table.rows) {
      const o = oldRows.get(row.areaCode)
      if (!o) {
        lines.push(`Crime table ${name}: row added for ${row.areaCode}.`)
        continue
      }
      for (const field of ['volume', 'rate', 'trend'] as const) {
        if (o[field] !== row[field]) {
          lines.push(
            `Figure changed: ${name}, ${row.areaCode} ${field} ${show(o[field])} → ${show(row[field])}.`
          )
        }
      }
    }
    for (const o of old.rows) {
      if (!table.rows.some((r) => r.areaCode === o.areaCode)) {
        lines.push(`Crime table ${name}: row removed for ${o.areaCode}.`)
      }
    }
  }
  for (const name of was.keys()) if (!now.has(name)) lines.push(`Crime table removed: ${name}.`)
  return lines
}

function claimChanges(before: PartnershipPlan, after: PartnershipPlan): string[] {
  const key = (c: PartnershipPlan['narrativeClaims'][number]) => JSON.stringify(c)
  const was = new Set(before.narrativeClaims.map(key))
  const now = new Set(after.narrativeClaims.map(key))
  return [
    ...after.narrativeClaims
      .filter((c) => !was.has(key(c)))
      .map((c) => `Claim added: “${c.quote}”.`),
    ...before.narrativeClaims
      .filter((c) => !now.has(key(c)))
      .map((c) => `Claim removed: “${c.quote}”.`),
  ]
}

function actionCountChanges(before: PartnershipPlan, after: PartnershipPlan): string[] {
  const counts = (p: PartnershipPlan) =>
    new Map(p.actionsTaken.flatMap((a) => (a.kind === 'count' ? [[a.id, a] as const] : [])))
  const was = counts(before)
  const lines: string[] = []
  for (const [id, action] of counts(after)) {
    const old = was.get(id)
    if (!old) lines.push(`Action count added: ${action.description} (${action.count}).`)
    else if (old.count !== action.count) {
      lines.push(`Action count changed: ${action.description} ${old.count} → ${action.count}.`)
    }
  }
  for (const [id, action] of was) {
    if (!counts(after).has(id)) lines.push(`Action count removed: ${action.description}.`)
  }
  return lines
}

function scalarChanges(before: PartnershipPlan, after: PartnershipPlan): string[] {
  const lines: string[] = []
  if (before.title !== after.title)
    lines.push(`Title changed: “${before.title}” → “${after.title}”.`)
  if (before.period.label !== after.period.label) {
    lines.push(`Period changed: ${before.period.label} → ${after.period.label}.`)
  }
  if (before.chair.name !== after.chair.name) {
    lines.push(`Chair changed: ${before.chair.name} → ${after.chair.name}.`)
  }
  if (JSON.stringify(before.contacts) !== JSON.stringify(after.contacts))
    lines.push('Contacts changed.')
  if (JSON.stringify(before.members) !== JSON.stringify(after.members))
    lines.push('Members changed.')
  return lines
}

/**
 * What changed from plan revision `a` to `b`, in plain English, one sentence a line: priorities
 * (themes and sub-priorities) added, removed or renamed, links to measures and PCC priorities
 * made or dropped, crime-table figures changed, claims added or removed, action counts changed,
 * title, period, chair, contacts and members. An empty array when nothing did.
 *
 * @example
 * ```ts
 * diffPlanRevisions(plan, { ...plan, title: 'New' }) //=> ['Title changed: “…” → “New”.']
 * diffPlanRevisions(plan, plan) //=> []
 * ```
 */
export function diffPlanRevisions(a: PartnershipPlan, b: PartnershipPlan): string[] {
  const themes = (p: PartnershipPlan) => p.priorities.themes
  const subs = (p: PartnershipPlan) => themes(p).flatMap((t) => t.subPriorities)
  const titles = new Map<string, string>(
    [...themes(a), ...subs(a), ...themes(b), ...subs(b)].map((x) => [x.id, x.title])
  )
  return [
    ...scalarChanges(a, b),
    ...namedChanges('Priority', themes(a), themes(b)),
    ...namedChanges('Sub-priority', subs(a), subs(b)),
    ...linkChanges(a.priorities.links, b.priorities.links, (id) => titles.get(id) ?? id),
    ...tableChanges(a.crimeTables, b.crimeTables),
    ...claimChanges(a, b),
    ...actionCountChanges(a, b),
  ]
}

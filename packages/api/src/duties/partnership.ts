import {
  PartnershipConfig,
  type PartnershipPlan,
  type PartnershipTier,
  type PartnershipConfigInput,
} from '@csp/domain'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { listAsbCaseReviewReturns } from '../db/repositories/plan-figures.ts'
import { currentPlan } from '../db/repositories/plans.ts'
import { findSetting, saveSetting } from '../db/repositories/settings.ts'
import type { PartnershipSettings } from '../schemas/duties.ts'

const key = 'partnership'

// GSS entity codes of the councils a CSP covers (ONS Register of Geographic Codes).
const tierByCodePrefix: Record<string, PartnershipTier> = {
  E06: 'unitary',
  W06: 'unitary',
  E07: 'district',
  E08: 'metropolitan-district',
  E09: 'london-borough',
}

// "2023-26" or "2023/2026": the plan's own label says how many years it runs.
function yearsOfLabel(label: string): number | undefined {
  const match = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/.exec(label.trim())
  if (!match) return undefined
  const start = Number(match[1])
  let end = Number(match[2])
  if (end < 100) end += Math.floor(start / 100) * 100 + (end < start % 100 ? 100 : 0)
  const years = end - start
  return years >= 1 && years <= 10 ? years : undefined
}

function yearsOfDates(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
  return Math.min(10, Math.max(1, Math.round(days / 365.25)))
}

/**
 * The partnership configuration `dutiesDue` needs, derived from a stored plan: its partnership's
 * name, the tier its GSS area code implies, the plan's first day, and its length from the plan's
 * own label ("2023-26": 3 years) or else from its dates. `notes` say how, for the settings page.
 *
 * @example
 * ```ts
 * partnershipFromPlan(southDerbyshirePlan, null).partnership.planYears //=> 3
 * ```
 */
export function partnershipFromPlan(
  plan: PartnershipPlan,
  lastAsbReturnPublishedOn: string | null
): { partnership: PartnershipConfig; notes: string[] } {
  const { areaCode } = plan.partnership
  const knownTier = tierByCodePrefix[areaCode.slice(0, 3)]
  const labelYears = yearsOfLabel(plan.period.label)
  const planYears = labelYears ?? yearsOfDates(plan.period.from, plan.period.to)
  const notes = [
    `Derived from the stored plan "${plan.title}": tier ${knownTier ? `from area code ${areaCode}` : `assumed 'district' (area code ${areaCode} is not a council code)`}, plan start ${plan.period.from}, ${planYears} years (${labelYears ? `the plan's label "${plan.period.label}"` : `its dates, to ${plan.period.to}`}). Store partnership settings to change any of it.`,
    lastAsbReturnPublishedOn
      ? `The ASB Case Review figures were last published on ${lastAsbReturnPublishedOn}.`
      : 'No publication date is known for any ASB Case Review return, so its next publication (ASB-10) is not listed until one is.',
  ]
  const partnership = PartnershipConfig.parse({
    name: plan.partnership.name,
    tier: knownTier ?? 'district',
    planStart: plan.period.from,
    planYears,
    ...(lastAsbReturnPublishedOn ? { lastAsbReturnPublishedOn } : {}),
  })
  return { partnership, notes }
}

/** The latest publication date among published returns, or null when none is known. */
async function lastPublication(db: Db): Promise<string | null> {
  const dates = (await listAsbCaseReviewReturns(db)).flatMap((r) => r.publishedOn ?? [])
  return dates.sort().at(-1) ?? null
}

/** The settings as stored or derived, and the configuration the deadlines are worked out from. */
export interface PartnershipInForce {
  settings: PartnershipSettings
  /** `settings.partnership` with `lastAsbReturnPublishedOn` at the latest known publication. */
  partnership: PartnershipConfig
}

/**
 * The partnership settings in force: the stored ones, or (until an admin stores some) derived
 * from the current plan; undefined when neither exists. A return published through the API
 * after the stored `lastAsbReturnPublishedOn` moves the date the deadlines use, with a note.
 * A stored value that no longer passes the domain's schema is an error, not a silent default.
 *
 * @example
 * ```ts
 * (await partnershipInForce(db))?.partnership.tier //=> 'district'
 * ```
 */
export async function partnershipInForce(db: Db): Promise<PartnershipInForce | undefined> {
  const published = await lastPublication(db)
  const stored = await findSetting(db, key)
  if (!stored) {
    const plan = await currentPlan(db)
    if (!plan) return undefined
    const { partnership, notes } = partnershipFromPlan(plan, published)
    const settings = { partnership, isDefault: true, notes, updatedAt: null, updatedBy: null }
    return { settings, partnership }
  }
  const value = PartnershipConfig.parse(stored.value)
  const recorded = value.lastAsbReturnPublishedOn
  const later = published !== null && (recorded === undefined || published > recorded)
  const notes = later
    ? [
        `An ASB Case Review return was published on ${published}, after lastAsbReturnPublishedOn (${recorded ?? 'not set'}); the deadlines count from ${published}.`,
      ]
    : []
  return {
    settings: {
      partnership: value,
      isDefault: false,
      notes,
      updatedAt: stored.updatedAt.toISOString(),
      updatedBy: stored.updatedBy,
    },
    partnership: later ? { ...value, lastAsbReturnPublishedOn: published } : value,
  }
}

/**
 * The configuration with each DHR notification's id (the CSP's own reference, which may name
 * someone) replaced by when it was notified, numbered when two share a day: for everyone but
 * admins, who alone see the notifications themselves.
 *
 * @example
 * ```ts
 * withoutDhrReferences(p).dhrNotifications.map((n) => n.id)
 * //=> ['notified 2025-01-31', 'notified 2025-03-02 (1)', 'notified 2025-03-02 (2)']
 * ```
 */
export function withoutDhrReferences(partnership: PartnershipConfig): PartnershipConfig {
  const onDay = new Map<string, number>()
  for (const n of partnership.dhrNotifications) {
    onDay.set(n.notifiedOn, (onDay.get(n.notifiedOn) ?? 0) + 1)
  }
  const seen = new Map<string, number>()
  const dhrNotifications = partnership.dhrNotifications.map((n) => {
    const k = (seen.get(n.notifiedOn) ?? 0) + 1
    seen.set(n.notifiedOn, k)
    const shared = (onDay.get(n.notifiedOn) ?? 0) > 1
    return { ...n, id: `notified ${n.notifiedOn}${shared ? ` (${k})` : ''}` }
  })
  return { ...partnership, dhrNotifications }
}

/**
 * Replaces the partnership settings after the domain's `PartnershipConfig` checks, and audits
 * the change (old and new values: names, dates and DHR case ids, no personal data).
 *
 * @example
 * ```ts
 * await savePartnershipSettings(db, { name: 'South Derbyshire CSP', tier: 'district',
 *   planStart: '2023-04-01' }, { actorId: admin.id, at: clock.now() })
 * ```
 */
export function savePartnershipSettings(
  db: Db,
  input: PartnershipConfigInput,
  actor: { actorId: string; at: Date }
): Promise<PartnershipSettings> {
  const value = PartnershipConfig.parse(input)
  return auditedTransaction(db, async (tx) => {
    const before = await partnershipInForce(tx)
    await saveSetting(tx, key, value, { at: actor.at, by: actor.actorId })
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'settings.update',
      subject: { type: 'settings', id: key },
      details: {
        before: !before || before.settings.isDefault ? 'defaults' : before.settings.partnership,
        after: value,
      },
    })
    const saved = await partnershipInForce(tx)
    if (!saved) throw new Error('the partnership settings were not stored')
    return saved.settings
  })
}

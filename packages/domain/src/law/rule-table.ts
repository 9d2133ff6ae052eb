import { statutoryDuties } from '../duties/catalogue.ts'
import type { DutyId, InForce, RuleConfidence, RuleStatus } from '../duties/schema.ts'
import { lawRules } from './rules.ts'

/**
 * One row of the table of rules: a rule with its source, status, confidence and in-force dates,
 * and the duty it belongs to when it is a duty's obligation.
 *
 * @example
 * ```ts
 * const row: RuleRow = ruleTable().find((r) => r.id === 'DA-10')!
 * row.dutyId //=> 'domestic-abuse-act'
 * ```
 */
export interface RuleRow {
  id: string
  text: string
  source: string
  status: RuleStatus
  confidence: RuleConfidence
  inForce: InForce
  dutyId?: DutyId
}

const byId = (a: RuleRow, b: RuleRow): number => {
  const [pa = '', na = ''] = a.id.split(/-(.*)/)
  const [pb = '', nb = ''] = b.id.split(/-(.*)/)
  return pa.localeCompare(pb) || na.localeCompare(nb, 'en', { numeric: true })
}

/**
 * Every rule the library knows, one row per rule id, sorted by id: the obligations of
 * `statutoryDuties` (in force as their duty is, unless the obligation says otherwise) and the
 * rules of {@link lawRules}. The domain README's table of rules is this table.
 *
 * @example
 * ```ts
 * ruleTable().find((r) => r.id === 'PSPO-09')?.inForce.commencement //=> 'unconfirmed'
 * ruleTable().find((r) => r.id === 'CDA-15')?.inForce.from //=> '1998-09-30'
 * ```
 */
export function ruleTable(): RuleRow[] {
  const obligations = statutoryDuties.flatMap((duty) =>
    duty.obligations.map((o): RuleRow => ({
      id: o.ruleId,
      text: o.text,
      source: o.source,
      status: o.status,
      confidence: o.confidence,
      inForce: o.inForce ?? duty.inForce,
      dutyId: duty.id,
    }))
  )
  const others = lawRules.map((r): RuleRow => ({
    id: r.id,
    text: r.text,
    source: r.source,
    status: r.status,
    confidence: r.confidence,
    inForce: r.inForce,
  }))
  return [...obligations, ...others].sort(byId)
}

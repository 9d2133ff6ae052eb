import {
  Commencements,
  dutiesDue,
  inForceOn,
  IsoDate,
  lawRules,
  ruleTable,
  statutoryDuties,
  todayInEngland,
  type InForce,
} from '@csp/domain'
import { partnershipInForce } from '../duties/partnership.ts'
import { openDb, parse, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

function dateOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !IsoDate.safeParse(value).success) {
    throw new CliError(`--${name} must be a date in the form YYYY-MM-DD, got "${value}"`, 2)
  }
  return value
}

// How a rule stands on `asAt`, in words, with the configured commencements.
function standing(f: InForce, asAt: string, commencements: Commencements): string {
  if (f.commencement === 'local') return 'local practice: only where adopted'
  if (f.commencement === 'unconfirmed' && !inForceOn(f, asAt, commencements)) {
    return f.setting === undefined
      ? 'not law (unconfirmed)'
      : `off: commencement unconfirmed (set ${f.setting} to switch it on)`
  }
  if (!inForceOn(f, asAt, commencements)) return `not in force (from ${f.from})`
  return f.from === null ? 'in force' : `in force from ${f.from}`
}

/**
 * `csp rules [--as-at D] [--json]`: every rule of the domain's table with its source and how it
 * stands on the day (default today in England): in force, not yet, local practice, or off
 * because its commencement is unconfirmed (the Crime and Policing Act 2026 provisions).
 */
export async function rulesCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(argv, { 'as-at': { type: 'string' }, json: { type: 'boolean' } })
  const asAt = dateOption(values['as-at'], 'as-at') ?? todayInEngland()
  const commencements = Commencements.parse({})
  const rows = ruleTable().map((r) => ({
    id: r.id,
    text: r.text,
    source: r.source,
    status: r.status,
    confidence: r.confidence,
    standing: standing(r.inForce, asAt, commencements),
  }))
  if (values.json) {
    io.stdout(`${JSON.stringify({ asAt, rules: rows }, null, 2)}\n`)
    return
  }
  io.stdout(`The rules as the law stood on ${asAt} (no commencement configured)\n\n`)
  for (const r of rows) {
    io.stdout(`${r.id.padEnd(10)} ${r.standing} [${r.status}, ${r.confidence}] ${r.source}\n`)
    io.stdout(`${''.padEnd(10)} ${r.text}\n`)
  }
}

/**
 * `csp duties [--as-at D]`: the catalogue of statutory duties, each with whether it was in force
 * on the day and where it applies; `csp duties due [--from D] [--to D] [--as-at D] [--json]`: what
 * falls due for the partnership stored in the database (the API's `GET /v1/duties/due`).
 */
export async function dutiesCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv
  if (sub === 'due') return dutiesDueCommand(rest, io)
  const { values } = parse(argv, { 'as-at': { type: 'string' } })
  const asAt = dateOption(values['as-at'], 'as-at') ?? todayInEngland()
  const commencements = Commencements.parse({})
  io.stdout(`Statutory duties on ${asAt}\n\n`)
  for (const duty of statutoryDuties) {
    io.stdout(`${duty.title}\n  ${standing(duty.inForce, asAt, commencements)}`)
    io.stdout(
      `; ${duty.legislation.map((l) => [l.instrument, l.provision].filter(Boolean).join(' ')).join('; ')}\n`
    )
    if (duty.applicability) io.stdout(`  Applies: ${duty.applicability}\n`)
  }
  const off = lawRules.filter((r) => r.inForce.setting !== undefined).map((r) => r.id)
  io.stdout(
    `\nOff until configured (commencement unconfirmed): ${off.join(', ')}. Set their dates in the partnership settings (commencements) once checked.\n`
  )
}

async function dutiesDueCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    'as-at': { type: 'string' },
    json: { type: 'boolean' },
  })
  const today = todayInEngland()
  const from = dateOption(values.from, 'from') ?? today
  const to = dateOption(values.to, 'to') ?? from
  if (to < from) throw new CliError(`--to (${to}) must not be before --from (${from})`, 2)
  const asAt = dateOption(values['as-at'], 'as-at') ?? today
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const inForce = await partnershipInForce(handle.db)
    if (!inForce) {
      throw new CliError("no partnership is known: run 'csp seed' or store partnership settings")
    }
    const items = dutiesDue(inForce.partnership, { from, to }, { asAt })
    if (values.json) {
      io.stdout(`${JSON.stringify({ from, to, asAt, items }, null, 2)}\n`)
      return
    }
    io.stdout(
      `${inForce.partnership.name}: what falls due from ${from} to ${to} (law as at ${asAt})\n`
    )
    if (items.length === 0) io.stdout('  nothing\n')
    for (const item of items) {
      const marks = [item.status, item.confidence, ...(item.projected ? ['projected'] : [])]
      io.stdout(`  ${item.due}  ${item.ruleId.padEnd(7)} ${item.title} [${marks.join(', ')}]\n`)
      io.stdout(`  ${''.padEnd(10)} ${item.basis}\n`)
    }
  } finally {
    await handle.close()
  }
}

import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import {
  crimeTableCsv,
  derbyshireAreas,
  policeUkCrimeTable,
  policeUkMeasures,
  type PoliceUkAggregate,
} from '@csp/domain'
import { summaryJson } from '../imports/police-uk-summary.ts'
import { crimeTableText } from './crime-table-text.ts'
import { changesCommand, hotSpotsCommand } from './local-commands.ts'
import { inputFiles } from './input-files.ts'
import { CliError, type CliIo } from './io.ts'
import { readPoliceUkFiles } from './read-police-uk.ts'

const usage = `Usage:
  csp police-uk summarise FILES… [--json]
  csp police-uk tables FILES… --measure M --year Y [--format text|csv|json]
  csp police-uk changes FILES… --area CODE [--measure M] [--window rolling-12|last-3|month]
      [--month YYYY-MM] [--level neighbourhood-area|ward|lsoa] [--format text|csv|json]
  csp police-uk hot-spots FILES… --area CODE --measure M [--window rolling-12|rolling-24]
      [--unit lsoa|grid] [--limit N] [--to YYYY-MM] [--format text|csv|json]
  csp police-uk measures
`

/** `csp police-uk …`: the analyst's commands over police.uk street-level files. */
export async function policeUkCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv
  if (sub === 'summarise' || sub === 'summarize') return summarise(rest, io)
  if (sub === 'tables') return tables(rest, io)
  if (sub === 'changes') {
    const { values, positionals } = parse(rest, localOptions)
    return changesCommand(values, positionals, io)
  }
  if (sub === 'hot-spots') {
    const { values, positionals } = parse(rest, localOptions)
    return hotSpotsCommand(values, positionals, io)
  }
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(usage)
    return
  }
  if (sub === 'measures') {
    io.stdout(policeUkMeasures.map((m) => `${m.id.padEnd(40)} ${m.label}\n`).join(''))
    return
  }
  throw new CliError(
    `unknown police-uk command "${sub}"; expected summarise, tables, changes, hot-spots or measures`,
    2
  )
}

const localOptions: ParseArgsOptionsConfig = {
  area: { type: 'string' },
  measure: { type: 'string' },
  window: { type: 'string' },
  month: { type: 'string' },
  level: { type: 'string' },
  unit: { type: 'string' },
  limit: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
}

function parse(argv: readonly string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0] ?? 'bad arguments', 2)
  }
}

async function summarise(argv: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean', default: false } })
  const files = inputFiles(positionals, io.cwd)
  const result = await readPoliceUkFiles(files, io)
  if (values['json'] === true) io.stdout(JSON.stringify(summaryJson(result), null, 2) + '\n')
  else io.stdout(summaryText(result))
  failOnErrors(result)
}

async function tables(argv: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(argv, {
    measure: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string', default: 'text' },
  })
  const measure = values['measure']
  const year = values['year']
  const format = values['format']
  if (typeof measure !== 'string')
    throw new CliError('--measure is required (see csp police-uk measures)', 2)
  if (!policeUkMeasures.some((m) => m.id === measure)) {
    throw new CliError(`unknown measure "${measure}"; run 'csp police-uk measures' for the list`, 2)
  }
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
    throw new CliError('--year must be a year such as 2024', 2)
  }
  if (format !== 'text' && format !== 'csv' && format !== 'json') {
    throw new CliError(`--format must be text, csv or json, got "${String(format)}"`, 2)
  }
  const files = inputFiles(positionals, io.cwd)
  const result = await readPoliceUkFiles(files, io)
  failOnErrors(result)
  const table = policeUkCrimeTable(result, { measure, year: Number(year), areas: derbyshireAreas })
  if (format === 'json') io.stdout(JSON.stringify(table, null, 2) + '\n')
  else if (format === 'csv') io.stdout(crimeTableCsv(table, { areas: derbyshireAreas }))
  else io.stdout(crimeTableText(table, { areas: derbyshireAreas, measures: policeUkMeasures }))
}

/** The summary `csp police-uk summarise` and `csp import police-uk` print: rows, months, gaps, errors. */
export function summaryText(result: PoliceUkAggregate): string {
  const sum = (rows: readonly { count: number }[]) =>
    rows.reduce((total, row) => total + row.count, 0)
  const n = (value: number) => value.toLocaleString('en-GB')
  const inside = sum(result.counts.filter((row) => row.areaCode !== null))
  const lines = [
    `Rows:         ${n(result.rows)}`,
    `Months:       ${result.months.length === 0 ? 'none' : `${result.months[0]} to ${result.months.at(-1)} (${result.months.length})`}`,
    `In the partnership's areas: ${n(inside)}`,
    `Outside the partnership's areas: ${n(sum(result.outsideArea))}`,
    `No location:  ${n(sum(result.noLocation))}`,
    `Gaps:         ${result.gaps.length === 0 ? 'none' : result.gaps.length}`,
    ...result.gaps.map(
      (gap) => `  ${gap.month} ${gap.crimeType ?? 'all crime types'}: ${gap.kind}`
    ),
    `Errors:       ${result.errors.length === 0 ? 'none' : result.errors.length}`,
    ...result.errors.map((error) => `  ${error.file}:${error.line}: ${error.message}`),
  ]
  return lines.join('\n') + '\n'
}

function failOnErrors(result: PoliceUkAggregate): void {
  const [first] = result.errors
  if (!first) return
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''
  throw new CliError(`${first.file} line ${first.line}: ${first.message}${more}`)
}

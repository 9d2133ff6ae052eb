import {
  ChangeWindow,
  changeTableCsv,
  hotSpotsCsv,
  policeUkMeasures,
  type ChangeTable,
  type HotSpotList,
  type LocalGeography,
  type PoliceUkAggregate,
} from '@csp/domain'
import { derbyshireGeography, derbyshirePoliceUkGeography } from '@csp/domain/boundaries'
import { readPoliceUkFiles as readFiles } from '@csp/police-uk'
import {
  HotSpotUnit,
  HotSpotWindow,
  localAreaRef,
  localChanges,
  localHotSpots,
  type LocalChanges,
  type LocalHotSpots,
} from '../views/local-answers.ts'
import { crimeTypeOfMeasure, localCountsOfAggregate } from '../views/local-data.ts'
import { inputFiles, type InputFile } from './input-files.ts'
import { CliError, type CliIo } from './io.ts'
import { createProgressBar } from './progress.ts'

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/** The area, measures and format every local command takes, checked. */
function common(values: Values, geography: LocalGeography) {
  const area = values['area']
  if (typeof area !== 'string')
    throw new CliError('--area is required (a GSS code such as E07000039)', 2)
  if (!localAreaRef(geography, area)) {
    throw new CliError(
      `--area "${area}" is not a district, ward, neighbourhood area or LSOA of the partnership`,
      2
    )
  }
  const measure = values['measure']
  if (measure !== undefined && (typeof measure !== 'string' || !crimeTypeOfMeasure(measure))) {
    throw new CliError(
      `unknown measure "${String(measure)}"; run 'csp police-uk measures' for the list`,
      2
    )
  }
  const format = values['format'] ?? 'text'
  if (format !== 'text' && format !== 'csv' && format !== 'json') {
    throw new CliError(`--format must be text, csv or json, got "${String(format)}"`, 2)
  }
  const measures = measure === undefined ? policeUkMeasures.map((m) => m.id) : [measure]
  return { area, measures, format }
}

function month(values: Values, name: string): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new CliError(`--${name} must be a month such as 2024-12`, 2)
  }
  return value
}

function oneOf<T extends string>(
  values: Values,
  name: string,
  options: readonly T[],
  fallback: T
): T {
  const value = values[name] ?? fallback
  if (!options.includes(value as T)) {
    throw new CliError(`--${name} must be ${options.join(', ')}; got "${String(value)}"`, 2)
  }
  return value as T
}

/** Reads the files with the bundled boundaries, as an import does (point in polygon, grid). */
async function readPlaced(files: readonly InputFile[], io: CliIo): Promise<PoliceUkAggregate> {
  const bar = createProgressBar(
    io,
    files.reduce((sum, file) => sum + file.bytes, 0)
  )
  let rows = 0
  let bytes = 0
  const aggregator = await readFiles(files, {
    geography: derbyshirePoliceUkGeography(),
    progressEvery: 50_000,
    onProgress: (progress) => {
      rows = progress.rows
      bytes = progress.bytes
      bar.update(rows, bytes)
    },
  })
  bar.finish(rows, bytes)
  const result = aggregator.result()
  const [first] = result.errors
  if (first) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''
    throw new CliError(`${first.file} line ${first.line}: ${first.message}${more}`)
  }
  if (result.months.length === 0) throw new CliError('the files hold no months of data')
  return result
}

const names = (geography: LocalGeography, codes: readonly string[]) =>
  Object.fromEntries(codes.map((code) => [code, geography.area(code)?.name ?? '']))

const f = (value: number | null, width: number) =>
  (value === null ? '–' : String(value)).padStart(width)

function changesText(table: LocalChanges): string {
  const head = `${table.area.name} (${table.area.code}): ${table.measure}, ${table.window}: ${table.current.from} to ${table.current.to} against ${table.baseline.from} to ${table.baseline.to}${table.complete ? '' : ' (incomplete: months with gaps left out)'}\n`
  const lines = table.rows.map(
    (row) =>
      `${row.area.padEnd(16)} ${row.name.slice(0, 34).padEnd(34)} ${f(row.current, 7)} ${f(row.baseline, 8)} ${f(row.difference, 8)} ${f(row.p === null ? null : Number(row.p.toPrecision(3)), 9)} ${f(row.pAdjusted === null ? null : Number(row.pAdjusted.toPrecision(3)), 9)} ${row.flag ?? ''}\n`
  )
  const columns = `${'area'.padEnd(16)} ${'name'.padEnd(34)} ${'current'.padStart(7)} ${'baseline'.padStart(8)} ${'diff'.padStart(8)} ${'p'.padStart(9)} ${'p adj.'.padStart(9)} flag\n`
  return (
    head +
    columns +
    lines.join('') +
    `Source: ${table.source.publisher}. ${table.source.note ?? ''}\n`
  )
}

function hotSpotsText(list: LocalHotSpots): string {
  const head = `${list.area.name} (${list.area.code}): ${list.measure} hot spots by ${list.unit}, ${list.from} to ${list.to}${list.complete ? '' : ' (incomplete)'}\n`
  const lines = list.rows.map(
    (row) =>
      `${String(row.rank).padStart(4)} ${row.unit.padEnd(16)} ${(row.name ?? '').slice(0, 34).padEnd(34)} ${f(row.count, 6)} ${row.persistence ?? ''}\n`
  )
  return head + lines.join('') + `Source: ${list.source.publisher}. ${list.source.note ?? ''}\n`
}

/**
 * `csp police-uk changes FILES… --area CODE [--measure M] [--window rolling-12|last-3|month]
 * [--month YYYY-MM] [--level ward|lsoa|neighbourhood-area] [--format text|csv|json]`: the
 * change table the API gives for the same counts (exact counts: the files are the analyst's).
 * Without `--measure`, one table per police.uk measure.
 */
export async function changesCommand(
  values: Values,
  positionals: readonly string[],
  io: CliIo
): Promise<void> {
  const geography = derbyshireGeography()
  const { area, measures, format } = common(values, geography)
  const window = oneOf(values, 'window', ChangeWindow.options, 'rolling-12')
  const level =
    values['level'] === undefined
      ? undefined
      : oneOf(values, 'level', ['neighbourhood-area', 'ward', 'lsoa'] as const, 'ward')
  const end = month(values, 'month')
  const aggregate = await readPlaced(inputFiles(positionals, io.cwd), io)
  const district = localAreaRef(geography, area)?.districtCode as string
  const tables = measures.map((measure) => {
    const counts = localCountsOfAggregate(
      aggregate,
      district,
      crimeTypeOfMeasure(measure)!,
      geography
    )
    try {
      return localChanges(counts, geography, { area, measure, window, month: end, level }, null)
    } catch (error) {
      if (error instanceof RangeError) throw new CliError(error.message, 2)
      throw error
    }
  })
  if (format === 'json')
    io.stdout(JSON.stringify(tables.length === 1 ? tables[0] : tables, null, 2) + '\n')
  else if (format === 'csv') {
    const all = tables.map((table) =>
      changeTableCsv(table as unknown as ChangeTable, {
        names: names(
          geography,
          table.rows.map((r) => r.area)
        ),
      })
    )
    io.stdout(
      all[0] +
        all
          .slice(1)
          .map((csv) => csv.slice(csv.indexOf('\r\n') + 2))
          .join('')
    )
  } else io.stdout(tables.map(changesText).join('\n'))
}

/**
 * `csp police-uk hot-spots FILES… --area CODE --measure M [--window rolling-12|rolling-24]
 * [--unit lsoa|grid] [--limit N] [--format text|csv|json]`: the tasking list the API gives.
 */
export async function hotSpotsCommand(
  values: Values,
  positionals: readonly string[],
  io: CliIo
): Promise<void> {
  const geography = derbyshireGeography()
  const { area, measures, format } = common(values, geography)
  if (values['measure'] === undefined)
    throw new CliError('--measure is required (see csp police-uk measures)', 2)
  const window = oneOf(values, 'window', HotSpotWindow.options, 'rolling-12')
  const unit = oneOf(values, 'unit', HotSpotUnit.options, 'lsoa')
  const limitText = values['limit']
  const limit = limitText === undefined ? undefined : Number(limitText)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new CliError('--limit must be a whole number of at least 1', 2)
  }
  const to = month(values, 'to')
  const aggregate = await readPlaced(inputFiles(positionals, io.cwd), io)
  const measure = measures[0] as string
  const district = localAreaRef(geography, area)?.districtCode as string
  const counts = localCountsOfAggregate(
    aggregate,
    district,
    crimeTypeOfMeasure(measure)!,
    geography
  )
  let list: LocalHotSpots
  try {
    list = localHotSpots(counts, geography, { area, measure, window, unit, to, limit }, null)
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message, 2)
    throw error
  }
  if (format === 'json') io.stdout(JSON.stringify(list, null, 2) + '\n')
  else if (format === 'csv') {
    const named = Object.fromEntries(list.rows.map((row) => [row.unit, row.name ?? '']))
    io.stdout(hotSpotsCsv(list as unknown as HotSpotList, { names: named }))
  } else io.stdout(hotSpotsText(list))
}

import { derbyshireAreaRows } from '../geography/derbyshire-area-rows.ts'
import { CsvRecordSplitter } from './csv-lines.ts'
import { PoliceUkFileSink } from './file-sink.ts'
import { checkPoliceUkGapOptions, findPoliceUkGaps, type PoliceUkGapOptions } from './find-gaps.ts'
import { checkPoliceUkGeography, type PoliceUkGeography } from './geography-option.ts'
import { gridCountsOf, lsoaCountsOf } from './place-counts.ts'
import { PoliceUkPlacer } from './placer.ts'
import { mergeSnapshot, snapshotOf, type PoliceUkSnapshot } from './snapshot.ts'
import { PoliceUkChunkEncoder, policeUkChunks, type PoliceUkSource } from './source.ts'
import { outsideAreaCounts, PoliceUkTally } from './tally.ts'
import type { PoliceUkAggregate, PoliceUkImportError, PoliceUkLsoaCount } from './types.ts'

/**
 * What the aggregator needs of an area (an `Area` fits): districts match its name or an
 * alias, and get its code.
 *
 * @example
 * ```ts
 * const area: PoliceUkArea = { code: 'E06000015', name: 'Derby', kind: 'unitary', aliases: ['Derby City'] }
 * ```
 */
export interface PoliceUkArea {
  code: string
  name: string
  kind: string
  aliases: readonly string[]
}

const defaultAreas: readonly PoliceUkArea[] = derbyshireAreaRows.map(
  ([code, name, kind, , , aliases]) => ({ code, name, kind, aliases })
)

/**
 * Progress so far: data rows and input bytes (characters, for string chunks) across every file
 * added, and the file being read.
 *
 * @example
 * ```ts
 * const onProgress = ({ rows, bytes }: PoliceUkProgress) => bar.update(bytes, { rows })
 * ```
 */
export interface PoliceUkProgress {
  file: string
  rows: number
  bytes: number
}

/**
 * Options for {@link createPoliceUkAggregator}, on top of the gap options
 * (`expectedMonths`, `lowCountRatio`, `minMonthsForMedian`).
 *
 * @example
 * ```ts
 * const options: PoliceUkAggregateOptions = { expectedMonths: ['2024-11', '2024-12'],
 *   onProgress: (p) => console.log(p.rows), progressEvery: 100_000 }
 * ```
 */
export interface PoliceUkAggregateOptions extends PoliceUkGapOptions {
  /** The partnership's areas (default Derbyshire's); districts match a district or unitary name or alias. */
  areas?: readonly PoliceUkArea[] | undefined
  /**
   * The partnership's bundled 2021 LSOAs. Without it, a row's LSOA is its own code as given;
   * with it, its own code when bundled, else the LSOA its point falls in, else "no area".
   */
  geography?: PoliceUkGeography | undefined
  onProgress?: ((progress: PoliceUkProgress) => void) | undefined
  /** Call `onProgress` at most once per this many rows (default 10,000), and at each file end. */
  progressEvery?: number | undefined
  /** Problem rows listed per file before the rest are only counted (default 100). */
  maxErrorsPerFile?: number | undefined
  /** Longest record, in UTF-8 bytes, before it is reported and skipped (default 1,048,576). */
  maxRecordLength?: number | undefined
}

/**
 * Builds one aggregate from several files (months or forces), one file at a time.
 *
 * @example
 * ```ts
 * const aggregator = createPoliceUkAggregator()
 * await aggregator.add(november, { file: '2024-11-derbyshire-street.csv' })
 * await aggregator.add(december, { file: '2024-12-derbyshire-street.csv' })
 * aggregator.result().months //=> ['2024-11', '2024-12']
 * ```
 */
export interface PoliceUkAggregator {
  /**
   * Reads one file, and resolves with its errors (also in `result().errors`). Calls run one
   * after another; the promise rejects if the source fails.
   */
  add(
    source: PoliceUkSource,
    options?: { file?: string | undefined }
  ): Promise<PoliceUkImportError[]>
  /**
   * The aggregate of every file added so far, finer counts included; throws while an `add` is
   * still running.
   */
  result(): Required<PoliceUkAggregate>
  /**
   * `result().lsoaCounts` one at a time, in the same order, without building the list (a
   * national year without a geography has millions); throws while an `add` is running.
   */
  lsoaCounts(): Generator<PoliceUkLsoaCount>
  /** Everything read so far as plain, transferable data for another aggregator's `merge`. */
  snapshot(): PoliceUkSnapshot
  /**
   * Adds what another aggregator read (its `snapshot()`), as if its files had been added here
   * now: merging the snapshots of files read in parallel, in file order, gives exactly the
   * aggregate of reading them one after another. Throws while an `add` is running.
   */
  merge(snapshot: PoliceUkSnapshot): void
}

/**
 * Creates an incremental aggregator for police.uk street-level CSVs. Memory grows with
 * months × districts × crime types, not with rows: each file is stream-parsed and no row kept.
 * Byte chunks are parsed as UTF-8 where they lie, and only new names are ever decoded, so the
 * per-row work allocates nothing; a source may hand over views of one buffer it refills.
 *
 * @example
 * ```ts
 * const header = policeUkStreetColumns.join(',')
 * const aggregator = createPoliceUkAggregator({ areas: derbyshireAreas })
 * await aggregator.add(`${header}\n,2024-12,D,D,,,On or near X,E01,Derby 013H,Drugs,,\n`)
 * aggregator.result().counts
 * //=> [{ month: '2024-12', district: 'Derby', areaCode: 'E06000015', crimeType: 'Drugs', measure: 'police-uk.drugs', count: 1 }]
 * ```
 */
export function createPoliceUkAggregator(
  options: PoliceUkAggregateOptions = {}
): PoliceUkAggregator {
  checkPoliceUkGapOptions(options)
  const progressEvery = positiveInteger('progressEvery', options.progressEvery, 10_000)
  const maxErrors = positiveInteger('maxErrorsPerFile', options.maxErrorsPerFile, 100)
  const maxRecordLength = positiveInteger('maxRecordLength', options.maxRecordLength, 1 << 20)
  const areas = options.areas ?? defaultAreas
  const areaCodeOf = areaLookup(areas)
  const tally = new PoliceUkTally()
  const placer = options.geography && placerFor(tally, options.geography, areas)
  const errors: PoliceUkImportError[] = []
  let bytes = 0
  let running = 0
  let queue: Promise<void> = Promise.resolve()

  async function read(source: PoliceUkSource, file: string): Promise<PoliceUkImportError[]> {
    const sink = new PoliceUkFileSink(tally, file, maxErrors, placer)
    const splitter = new CsvRecordSplitter(sink, maxRecordLength)
    const push = (piece: Uint8Array) => splitter.push(piece)
    const encoder = new PoliceUkChunkEncoder()
    const report = () => options.onProgress?.({ file, rows: tally.rows, bytes })
    let nextReport = tally.rows + progressEvery
    for await (const chunk of policeUkChunks(source)) {
      // Each chunk is done with before the next is asked for, so a source may reuse its buffer.
      encoder.encode(chunk, push)
      bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength
      if (tally.rows >= nextReport) {
        report()
        nextReport = tally.rows + progressEvery
      }
    }
    encoder.flush(push)
    splitter.end()
    const fileErrors = sink.finish()
    errors.push(...fileErrors)
    report()
    return fileErrors.map((error) => ({ ...error }))
  }

  return {
    add(source, { file = 'input' } = {}) {
      running++
      const done = queue.then(() => read(source, file)).finally(() => running--)
      queue = done.then(
        () => undefined,
        () => undefined
      )
      return done
    },
    result() {
      idle('result()')
      const counts = tally.counts(areaCodeOf)
      return {
        rows: tally.rows,
        months: tally.monthList(),
        counts,
        outsideArea: outsideAreaCounts(counts),
        noLocation: tally.noLocation(),
        gaps: findPoliceUkGaps(tally.forceMonthCounts(), options),
        errors: [...errors],
        forceCounts: tally.forceCounts(),
        lsoaCounts: [...lsoaCountsOf(tally, areaCodeOf)],
        gridCounts: gridCountsOf(tally),
        placement: tally.placement(),
      }
    },
    lsoaCounts() {
      idle('lsoaCounts()')
      return lsoaCountsOf(tally, areaCodeOf)
    },
    snapshot() {
      idle('snapshot()')
      return snapshotOf(tally, { errors, bytes })
    },
    merge(snapshot) {
      idle('merge()')
      mergeSnapshot(tally, snapshot)
      errors.push(...snapshot.errors)
      bytes += snapshot.bytes
    },
  }

  function idle(call: string): void {
    if (running > 0) throw new Error(`${call} called while add() is still running: await it first`)
  }
}

/**
 * Aggregates one police.uk street-level CSV: counts by month × district × crime type, plus
 * outside-area and no-location rows, gaps and line-numbered errors. For several files use
 * {@link createPoliceUkAggregator}.
 *
 * @example
 * ```ts
 * const file = '2024-12-nottinghamshire-street.csv'
 * const result = await aggregatePoliceUkStreet(createReadStream(file), { file })
 * result.rows //=> 9444
 * result.counts.find((row) => row.district === 'Erewash')?.areaCode //=> 'E07000036'
 * result.outsideArea.some((row) => row.district === 'Nottingham') //=> true
 * ```
 */
export async function aggregatePoliceUkStreet(
  source: PoliceUkSource,
  options: PoliceUkAggregateOptions & { file?: string | undefined } = {}
): Promise<Required<PoliceUkAggregate>> {
  const aggregator = createPoliceUkAggregator(options)
  await aggregator.add(source, { file: options.file })
  return aggregator.result()
}

function areaLookup(areas: readonly PoliceUkArea[]): (district: string) => string | null {
  const codes = new Map<string, string>()
  for (const area of comparison(areas)) {
    for (const name of [area.name, ...area.aliases]) codes.set(name.trim().toLowerCase(), area.code)
  }
  return (district) => codes.get(district.trim().toLowerCase()) ?? null
}

function comparison(areas: readonly PoliceUkArea[]): PoliceUkArea[] {
  return areas.filter((area) => area.kind === 'district' || area.kind === 'unitary')
}

function placerFor(
  tally: PoliceUkTally,
  geography: PoliceUkGeography,
  areas: readonly PoliceUkArea[]
): PoliceUkPlacer {
  const names = new Map(comparison(areas).map((area) => [area.code, area.name]))
  checkPoliceUkGeography(geography, new Set(names.keys()))
  return new PoliceUkPlacer(tally, geography, (code) => names.get(code) as string)
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`)
  }
  return value
}

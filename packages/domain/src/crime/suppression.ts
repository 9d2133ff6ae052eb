import { z } from 'zod'
import { childAreas, type Area } from '../geography/index.ts'
import { CrimeTable, CrimeTableRow } from './table.ts'

/**
 * A row of a table prepared for public output: a suppressed row has no volume, rate or trend.
 * `suppressed` says why: `'primary'` (a small count) or `'secondary'` (hidden so that a small
 * count cannot be worked out from a total).
 *
 * @example
 * ```ts
 * SuppressedCrimeTableRow.parse({ areaCode: 'E07000035', volume: null, rate: null, trend: null, suppressed: 'primary' })
 * ```
 */
export const SuppressedCrimeTableRow = CrimeTableRow.extend({
  volume: z.number().int().nullable(),
  suppressed: z.enum(['primary', 'secondary']).nullable(),
}).meta({ id: 'SuppressedCrimeTableRow' })
export type SuppressedCrimeTableRow = z.infer<typeof SuppressedCrimeTableRow>

/**
 * A crime table after small-number suppression, with the rule applied so output can say so.
 *
 * @example
 * ```ts
 * SuppressedCrimeTable.shape.suppression.parse({ threshold: 5, rule: '…' })
 * ```
 */
export const SuppressedCrimeTable = CrimeTable.extend({
  rows: z.array(SuppressedCrimeTableRow),
  suppression: z.object({ threshold: z.number().int().positive(), rule: z.string() }),
}).meta({ id: 'SuppressedCrimeTable' })
export type SuppressedCrimeTable = z.infer<typeof SuppressedCrimeTable>

/**
 * The default suppression threshold: counts from 1 to 4 are hidden. A local setting, not a
 * national rule; partnerships follow their own data-sharing agreement.
 *
 * @example
 * ```ts
 * defaultSuppressionThreshold //=> 5
 * ```
 */
export const defaultSuppressionThreshold = 5

/**
 * Options for {@link suppressSmallNumbers}.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { threshold: 10 }
 * ```
 */
export interface SuppressionOptions {
  /** Counts 1 … threshold − 1 are suppressed; 0 is shown (default 5). */
  threshold?: number
  /** Areas with parents, defining the groups that sum to a total. */
  areas: readonly Area[]
}

interface Group {
  parent: string
  children: string[]
}

function unknownsOf(group: Group, known: ReadonlySet<string>): string[] {
  return [group.parent, ...group.children].filter((code) => !known.has(code))
}

/** Visible cells plus every unpublished cell the equations parent = Σ children pin down. */
function knownCells(
  groups: readonly Group[],
  visible: (code: string) => boolean,
  published: (code: string) => boolean
): Set<string> {
  const known = new Set<string>()
  for (const g of groups)
    for (const code of [g.parent, ...g.children]) if (visible(code)) known.add(code)
  for (let changed = true; changed;) {
    changed = false
    for (const group of groups) {
      const unknown = unknownsOf(group, known)
      const [only] = unknown
      // Only unpublished rows are derived here; a lone hidden cell is what the caller must fix.
      if (unknown.length === 1 && only !== undefined && !published(only)) {
        known.add(only)
        changed = true
      }
    }
  }
  return known
}

/**
 * Hides small counts for public output. Primary suppression hides counts from 1 to
 * `threshold − 1` (0 is shown: "none" discloses nothing about a person). Secondary suppression
 * then makes sure no hidden count can be recovered from a total: each parent group (a parent and
 * its children, e.g. the county and its districts, the force area and its county and unitaries)
 * must never have a hidden cell as its only unknown (a row the table leaves out counts as known
 * when other groups give it). When it does, the smallest non-zero visible other child is hidden
 * too (a hidden 0 would protect nothing), else the parent; this repeats until stable. In a tree
 * of areas this leaves no hidden cell recoverable by any combination of the published totals. Rate and trend are hidden with the
 * volume, since either would give it back.
 *
 * @example
 * ```ts
 * // Rows in derbyshireAreas order; Dales 3, the rest ≥ 5: Dales (primary) and the smallest other
 * // district, Amber Valley (secondary), are hidden.
 * suppressSmallNumbers(table, { areas: derbyshireAreas }).rows.filter((r) => r.suppressed).map((r) => r.suppressed)
 * //=> ['secondary', 'primary']
 * ```
 */
export function suppressSmallNumbers(
  table: CrimeTable,
  options: SuppressionOptions
): SuppressedCrimeTable {
  const threshold = options.threshold ?? defaultSuppressionThreshold
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${String(threshold)}`)
  }
  const { areas } = options
  const volumes = new Map<string, number>()
  for (const row of table.rows) {
    if (volumes.has(row.areaCode)) {
      throw new RangeError(`${row.areaCode} appears more than once; run checkCrimeTable first`)
    }
    if (!Number.isSafeInteger(row.volume) || row.volume < 0) {
      throw new RangeError(
        `${row.areaCode} volume must be a whole number ≥ 0, got ${String(row.volume)}`
      )
    }
    volumes.set(row.areaCode, row.volume)
  }

  const state = new Map<string, 'primary' | 'secondary'>()
  for (const [code, volume] of volumes) {
    if (volume >= 1 && volume < threshold) state.set(code, 'primary')
  }

  const order = new Map(areas.map((area, index) => [area.code, index]))
  const groups: Group[] = areas
    .map((area) => ({
      parent: area.code,
      children: childAreas(areas, area.code).map((c) => c.code),
    }))
    .filter((group) => group.children.length > 0)
  const visible = (code: string) => volumes.has(code) && !state.has(code)
  const smallest = (codes: Iterable<string>) =>
    [...codes].filter(visible).sort((a, b) => {
      const va = volumes.get(a) ?? 0
      const vb = volumes.get(b) ?? 0
      // Non-zero first (hiding a 0 protects nothing), then smallest, then listing order.
      return (
        Number(va === 0) - Number(vb === 0) || va - vb || (order.get(a) ?? 0) - (order.get(b) ?? 0)
      )
    })[0]

  for (;;) {
    const known = knownCells(groups, visible, (code) => volumes.has(code))
    const exposed = groups.find(
      (g) => unknownsOf(g, known).length === 1 && state.has(unknownsOf(g, known)[0] ?? '')
    )
    if (!exposed) break
    const [lone] = unknownsOf(exposed, known)
    const cells = [exposed.parent, ...exposed.children].filter((code) => code !== lone)
    // A cell worked out from other groups (a row the table leaves out) cannot be hidden itself:
    // hide one of the figures it is worked out from instead.
    const nearby = groups
      .filter((g) => cells.some((c) => !visible(c) && (g.parent === c || g.children.includes(c))))
      .flatMap((g) => [g.parent, ...g.children])
    const extra =
      smallest(exposed.children.filter((code) => code !== lone)) ??
      smallest(cells) ??
      smallest(nearby) ??
      smallest(volumes.keys())
    if (extra === undefined) break
    state.set(extra, 'secondary')
  }

  return {
    ...table,
    rows: table.rows.map((row) => {
      const suppressed = state.get(row.areaCode) ?? null
      return suppressed
        ? { areaCode: row.areaCode, volume: null, rate: null, trend: null, suppressed }
        : { ...row, suppressed: null }
    }),
    suppression: {
      threshold,
      rule:
        threshold === 1
          ? 'No counts are suppressed.'
          : `Counts from 1 to ${threshold - 1} are not shown, nor any figure that would reveal them.`,
    },
  }
}

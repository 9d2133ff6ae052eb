import { formatCount } from '../format/index.ts'
import type { Area } from '../geography/index.ts'
import type { Measure } from './measures.ts'
import type { CrimeTable, CrimeTableRow } from './table.ts'

/*
 * Small wording and lookup helpers shared by the crime statements (internal: not re-exported).
 */

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })

/**
 * Joins names the GOV.UK way: "A", "A and B", "A, B and C".
 *
 * @example
 * ```ts
 * joinList(['Erewash', 'Bolsover', 'Derby']) //=> 'Erewash, Bolsover and Derby'
 * ```
 */
export function joinList(items: readonly string[]): string {
  return listFormat.format(items)
}

/**
 * The area's name, or its code when the area list does not know it.
 *
 * @example
 * ```ts
 * areaName(derbyshireAreas, 'E07000039') //=> 'South Derbyshire'
 * ```
 */
export function areaName(areas: readonly Area[], code: string): string {
  return areas.find((area) => area.code === code)?.name ?? code
}

/**
 * The table's rows for an area code (more than one when the table is faulty).
 *
 * @example
 * ```ts
 * rowsFor(table, 'E07000039').length //=> 1
 * ```
 */
export function rowsFor(table: CrimeTable, code: string): CrimeTableRow[] {
  return table.rows.filter((row) => row.areaCode === code)
}

/**
 * The measure a table reports, from `measures`, or a clear error.
 *
 * @example
 * ```ts
 * measureFor(planMeasures, 'hate-crime').label //=> 'Hate crime'
 * ```
 */
export function measureFor(measures: readonly Measure[], id: string): Measure {
  const measure = measures.find((m) => m.id === id)
  if (!measure) {
    throw new RangeError(`unknown measure "${id}": pass its definition in options.measures`)
  }
  return measure
}

/**
 * The measure label as it reads mid-sentence: first letter lower-cased unless the label starts
 * with an acronym ("VAWG").
 *
 * @example
 * ```ts
 * inlineLabel('Anti-social behaviour') //=> 'anti-social behaviour'
 * ```
 */
export function inlineLabel(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)
}

/**
 * A count with what is counted: the measure's `countNoun`, or its label as a noun.
 *
 * @example
 * ```ts
 * countOf(planMeasures[0], 1695) //=> '1,695 anti-social behaviour incidents'
 * countOf({ ...measure, label: 'Shoplifting', countNoun: undefined }, 1) //=> '1 shoplifting crime'
 * ```
 */
export function countOf(measure: Measure, count: number): string {
  const label = inlineLabel(measure.label)
  const noun =
    measure.countNoun ??
    (/crime$/i.test(label)
      ? { one: label, other: `${label}s` }
      : { one: `${label} crime`, other: `${label} crimes` })
  return `${formatCount(count)} ${count === 1 ? noun.one : noun.other}`
}

import { annualReturnFigureNames, csvCell as cell, type AnnualReturn } from '@csp/domain'
import type { AnnualReturnView } from './annual-return.ts'

const header = ['figure', 'description', 'count', 'from', 'to', 'basis', 'source', 'notes']

/**
 * The file name of a return's CSV.
 *
 * @example
 * ```ts
 * annualReturnCsvName({ from: '2024-04-01', to: '2025-03-31' })
 * //=> 'asb-case-review-return-2024-04-01-to-2025-03-31.csv'
 * ```
 */
export function annualReturnCsvName(view: Pick<AnnualReturnView, 'from' | 'to'>): string {
  return `asb-case-review-return-${view.from}-to-${view.to}.csv`
}

/**
 * The return as RFC 4180 CSV (CRLF line ends): a header, then one line per figure. Every line
 * repeats the window, the basis, the sources (each published return, and the days counted from
 * case-review records) and the notes, so a line copied out of the file still says what it
 * counts and where from. A figure hidden by small-number suppression has an empty count (the
 * notes give the rule). Undefined when no figures are known for the window.
 *
 * @example
 * ```ts
 * annualReturnCsv(view)?.split('\r\n')[1]
 * //=> 'applications,Applications for an ASB Case Review,2,2024-04-01,2025-03-31,published-returns,"South Derbyshire …",'
 * ```
 */
export function annualReturnCsv(view: AnnualReturnView): string | undefined {
  const { figures } = view
  if (!figures) return undefined
  const sources = view.returns.map(
    (r) => `${r.source.publisher}: ${r.source.title} (${r.period}, ${r.from} to ${r.to})`
  )
  if (view.recorded) {
    const days = view.recorded.periods.map((p) => `${p.from} to ${p.to}`).join(', ')
    sources.push(`CSP Toolkit case-review records: ${days}`)
  }
  const source = sources.join('; ')
  const notes = view.notes.join(' ')
  const lines = (Object.keys(annualReturnFigureNames) as (keyof AnnualReturn)[]).map((figure) => [
    figure,
    annualReturnFigureNames[figure],
    figures[figure] ?? '',
    view.from,
    view.to,
    view.basis,
    source,
    notes,
  ])
  return [header, ...lines].map((line) => line.map(cell).join(',') + '\r\n').join('')
}

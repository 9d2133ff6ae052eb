import { crimeTableCsv, crimeTables2023, type CrimeTable } from '@csp/domain'

/**
 * A force-recorded table for 2024, for upload tests: the plan's 2023 domestic abuse table moved
 * to 2024, volumes and rates unchanged (so it passes every check), source the force.
 */
export function forceTable2024(measure = 'domestic-abuse'): CrimeTable {
  const base = crimeTables2023.find((t) => t.measure === measure)
  if (!base) throw new Error(`no 2023 ${measure} table`)
  return {
    ...base,
    period: '2024',
    from: '2024-01-01',
    to: '2024-12-31',
    source: { publisher: 'Derbyshire Constabulary', title: 'Force-recorded crime, 2024' },
  }
}

/** The same table as the CSV download writes it. */
export const forceTable2024Csv = (measure?: string) => crimeTableCsv(forceTable2024(measure))

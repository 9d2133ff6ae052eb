// The importer's groups in the benchmark's terms (month × force × LSOA code × crime type): its
// LSOA counts, plus its rows without a place (no location), which DuckDB and the CSV library
// group under a blank code with the located rows that have none (the importer's "no area").
import { policeUkCrimeTypeNames, type PoliceUkAggregator } from '@csp/domain/police-uk'
import { GroupCounts, type GroupSummary } from './groups.ts'

export function importerGroups(aggregator: PoliceUkAggregator): GroupSummary {
  const groups = new GroupCounts()
  const located = new Map<string, number>()
  for (const row of aggregator.lsoaCounts()) {
    groups.add(row.month, row.force, row.lsoa, row.crimeType, row.count)
    const key = `${row.month}|${row.force}|${row.crimeType}`
    located.set(key, (located.get(key) ?? 0) + row.count)
  }
  // A force's month totals (by crime type) include its no-location rows.
  const { forces, forceMonths } = aggregator.snapshot()
  for (const { month: key, force, totals } of forceMonths) {
    const month = `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`
    const name = forces[force] as string
    policeUkCrimeTypeNames.forEach((crimeType, type) => {
      const unplaced =
        (totals[type] as number) - (located.get(`${month}|${name}|${crimeType}`) ?? 0)
      if (unplaced > 0) groups.add(month, name, null, crimeType, unplaced)
    })
  }
  return groups.summary()
}

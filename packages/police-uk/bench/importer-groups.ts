// The importer's groups in the benchmark's terms (month × force × LSOA code × crime type): its
// LSOA counts (a blank code is its "no area"), plus its no-location rows, which DuckDB and the
// CSV library group under a blank code too.
import { policeUkCrimeTypeNames, type PoliceUkAggregator } from '@csp/domain/police-uk'
import { GroupCounts, type GroupSummary } from './groups.ts'

export function importerGroups(aggregator: PoliceUkAggregator): GroupSummary {
  const groups = new GroupCounts()
  for (const row of aggregator.lsoaCounts()) {
    groups.add(row.month, row.force, row.lsoa, row.crimeType, row.count)
  }
  const { forces, forceMonths } = aggregator.snapshot()
  for (const { month: key, force, noLocation } of forceMonths) {
    const month = `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`
    policeUkCrimeTypeNames.forEach((crimeType, type) => {
      const count = noLocation[type] as number
      if (count > 0) groups.add(month, forces[force] as string, null, crimeType, count)
    })
  }
  return groups.summary()
}

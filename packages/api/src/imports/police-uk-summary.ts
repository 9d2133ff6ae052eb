import type { PoliceUkAggregate } from '@csp/domain'

/** The `--json` contract: crimeType as written in the file, areaCode null outside the partnership. */
export function summaryJson(result: PoliceUkAggregate) {
  return {
    rows: result.rows,
    months: result.months,
    counts: result.counts.map(({ month, district, areaCode, crimeType, count }) => ({
      month,
      district,
      areaCode,
      crimeType,
      count,
    })),
    outsideArea: result.outsideArea,
    noLocation: result.noLocation,
    gaps: result.gaps.map(({ month, crimeType, kind, force }) => ({
      month,
      crimeType,
      kind,
      force,
    })),
    errors: result.errors.map(({ file, line, message }) => ({ file, line, message })),
    ...(result.placement ? { placement: result.placement } : {}),
    ...(result.forceCounts
      ? { forces: [...new Set(result.forceCounts.map((c) => c.force))].sort() }
      : {}),
  }
}

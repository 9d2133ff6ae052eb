// A made-up geography for the reader tests (not ONS boundaries): three of Erewash's LSOA codes
// are "bundled", and a point is "in" one of them when it lies in a 0.05° square west of
// Nottingham; its grid cells are 0.01° squares. Loaded by worker threads through its module URL.
const erewash = 'E07000036'
const squares: [code: string, west: number, south: number][] = [
  ['E01019693', -1.3, 52.9],
  ['E01019694', -1.35, 52.9],
  ['E01019669', -1.35, 52.95],
]

export const geography = {
  lsoaCodes: new Map(squares.map(([code]) => [code, erewash] as [string, string])),
  bounds: [-1.35, 52.9, -1.25, 53.0] as const,
  locate(lon: number, lat: number): string | null {
    const found = squares.find(
      ([, west, south]) => lon >= west && lon < west + 0.05 && lat >= south && lat < south + 0.05
    )
    return found?.[0] ?? null
  },
  cellOf(lon: number, lat: number): string {
    return `${Math.floor(lon * 100)}:${Math.floor(lat * 100)}`
  },
}

/** The same, as a function (the worker calls a function export to get the geography). */
export async function makeGeography() {
  return geography
}

// An independent count of police.uk rows by month, LSOA 2021 and crime type: a plain CSV
// reader and a plain ray-casting point in polygon over the bundled boundaries, sharing no code
// with the importer, to check what it stores.
import { readFileSync } from 'node:fs'
import type { LocalGeography } from '@csp/domain'

/** RFC 4180 fields of one file (quotes, doubled quotes, CRLF or LF). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows.filter((r) => r.length > 1 || r[0] !== '')
}

function inRing(ring: readonly (readonly number[])[], x: number, y: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * `month lsoa crimeType` → rows, for rows placed in a bundled LSOA: by their own code when it
 * is a bundled 2021 code, else by their point.
 */
export function independentLsoaCounts(
  paths: readonly string[],
  geography: LocalGeography
): Map<string, number> {
  const shapes = geography.shapes('lsoas')
  const bundled = new Set(shapes.map((shape) => shape.code))
  const locate = (lon: number, lat: number) =>
    shapes.find((shape) =>
      shape.polygons.some(
        ([outer, ...holes]) =>
          outer !== undefined && inRing(outer, lon, lat) && !holes.some((h) => inRing(h, lon, lat))
      )
    )?.code
  const counts = new Map<string, number>()
  for (const path of paths) {
    const [header, ...rows] = readCsv(readFileSync(path, 'utf8'))
    const at = (name: string) => (header as string[]).indexOf(name)
    const [month, lon, lat, code, type] = [
      'Month',
      'Longitude',
      'Latitude',
      'LSOA code',
      'Crime type',
    ].map(at) as number[]
    for (const row of rows) {
      const own = row[code!] ?? ''
      let lsoa = bundled.has(own) ? own : undefined
      if (lsoa === undefined && row[lon!] !== '' && row[lat!] !== '') {
        lsoa = locate(Number(row[lon!]), Number(row[lat!]))
      }
      if (lsoa === undefined) continue
      const key = `${row[month!]} ${lsoa} ${row[type!]}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

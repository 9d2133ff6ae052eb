// Writes a seeded, national-scale set of police.uk street-level files for the import benchmark,
// shaped like the real ones for a grouping by LSOA: ten forces of ~3,400 LSOAs (Derbyshire's
// 651 are the real 2021 LSOAs, with approximate coordinates: derbyshire-lsoas.json), rows
// grouped by LSOA as police.uk writes them, a few snap points per LSOA, ~1% of a force's rows in
// a neighbouring force's LSOAs, ~3% of LSOAs carrying a code that is not a 2021 code (a 2011
// code that was replaced), ~2% no-location rows at the end, 64-hex crime ids, ASB rows without
// one, and quoted locations, some with commas.
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'

const crimeTypes = [
  ['Anti-social behaviour', 28],
  ['Violence and sexual offences', 30],
  ['Public order', 7],
  ['Criminal damage and arson', 8],
  ['Other theft', 6],
  ['Vehicle crime', 5],
  ['Shoplifting', 6],
  ['Burglary', 4],
  ['Drugs', 2],
  ['Other crime', 1],
  ['Robbery', 1],
  ['Theft from the person', 1],
  ['Bicycle theft', 1],
  ['Possession of weapons', 1],
] as const

const outcomes = [
  'Investigation complete; no suspect identified',
  'Unable to prosecute suspect',
  'Under investigation',
  'Status update unavailable',
  'Awaiting court outcome',
  'Local resolution',
  'Offender given a caution',
]

const streets = [
  'On or near High Street',
  'On or near Station Road',
  'On or near Church Lane',
  'On or near Park Avenue',
  'On or near Mill Lane',
  'On or near Victoria Road',
  'On or near Supermarket',
  'On or near Petrol Station',
  'On or near Shopping Area',
  '"On or near Parking Area, Market Place"',
]

/** The real 2021 LSOAs of Derbyshire and Derby: code, name, approximate centre, jitter. */
type LsoaRow = [code: string, name: string, lon: number, lat: number, dLon: number, dLat: number]
const derbyshire = JSON.parse(
  readFileSync(new URL('derbyshire-lsoas.json', import.meta.url), 'utf8')
) as LsoaRow[]

/** An LSOA as the files write it: the code it is written with and its name, and snap points. */
interface Lsoa {
  code: string
  name: string
  points: string[]
  weight: number
}

/** mulberry32: a tiny seeded generator, so every run writes the same files. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface GeneratedSet {
  dir: string
  files: string[]
  rows: number
  bytes: number
}

const lsoasPerForce = 3_700
const totalCodes = 35_672 // England and Wales have ~35,700 LSOAs

/** Every force's LSOAs: Derbyshire's real ones, and made-up ones elsewhere, codes never shared. */
function forceLsoas(forces: number, next: () => number): Lsoa[][] {
  const code = (n: number) => `E01${String(n).padStart(6, '0')}`
  const used = new Set(derbyshire.map(([c]) => c))
  const free: string[] = []
  for (let n = 1; n <= totalCodes; n++) if (!used.has(code(n))) free.push(code(n))
  let taken = 0
  // Codes for the ~3% of LSOAs written with a 2011 code come from the end of the free list.
  let retired = free.length
  const writtenCode = (code2021: string) => (next() < 0.03 ? (free[--retired] as string) : code2021)
  const points = (lon: number, lat: number, dLon: number, dLat: number) =>
    Array.from(
      { length: 2 + Math.floor(next() * 7) },
      () =>
        `${(lon + (next() - 0.5) * 2 * dLon).toFixed(6)},${(lat + (next() - 0.5) * 2 * dLat).toFixed(6)}`
    )
  const weight = () => Math.exp((next() + next() + next() - 1.5) * 1.6)
  return Array.from({ length: forces }, (_, force) => {
    if (force === 0) {
      return derbyshire.map(([code2021, name, lon, lat, dLon, dLat]) => ({
        code: writtenCode(code2021),
        name,
        points: points(lon, lat, dLon, dLat),
        weight: weight(),
      }))
    }
    const letter = String.fromCharCode(65 + force)
    const west = -3 + ((force * 37) % 9) * 0.4
    const south = 50.6 + ((force * 5) % 9) * 0.4
    return Array.from({ length: lsoasPerForce }, (_, i) => {
      const district = `District ${letter}${(i % 9) + 1}`
      const msoa = String(Math.floor(i / 9 / 5) + 1).padStart(3, '0')
      return {
        code: writtenCode(free[taken++] as string),
        name: `${district} ${msoa}${'ABCDE'[Math.floor(i / 9) % 5]}`,
        points: points(west + next() * 0.4, south + next() * 0.4, 0.003, 0.002),
        weight: weight(),
      }
    })
  })
}

/** Picks an index with probability proportional to its weight (cumulative weights, bisection). */
function picker(lsoas: readonly Lsoa[], next: () => number): () => number {
  const cumulative = new Float64Array(lsoas.length)
  let sum = 0
  lsoas.forEach((lsoa, i) => (cumulative[i] = sum += lsoa.weight))
  return () => {
    const roll = next() * sum
    let low = 0
    let high = lsoas.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if ((cumulative[mid] as number) < roll) low = mid + 1
      else high = mid
    }
    return low
  }
}

export async function generateNationalSet(options: {
  dir: string
  forces: number
  months: number
  rowsPerForceMonth: number
  seed: number
  /** The first month written, `YYYY-MM` (default 2025-01); later months follow on. */
  firstMonth?: string
}): Promise<GeneratedSet> {
  const { dir, forces, months, rowsPerForceMonth, seed, firstMonth = '2025-01' } = options
  const marker = join(
    dir,
    `.complete-v2-${forces}-${months}-${rowsPerForceMonth}-${seed}-${firstMonth}`
  )
  if (existsSync(marker)) return describe(dir, forces * months * rowsPerForceMonth)
  mkdirSync(dir, { recursive: true })
  const next = random(seed)
  const lsoas = forceLsoas(forces, next)
  const picks = lsoas.map((list) => picker(list, next))
  const weights = crimeTypes.reduce((sum, [, weight]) => sum + weight, 0)
  const pickType = () => {
    let roll = next() * weights
    for (const [type, weight] of crimeTypes) if ((roll -= weight) < 0) return type
    return crimeTypes[0][0]
  }
  const hex = () =>
    Math.floor(next() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n'
  for (let force = 0; force < forces; force++) {
    const forceName =
      force === 0 ? 'Derbyshire Constabulary' : `Force ${String.fromCharCode(65 + force)} Police`
    const neighbour = (force + 1) % forces
    for (let m = 0; m < months; m++) {
      const month = monthAfter(firstMonth, m)
      const out = createWriteStream(join(dir, `${month}-force-${force}-street.csv`))
      // Which LSOA each located row is in ([force, index] packed), sorted: rows come grouped.
      const located = Math.round(rowsPerForceMonth * 0.98)
      const where = new Float64Array(located)
      for (let row = 0; row < located; row++) {
        const home = next() >= 0.01
        const from = home ? force : neighbour
        where[row] = (home ? 0 : 1) * 1e6 + (picks[from] as () => number)()
      }
      where.sort()
      let buffer = header
      for (let row = 0; row < rowsPerForceMonth; row++) {
        const type = pickType()
        const asb = type === 'Anti-social behaviour'
        const id = asb ? '' : hex() + hex() + hex() + hex() + hex() + hex() + hex() + hex()
        const outcome = asb ? '' : outcomes[Math.floor(next() * outcomes.length)]
        let place = ',,No Location,,'
        if (row < located) {
          const packed = where[row] as number
          const list = lsoas[packed >= 1e6 ? neighbour : force] as Lsoa[]
          const lsoa = list[packed % 1e6] as Lsoa
          const point = lsoa.points[Math.floor(next() * lsoa.points.length)]
          const street = streets[Math.floor(next() * streets.length)]
          place = `${point},${street},${lsoa.code},${lsoa.name}`
        }
        buffer += `${id},${month},${forceName},${forceName},${place},${type},${outcome},\n`
        if (buffer.length > 1 << 20) {
          if (!out.write(buffer))
            await new Promise<void>((resolve) => out.once('drain', () => resolve()))
          buffer = ''
        }
      }
      out.end(buffer)
      await new Promise<void>((resolve) => out.once('finish', () => resolve()))
    }
  }
  createWriteStream(marker).end()
  return describe(dir, forces * months * rowsPerForceMonth)
}

function monthAfter(first: string, months: number): string {
  const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

function describe(dir: string, rows: number): GeneratedSet {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('-street.csv'))
    .sort()
    .map((name) => join(dir, name))
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  return { dir, files, rows, bytes }
}

// Writes a seeded, national-scale set of police.uk street-level files for the import benchmark:
// realistic field widths (64-hex crime ids, 6-d.p. coordinates, street names, outcomes), several
// forces, ~2% no-location rows, ASB rows without a crime id, quoted fields with commas.
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
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
  'High Street',
  'Station Road',
  'Church Lane',
  'Park Avenue',
  'Mill Lane',
  'Victoria Road',
  'Supermarket',
  'Petrol Station',
  'Shopping Area',
  'Parking Area',
]

const derbyshireDistricts = [
  'Amber Valley',
  'Bolsover',
  'Chesterfield',
  'Derbyshire Dales',
  'Erewash',
  'High Peak',
  'North East Derbyshire',
  'South Derbyshire',
  'Derby',
]

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
    `.complete-${forces}-${months}-${rowsPerForceMonth}-${seed}-${firstMonth}`
  )
  if (existsSync(marker)) return describe(dir, forces * months * rowsPerForceMonth)
  mkdirSync(dir, { recursive: true })
  const next = random(seed)
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
  for (let force = 0; force < forces; force++) {
    const forceName =
      force === 0 ? 'Derbyshire Constabulary' : `Force ${String.fromCharCode(65 + force)} Police`
    const districts =
      force === 0
        ? derbyshireDistricts
        : Array.from({ length: 9 }, (_, i) => `District ${String.fromCharCode(65 + force)}${i + 1}`)
    for (let m = 0; m < months; m++) {
      const month = monthAfter(firstMonth, m)
      const file = join(dir, `${month}-force-${force}-street.csv`)
      const out = createWriteStream(file)
      let buffer =
        'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n'
      for (let row = 0; row < rowsPerForceMonth; row++) {
        const type = pickType()
        const asb = type === 'Anti-social behaviour'
        const id = asb ? '' : hex() + hex() + hex() + hex() + hex() + hex() + hex() + hex()
        const noLocation = next() < 0.02
        const district = districts[Math.floor(next() * districts.length)]
        const lsoa = `${String(Math.floor(next() * 60) + 1).padStart(3, '0')}${'ABCDE'[Math.floor(next() * 5)]}`
        const location = noLocation
          ? 'No Location,,'
          : `"On or near ${streets[Math.floor(next() * streets.length)]}",E0${1000000 + Math.floor(next() * 35000)},${district} ${lsoa}`
        const coords = noLocation
          ? ','
          : `${(-1.5 + next()).toFixed(6)},${(52.5 + next()).toFixed(6)}`
        const outcome = asb ? '' : outcomes[Math.floor(next() * outcomes.length)]
        buffer += `${id},${month},${forceName},${forceName},${coords},${location},${type},${outcome},\n`
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

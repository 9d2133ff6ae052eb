import { bytesAt, sameBytes, utf8Bytes } from './utf8.ts'

/**
 * The 14 current values of the street-level CSV `Crime type` column, exactly as police.uk
 * writes them, in order (zod-free: `PoliceUkCrimeType` is the schema built from it).
 *
 * @example
 * ```ts
 * policeUkCrimeTypeNames[4] //=> 'Drugs'
 * ```
 */
export const policeUkCrimeTypeNames = Object.freeze([
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
] as const)

/**
 * One of {@link policeUkCrimeTypeNames}.
 *
 * @example
 * ```ts
 * const crimeType: PoliceUkCrimeTypeName = 'Burglary'
 * ```
 */
export type PoliceUkCrimeTypeName = (typeof policeUkCrimeTypeNames)[number]

/**
 * What the toolkit knows about one police.uk crime type: the API category slug, the measure id
 * built from it, and a label and definition that say honestly what it counts.
 *
 * @example
 * ```ts
 * const info: PoliceUkCrimeTypeInfo = policeUkCrimeTypes['Drugs']
 * info.measureId //=> 'police-uk.drugs'
 * ```
 */
export interface PoliceUkCrimeTypeInfo {
  readonly crimeType: PoliceUkCrimeTypeName
  /** The data.police.uk API `crime-categories` url, e.g. `violent-crime`. */
  readonly slug: string
  /** `police-uk.<slug>`: safe in a URL path segment. */
  readonly measureId: string
  readonly label: string
  readonly definition: string
}

// Wording follows police.uk's category descriptions (docs/police-uk.md#crime-types).
// prettier-ignore
const table: readonly (readonly [PoliceUkCrimeTypeName, string, string, string])[] = [
  ['Anti-social behaviour', 'anti-social-behaviour', 'Anti-social behaviour (police.uk)',
    'Personal, environmental and nuisance anti-social behaviour incidents recorded by the police. Incidents, not notifiable crimes; council and housing-provider ASB records are not included.'],
  ['Bicycle theft', 'bicycle-theft', 'Bicycle theft (police.uk)',
    'Theft, or taking without consent, of a pedal cycle.'],
  ['Burglary', 'burglary', 'All burglary (police.uk)',
    'Entering a building as a trespasser with intent to steal, etc. Residential and business and community burglary combined, so it is not the Home Office "Burglary – Residential" measure.'],
  ['Criminal damage and arson', 'criminal-damage-arson', 'Criminal damage and arson (police.uk)',
    'Damage to buildings and vehicles, and deliberate damage by fire.'],
  ['Drugs', 'drugs', 'Drug offences (police.uk)',
    'Possession, supply and production of controlled drugs.'],
  ['Other crime', 'other-crime', 'Other crime (police.uk)',
    'Forgery, perjury and other miscellaneous crime.'],
  ['Other theft', 'other-theft', 'Other theft (police.uk)',
    'Theft by an employee, blackmail, making off without payment and other theft not counted in another category.'],
  ['Possession of weapons', 'possession-of-weapons', 'Possession of weapons (police.uk)',
    'Possession of a weapon such as a firearm or knife.'],
  ['Public order', 'public-order', 'Public order offences (police.uk)',
    'Offences which cause fear, alarm or distress.'],
  ['Robbery', 'robbery', 'Robbery (police.uk)', 'Use or threat of force to steal.'],
  ['Shoplifting', 'shoplifting', 'Shoplifting (police.uk)', 'Theft from shops or stalls.'],
  ['Theft from the person', 'theft-from-the-person', 'Theft from the person (police.uk)',
    'Theft directly from the victim without force.'],
  ['Vehicle crime', 'vehicle-crime', 'Vehicle crime (police.uk)',
    'Theft from or of a vehicle, or interference with a vehicle.'],
  ['Violence and sexual offences', 'violent-crime', 'Violence and sexual offences (police.uk)',
    'Offences against the person (from common assault, harassment and stalking to grievous bodily harm) and sexual offences. Far broader than Serious Violence under the Serious Violence Duty, and it cannot separate domestic abuse: do not label it as either.'],
]

/**
 * Every police.uk crime type with its API slug, measure id (`police-uk.<slug>`), label and
 * definition. Note the slugs that differ from the name: `violent-crime`, `criminal-damage-arson`.
 *
 * @example
 * ```ts
 * policeUkCrimeTypes['Violence and sexual offences'].measureId //=> 'police-uk.violent-crime'
 * policeUkCrimeTypes['Burglary'].label //=> 'All burglary (police.uk)'
 * ```
 */
export const policeUkCrimeTypes: Readonly<Record<PoliceUkCrimeTypeName, PoliceUkCrimeTypeInfo>> =
  Object.freeze(
    Object.fromEntries(
      table.map(([crimeType, slug, label, definition]) => [
        crimeType,
        Object.freeze({ crimeType, slug, measureId: `police-uk.${slug}`, label, definition }),
      ])
    ) as Record<PoliceUkCrimeTypeName, PoliceUkCrimeTypeInfo>
  )

// A crime type is found by its length and last byte (unique among the 14 names), then checked
// byte for byte; a key two names shared would fall back to trying each of them.
const typeBytes = policeUkCrimeTypeNames.map(utf8Bytes)
const typeViews = typeBytes.map((bytes) => new DataView(bytes.buffer))
const typeKey = (length: number, last: number) => ((length & 63) << 5) | (last & 31)
const typeByKey = new Int8Array(64 << 5).fill(-1)
typeBytes.forEach((bytes, index) => {
  const key = typeKey(bytes.length, bytes[bytes.length - 1] as number)
  typeByKey[key] = typeByKey[key] === -1 ? index : -2
})

/**
 * The index in `policeUkCrimeTypeNames` of the crime type written in UTF-8 at
 * `src[start, end)`, or -1. Compares bytes in place, so the hot loop allocates nothing.
 *
 * @example
 * ```ts
 * crimeTypeIndexAt(utf8Bytes('x,Drugs,y'), 2, 7) //=> 4
 * crimeTypeIndexAt(utf8Bytes('Drug'), 0, 4) //=> -1
 * ```
 */
export function crimeTypeIndexAt(src: Uint8Array, start: number, end: number): number {
  const length = end - start
  if (length <= 0) return -1
  const index = typeByKey[typeKey(length, src[end - 1] as number)] as number
  if (index >= 0)
    return length < 64 && bytesAt(src, start, typeBytes[index] as Uint8Array) ? index : -1
  if (index === -1) return -1
  return typeBytes.findIndex((bytes) => bytes.length === length && bytesAt(src, start, bytes))
}

/**
 * {@link crimeTypeIndexAt} for bytes seen through a DataView, compared four at a time.
 *
 * @example
 * ```ts
 * crimeTypeIndexInView(new DataView(utf8Bytes('x,Drugs,y').buffer), 2, 7) //=> 4
 * ```
 */
export function crimeTypeIndexInView(view: DataView, start: number, end: number): number {
  const length = end - start
  if (length <= 0) return -1
  const index = typeByKey[typeKey(length, view.getUint8(end - 1))] as number
  if (index >= 0) {
    const expected = typeBytes[index] as Uint8Array
    return expected.length === length &&
      sameBytes(view, start, typeViews[index] as DataView, 0, length)
      ? index
      : -1
  }
  if (index === -1) return -1
  return typeBytes.findIndex(
    (bytes, i) =>
      bytes.length === length && sameBytes(view, start, typeViews[i] as DataView, 0, length)
  )
}

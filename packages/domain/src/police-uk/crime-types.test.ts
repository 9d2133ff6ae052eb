import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Measure, MeasureId } from '../crime/measures.ts'
import {
  crimeTypeIndexAt,
  PoliceUkCrimeType,
  policeUkCrimeTypes,
  policeUkMeasures,
} from './crime-types.ts'
import { utf8Bytes } from './utf8.ts'

// The API `crime-categories` url of each CSV value (docs/police-uk.md#crime-types), typed again.
const apiSlugs: Record<string, string> = {
  'Anti-social behaviour': 'anti-social-behaviour',
  'Bicycle theft': 'bicycle-theft',
  Burglary: 'burglary',
  'Criminal damage and arson': 'criminal-damage-arson',
  Drugs: 'drugs',
  'Other crime': 'other-crime',
  'Other theft': 'other-theft',
  'Possession of weapons': 'possession-of-weapons',
  'Public order': 'public-order',
  Robbery: 'robbery',
  Shoplifting: 'shoplifting',
  'Theft from the person': 'theft-from-the-person',
  'Vehicle crime': 'vehicle-crime',
  'Violence and sexual offences': 'violent-crime',
}

describe('policeUkCrimeTypes', () => {
  it('maps the 14 CSV crime types to the official API slugs', () => {
    expect(PoliceUkCrimeType.options).toHaveLength(14)
    for (const crimeType of PoliceUkCrimeType.options) {
      const info = policeUkCrimeTypes[crimeType]
      expect(info.crimeType).toBe(crimeType)
      expect(info.slug).toBe(apiSlugs[crimeType])
      expect(info.measureId).toBe(`police-uk.${apiSlugs[crimeType]}`)
    }
  })

  it('builds measure ids that are lowercase, hyphenated, with one dot, and unique', () => {
    const ids = PoliceUkCrimeType.options.map((t) => policeUkCrimeTypes[t].measureId)
    for (const id of ids) {
      expect(MeasureId.parse(id)).toBe(id)
      expect(id).toMatch(/^police-uk\.[a-z]+(-[a-z]+)*$/)
      expect(encodeURIComponent(id)).toBe(id)
    }
    expect(new Set(ids).size).toBe(14)
  })

  it('labels burglary as all burglary and keeps violence apart from Serious Violence', () => {
    expect(policeUkCrimeTypes.Burglary.label).toMatch(/^All burglary/)
    expect(policeUkCrimeTypes.Burglary.definition).toMatch(/business and community/)
    expect(policeUkCrimeTypes.Burglary.definition).toMatch(/not the Home Office/)
    const violence = policeUkCrimeTypes['Violence and sexual offences']
    expect(violence.label).not.toMatch(/serious/i)
    expect(violence.definition).toMatch(/broader than Serious Violence/)
    expect(policeUkCrimeTypes['Anti-social behaviour'].definition).toMatch(/not notifiable crimes/)
  })

  it('exposes them as police-uk measures in enum order', () => {
    expect(policeUkMeasures.map((m) => m.id)).toEqual(
      PoliceUkCrimeType.options.map((t) => policeUkCrimeTypes[t].measureId)
    )
    for (const measure of policeUkMeasures) {
      expect(Measure.parse(measure)).toEqual(measure)
      expect(measure.sourceKind).toBe('police-uk')
    }
    expect(Object.isFrozen(policeUkCrimeTypes)).toBe(true)
  })
})

describe('crimeTypeIndexAt', () => {
  it('finds each crime type in place inside a longer text', () => {
    PoliceUkCrimeType.options.forEach((name, index) => {
      const text = utf8Bytes(`x,${name},y`)
      expect(crimeTypeIndexAt(text, 2, 2 + name.length)).toBe(index)
    })
  })

  it('rejects near misses, other case and old categories', () => {
    for (const value of [
      'Drug',
      'drugs',
      'Burglary ',
      'Public disorder and weapons',
      '',
      'Other Theft',
      'Other thefT',
      'Drugś',
    ]) {
      const bytes = utf8Bytes(value)
      expect(crimeTypeIndexAt(bytes, 0, bytes.length)).toBe(-1)
    }
  })

  it('matches exactly the enum values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...PoliceUkCrimeType.options)), (value) => {
        const expected = (PoliceUkCrimeType.options as readonly string[]).indexOf(value)
        const bytes = utf8Bytes(`,${value},`)
        expect(crimeTypeIndexAt(bytes, 1, bytes.length - 1)).toBe(expected)
      })
    )
  })
})

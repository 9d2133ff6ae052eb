import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { districtFromLsoaName, lsoaDistrictEnd } from './lsoa.ts'
import { utf8Bytes } from './utf8.ts'

describe('districtFromLsoaName', () => {
  it('strips the MSOA number and letter of 2011 and 2021 LSOA names', () => {
    expect(districtFromLsoaName('South Derbyshire 001A')).toBe('South Derbyshire')
    expect(districtFromLsoaName('South Derbyshire 013F')).toBe('South Derbyshire') // 2021 code E01034657
    expect(districtFromLsoaName('Derbyshire Dales 004A')).toBe('Derbyshire Dales') // 2011 name of E01019608
    expect(districtFromLsoaName('Derbyshire Dales 011G')).toBe('Derbyshire Dales') // 2021 name of E01019608
    expect(districtFromLsoaName('North East Derbyshire 012F')).toBe('North East Derbyshire')
    expect(districtFromLsoaName('Derby 013H')).toBe('Derby')
    expect(districtFromLsoaName('City of London 001F')).toBe('City of London')
    expect(districtFromLsoaName('Birmingham 132A')).toBe('Birmingham')
    expect(districtFromLsoaName('Ynys Môn 003B')).toBe('Ynys Môn')
  })

  it('returns null when there is no trailing LSOA code', () => {
    for (const name of [
      'No Location',
      'Derby',
      'Derby 13A',
      'Derby 013',
      'Derby 013a',
      ' 013A',
      '013A',
      'Derby013A',
      '',
    ]) {
      expect(districtFromLsoaName(name), name).toBeNull()
    }
  })

  it('recovers any district from "<district> NNNX" (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (district, number, letter) => {
          const name = `${district} ${String(number).padStart(3, '0')}${letter}`
          expect(districtFromLsoaName(name)).toBe(district)
          const bytes = utf8Bytes(`,${name},`)
          expect(lsoaDistrictEnd(bytes, 1, bytes.length - 1)).toBe(1 + utf8Bytes(district).length)
        }
      )
    )
  })
})

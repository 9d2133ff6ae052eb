import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteInterner, detachString, StringInterner } from './interner.ts'
import { bytesAt, utf8Bytes, utf8Text } from './utf8.ts'

describe('StringInterner', () => {
  it('gives equal strings one id wherever they sit', () => {
    const names = new StringInterner()
    expect(names.id('x,Derby,y', 2, 7)).toBe(0)
    expect(names.id('Erewash', 0, 7)).toBe(1)
    expect(names.id('Derby', 0, 5)).toBe(0)
    expect(names.id('Derby City', 0, 5)).toBe(0)
    expect(names.id('Derby City', 0, 10)).toBe(2)
    expect(names.values).toEqual(['Derby', 'Erewash', 'Derby City'])
  })

  it('keeps ids stable as the table grows (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 300 }), (values) => {
        const names = new StringInterner()
        const ids = values.map((v) => names.id(`[${v}]`, 1, 1 + v.length))
        values.forEach((v, i) => {
          expect(names.values[ids[i] as number]).toBe(v)
          expect(names.id(v, 0, v.length)).toBe(ids[i])
        })
        expect(names.values).toHaveLength(new Set(values).size)
      })
    )
  })

  it('detaches strings without changing them', () => {
    const long = 'x'.repeat(100) + 'South Derbyshire'
    expect(detachString(long.slice(100))).toBe('South Derbyshire')
    expect(detachString('Derby')).toBe('Derby')
  })
})

describe('ByteInterner', () => {
  it('gives equal bytes one id wherever they sit, decoding each only once', () => {
    const names = new StringInterner()
    const bytes = new ByteInterner(names)
    const text = utf8Bytes('x,Ynys Môn,Derby,Ynys Môn')
    expect(bytes.id(text, 2, 11)).toBe(0)
    expect(bytes.id(text, 12, 17)).toBe(1)
    expect(bytes.id(text, 18, 27)).toBe(0)
    expect(bytes.id(utf8Bytes('Derby'), 0, 5)).toBe(1)
    expect(bytes.id(utf8Bytes('Derb'), 0, 4)).toBe(2)
    expect(names.values).toEqual(['Ynys Môn', 'Derby', 'Derb'])
  })

  it('shares ids with the names interner, so malformed bytes shown alike count as one', () => {
    const names = new StringInterner()
    names.id('Erewash', 0, 7)
    const bytes = new ByteInterner(names)
    expect(bytes.id(utf8Bytes('Erewash'), 0, 7)).toBe(0)
    expect(bytes.id(new Uint8Array([0x41, 0xff]), 0, 2)).toBe(1)
    expect(bytes.id(new Uint8Array([0x41, 0xfe]), 0, 2)).toBe(1)
    expect(names.values).toEqual(['Erewash', 'A\uFFFD'])
  })

  it('keeps ids stable as the table grows, for names alike at both ends (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 300 }), (middles) => {
        const values = middles.map((middle) => `Dist${middle}rict`)
        const names = new StringInterner()
        const bytes = new ByteInterner(names)
        const ids = values.map((v) => {
          const b = utf8Bytes(`[${v}]`)
          return bytes.id(b, 1, b.length - 1)
        })
        values.forEach((v, i) => {
          expect(names.values[ids[i] as number]).toBe(v)
          expect(bytes.id(utf8Bytes(v), 0, utf8Bytes(v).length)).toBe(ids[i])
        })
        expect(names.values).toHaveLength(new Set(values).size)
      })
    )
  })
})

describe('utf8 helpers', () => {
  it('decode, encode and compare bytes in place', () => {
    const bytes = utf8Bytes('x,Ynys Môn,y')
    expect(utf8Text(bytes, 2, 11)).toBe('Ynys Môn')
    expect(utf8Text(bytes, 2, 9)).toBe('Ynys M\uFFFD')
    expect(bytesAt(bytes, 2, utf8Bytes('Ynys'))).toBe(true)
    expect(bytesAt(bytes, 2, utf8Bytes('Ynyz'))).toBe(false)
    expect(bytesAt(bytes, 10, utf8Bytes(',y,'))).toBe(false)
    expect(bytesAt(bytes, -1, utf8Bytes('x'))).toBe(false)
  })
})

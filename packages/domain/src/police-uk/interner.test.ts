import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detachString, StringInterner } from './interner.ts'

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

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  absoluteDifference,
  compareDecimals,
  decimalOf,
  decimalToNumber,
  decimalToString,
  rescale,
  roundQuotient,
} from './decimal.ts'

describe('roundQuotient', () => {
  it('rounds halves away from zero whatever the signs', () => {
    expect(roundQuotient(5n, 2n)).toBe(3n)
    expect(roundQuotient(-5n, 2n)).toBe(-3n)
    expect(roundQuotient(5n, -2n)).toBe(-3n)
    expect(roundQuotient(-5n, -2n)).toBe(3n)
    expect(roundQuotient(4n, 3n)).toBe(1n)
    expect(roundQuotient(-4n, 3n)).toBe(-1n)
    expect(() => roundQuotient(1n, 0n)).toThrow('cannot divide by zero')
  })

  it('is within half of the true quotient and odd in the numerator (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const q = roundQuotient(n, d)
          const error = 2n * (q * d - n)
          expect(error <= d && error >= -d).toBe(true)
          expect(roundQuotient(-n, d)).toBe(-q)
        }
      )
    )
  })
})

describe('decimalOf and friends', () => {
  it('reads a double as the decimal it prints as', () => {
    expect(decimalOf(-6.9)).toEqual({ digits: -69n, scale: 1 })
    expect(decimalOf(1e-7)).toEqual({ digits: 1n, scale: 7 })
    expect(decimalOf(1.5e21)).toEqual({ digits: 15n * 10n ** 20n, scale: 0 })
    expect(decimalOf(-0)).toEqual({ digits: 0n, scale: 0 })
  })

  it('round-trips through strings and numbers', () => {
    expect(decimalToString({ digits: -5n, scale: 1 })).toBe('-0.5')
    expect(decimalToString({ digits: 0n, scale: 1 })).toBe('0.0')
    expect(decimalToString({ digits: 12n, scale: 0 })).toBe('12')
    expect(decimalToNumber({ digits: 0n, scale: 3 })).toBe(0)
    expect(Object.is(decimalToNumber({ digits: -0n, scale: 1 }), -0)).toBe(false)
    expect(rescale({ digits: 1949n, scale: 3 }, 1)).toEqual({ digits: 19n, scale: 1 })
    expect(rescale({ digits: 19n, scale: 1 }, 3)).toEqual({ digits: 1900n, scale: 3 })
  })

  it('measures differences exactly', () => {
    expect(Math.abs(4.4 - 3.9)).toBeGreaterThan(0.5) // the float error it avoids
    expect(decimalToString(absoluteDifference(4.4, 3.9))).toBe('0.5')
    expect(compareDecimals(absoluteDifference(4.4, 3.9), decimalOf(0.5))).toBe(0)
    expect(decimalToString(absoluteDifference(-1.25, 2))).toBe('3.25')
    expect(compareDecimals(decimalOf(0.1), decimalOf(0.25))).toBe(-1)
    expect(compareDecimals(decimalOf(3), decimalOf(-3))).toBe(1)
  })

  it('gives back any finite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = decimalOf(x)
        expect(Number(`${d.digits}e-${d.scale}`)).toBe(x === 0 ? 0 : x)
      })
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkFpnAmount,
  crimeAndPolicingBillFpnCaps,
  currentFpnCaps,
  FpnCaps,
  fpnCap,
  fpnPaymentPeriodEnd,
} from './fpn.ts'

describe('FPN caps (PSPO-07, CPN-06; PSPO-09 pending)', () => {
  it('defaults to £100 for both breaches', () => {
    expect(fpnCap('pspo')).toBe(100)
    expect(fpnCap('cpn')).toBe(100)
    expect(FpnCaps.parse({})).toEqual({ ...currentFpnCaps })
  })

  it('takes the pending £500 caps only when passed', () => {
    expect(fpnCap('pspo', crimeAndPolicingBillFpnCaps)).toBe(500)
    expect(fpnCap('cpn', { cpnGbp: 250 })).toBe(250)
    expect(fpnCap('pspo', { cpnGbp: 250 })).toBe(100)
  })

  it('rejects bad caps and breach kinds', () => {
    expect(() => fpnCap('pspo', { pspoGbp: -1 })).toThrow()
    expect(() => fpnCap('dog' as never)).toThrow()
  })

  it('checks amounts against the cap', () => {
    expect(checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75 })).toEqual([])
    expect(checkFpnAmount({ breach: 'cpn', amountGbp: 150 })).toEqual([
      'amountGbp 150 is above the £100 cap for a CPN breach',
    ])
    expect(checkFpnAmount({ breach: 'cpn', amountGbp: 150 }, crimeAndPolicingBillFpnCaps)).toEqual(
      []
    )
    expect(checkFpnAmount({ breach: 'pspo', amountGbp: 0 })).toEqual([
      'amountGbp must be positive, got 0',
    ])
    expect(checkFpnAmount({ breach: 'pspo', amountGbp: 80, earlyPaymentGbp: 80 })).toEqual([
      'earlyPaymentGbp 80 must be positive and lower than amountGbp 80',
    ])
  })

  it('never accepts an amount above the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (cap, amount) => {
          const issues = checkFpnAmount({ breach: 'pspo', amountGbp: amount }, { pspoGbp: cap })
          expect(issues.length === 0).toBe(amount <= cap)
        }
      )
    )
  })
})

describe('fpnPaymentPeriodEnd: 14 days following the notice', () => {
  it.each([
    ['2025-03-01', '2025-03-15'],
    ['2025-01-31', '2025-02-14'],
    ['2024-02-20', '2024-03-05'],
    ['2023-02-20', '2023-03-06'],
    ['2024-12-20', '2025-01-03'],
  ])('issued %s → %s', (issued, end) => {
    expect(fpnPaymentPeriodEnd(issued)).toBe(end)
  })

  it('names the argument on bad input', () => {
    expect(() => fpnPaymentPeriodEnd('2025-02-29')).toThrow(/issuedOn: "2025-02-29"/)
  })
})

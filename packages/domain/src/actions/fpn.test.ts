import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkFpnAmount,
  crimeAndPolicingBillFpnCaps,
  currentFpnCaps,
  FpnCaps,
  fpnCap,
  fpnCapsOn,
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

  it('accepts an early-payment discount only for a period of less than 14 days (s52(8), s68)', () => {
    // Issue 17 vectors.
    const fpn = { breach: 'pspo' as const, amountGbp: 100, earlyPaymentGbp: 75 }
    expect(checkFpnAmount({ ...fpn, earlyPaymentDays: 14 })).toEqual([
      'earlyPaymentDays 14 must be less than 14: a lower amount for early payment must be paid within a period of less than 14 days (s52(8), s68(8))',
    ])
    expect(checkFpnAmount({ ...fpn, earlyPaymentDays: 10 })).toEqual([])
    expect(checkFpnAmount({ ...fpn, breach: 'cpn', earlyPaymentDays: 13 })).toEqual([])
    expect(checkFpnAmount(fpn)).toEqual([
      'earlyPaymentGbp 75 needs earlyPaymentDays: the discount period must be less than 14 days (s52(8), s68(8))',
    ])
    expect(checkFpnAmount({ breach: 'cpn', amountGbp: 100, earlyPaymentDays: 0 })).toEqual([
      'earlyPaymentDays 0 must be a whole number of days from 1 to 13',
      'earlyPaymentDays is given without earlyPaymentGbp',
    ])
  })

  it('never accepts an early-payment period of 14 days or more (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 60 }), (days) => {
        const fpn = { breach: 'cpn' as const, amountGbp: 100, earlyPaymentGbp: 60 }
        const issues = checkFpnAmount({ ...fpn, earlyPaymentDays: days })
        expect(issues.length === 0).toBe(days >= 1 && days < 14)
      })
    )
  })

  it('checks amounts against the cap', () => {
    expect(
      checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75, earlyPaymentDays: 10 })
    ).toEqual([])
    expect(checkFpnAmount({ breach: 'cpn', amountGbp: 150 })).toEqual([
      'amountGbp 150 is above the £100 cap for a CPN breach',
    ])
    expect(
      checkFpnAmount({ breach: 'cpn', amountGbp: 150 }, { caps: crimeAndPolicingBillFpnCaps })
    ).toEqual([])
    expect(checkFpnAmount({ breach: 'pspo', amountGbp: 0 })).toEqual([
      'amountGbp must be positive, got 0',
    ])
    expect(
      checkFpnAmount({ breach: 'pspo', amountGbp: 80, earlyPaymentGbp: 80, earlyPaymentDays: 7 })
    ).toEqual(['earlyPaymentGbp 80 must be positive and lower than amountGbp 80'])
  })

  it('never accepts an amount above the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (cap, amount) => {
          const issues = checkFpnAmount(
            { breach: 'pspo', amountGbp: amount },
            { caps: { pspoGbp: cap } }
          )
          expect(issues.length === 0).toBe(amount <= cap)
        }
      )
    )
  })
})

describe('FPN maximum as at a date (PSPO-07, CPN-06; PSPO-09 configurable)', () => {
  const fpn = { breach: 'cpn' as const, amountGbp: 400 }
  const enacted = { fpnMaximum500: '2026-06-29' }

  it('keeps £100 by default, whatever the date: the £500 maximum is unconfirmed', () => {
    expect(checkFpnAmount(fpn, { asAt: '2026-07-01' })).toEqual([
      'amountGbp 400 is above the £100 cap for a CPN breach',
    ])
    expect(checkFpnAmount(fpn)).toEqual(checkFpnAmount(fpn, { asAt: '2026-07-01' }))
    expect(fpnCapsOn('2030-01-01')).toEqual({ pspoGbp: 100, cpnGbp: 100 })
  })

  it('applies £500 from the day configured as its commencement, and not before', () => {
    expect(checkFpnAmount(fpn, { asAt: '2026-06-29', commencements: enacted })).toEqual([])
    expect(checkFpnAmount(fpn, { asAt: '2026-06-28', commencements: enacted })).toEqual([
      'amountGbp 400 is above the £100 cap for a CPN breach',
    ])
    expect(fpnCapsOn('2026-06-29', enacted)).toEqual({ pspoGbp: 500, cpnGbp: 500 })
  })

  it('refuses a fixed penalty before Part 4 of the 2014 Act came into force', () => {
    expect(checkFpnAmount({ breach: 'pspo', amountGbp: 50 }, { asAt: '2014-10-19' })).toEqual([
      'no fixed penalty for a PSPO breach existed on 2014-10-19: ASBCPA 2014 Part 4 came into force on 20 October 2014',
    ])
    expect(() => fpnCapsOn('2014-10-19')).toThrow(/20 October 2014/)
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

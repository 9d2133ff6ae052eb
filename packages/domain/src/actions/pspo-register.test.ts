import fc from 'fast-check'
import { addDays } from 'date-fns/addDays'
import { describe, expect, it } from 'vitest'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import type { PspoOrderInput } from './pspo.ts'
import { pspoRegister, pspoStatus } from './pspo-register.ts'

const eurekaPark: PspoOrderInput = {
  id: 'eureka-park',
  title: 'Eureka Park PSPO',
  place: 'Eureka Park, Swadlincote',
  madeOn: '2024-05-20',
  startsOn: '2024-06-01',
  endsOn: '2027-05-31',
}

describe('pspoStatus', () => {
  it('matches the documented example', () => {
    expect(pspoStatus(eurekaPark, '2027-04-01')).toEqual({
      status: 'expiring-soon',
      endsOn: '2027-05-31',
      daysRemaining: 60,
      reviewBy: '2026-11-30',
      challengeDeadline: '2024-06-30',
      challengeOpen: false,
    })
  })

  it.each([
    ['2024-05-25', 'not-yet-in-force'],
    ['2024-06-01', 'active'],
    ['2027-03-01', 'active'],
    ['2027-03-02', 'expiring-soon'],
    ['2027-05-31', 'expiring-soon'],
    ['2027-06-01', 'expired'],
  ])('on %s is %s', (asOf, status) => {
    expect(pspoStatus(eurekaPark, asOf).status).toBe(status)
  })

  it('has an open challenge window for 6 weeks from the order or latest variation', () => {
    expect(pspoStatus(eurekaPark, '2024-06-30').challengeOpen).toBe(true)
    expect(pspoStatus(eurekaPark, '2024-07-01').challengeOpen).toBe(false)
    const varied = { ...eurekaPark, variations: [{ madeOn: '2025-12-20' }] }
    expect(pspoStatus(varied, '2026-01-30')).toMatchObject({
      challengeDeadline: '2026-01-30',
      challengeOpen: true,
    })
  })

  it('follows extensions and discharge', () => {
    const extended = { ...eurekaPark, extensions: [{ madeOn: '2027-04-01', endsOn: '2030-05-31' }] }
    expect(pspoStatus(extended, '2027-06-01')).toMatchObject({
      status: 'active',
      endsOn: '2030-05-31',
      reviewBy: '2029-11-30',
    })
    const discharged = { ...eurekaPark, dischargedOn: '2025-09-30' }
    expect(pspoStatus(discharged, '2025-09-29').status).toBe('active')
    expect(pspoStatus(discharged, '2025-10-01')).toMatchObject({
      status: 'discharged',
      endsOn: '2025-09-30',
      daysRemaining: -1,
    })
  })

  it('uses configurable local warning and review settings', () => {
    expect(pspoStatus(eurekaPark, '2027-03-02', { expiringWithinDays: 30 }).status).toBe('active')
    expect(pspoStatus(eurekaPark, '2027-03-02', { reviewLeadMonths: 3 }).reviewBy).toBe(
      '2027-02-28'
    )
    expect(() => pspoStatus(eurekaPark, '2027-03-02', { expiringWithinDays: -1 })).toThrow(
      /expiringWithinDays/
    )
    expect(() => pspoStatus(eurekaPark, '2027-03-02', { reviewLeadMonths: 1.5 })).toThrow(
      /reviewLeadMonths/
    )
  })

  it('rejects bad input', () => {
    expect(() => pspoStatus(eurekaPark, '2027-02-30')).toThrow(/asOf/)
    expect(() => pspoStatus({ ...eurekaPark, endsOn: '2030-01-01' }, '2027-01-01')).toThrow(
      /PSPO-02/
    )
  })

  it('is expired exactly when the day is after the end (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 1500 }), (offset) => {
        const asOf = toIsoDate(addDays(toDate('2024-06-01'), offset))
        const { status, daysRemaining } = pspoStatus(eurekaPark, asOf)
        expect(status === 'expired').toBe(asOf > '2027-05-31')
        expect(status === 'not-yet-in-force').toBe(asOf < '2024-06-01')
        // 2024-06-01 to 2027-05-31 is 1094 days.
        expect(daysRemaining).toBe(1094 - offset)
      })
    )
  })
})

describe('pspoRegister', () => {
  const townCentre: PspoOrderInput = {
    id: 'town-centre',
    title: 'Swadlincote Town Centre PSPO',
    place: 'Swadlincote',
    madeOn: '2023-09-01',
    startsOn: '2023-10-01',
    endsOn: '2026-09-30',
  }

  it('lists orders soonest end first with their status', () => {
    expect(
      pspoRegister([eurekaPark, townCentre], '2026-08-01').map((r) => [r.id, r.status, r.endsOn])
    ).toEqual([
      ['town-centre', 'expiring-soon', '2026-09-30'],
      ['eureka-park', 'active', '2027-05-31'],
    ])
  })

  it('names the bad order by index', () => {
    expect(() => pspoRegister([eurekaPark, { ...townCentre, place: '' }], '2026-08-01')).toThrow(
      /orders\[1\]: place/
    )
  })
})

import fc from 'fast-check'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { describe, expect, it } from 'vitest'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import { checkCpnPreconditions, cpnAppealDeadline } from './cpn.ts'

describe('cpnAppealDeadline: 21 days beginning with the day of issue (CPN-04)', () => {
  it.each([
    ['2025-03-01', '2025-03-21'],
    ['2025-01-31', '2025-02-20'],
    ['2024-02-20', '2024-03-11'],
    ['2023-02-20', '2023-03-12'],
    ['2024-02-29', '2024-03-20'],
    ['2024-12-20', '2025-01-09'],
    ['2024-12-31', '2025-01-20'],
  ])('issued %s → appeal by %s', (issued, deadline) => {
    expect(cpnAppealDeadline(issued)).toBe(deadline)
  })

  it('always spans exactly 21 days counting the issue day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        (d) => {
          const issued = toIsoDate(d)
          expect(
            differenceInCalendarDays(toDate(cpnAppealDeadline(issued)), toDate(issued)) + 1
          ).toBe(21)
        }
      )
    )
  })

  it('rejects a bad date naming the argument', () => {
    expect(() => cpnAppealDeadline('2025-13-01')).toThrow(/issuedOn/)
  })
})

describe('checkCpnPreconditions (CPN-01, CPN-02)', () => {
  const base = { cpwIssuedOn: '2025-01-10', cpnIssuedOn: '2025-02-01' }

  it('passes an adult or a body that had a prior CPW', () => {
    expect(checkCpnPreconditions({ ...base, recipient: { kind: 'individual', age: 16 } })).toEqual(
      []
    )
    expect(checkCpnPreconditions({ ...base, recipient: { kind: 'body' } })).toEqual([])
  })

  it('refuses an individual under 16, but allows a configured (pending) lower age', () => {
    const young = { ...base, recipient: { kind: 'individual' as const, age: 15 } }
    expect(checkCpnPreconditions(young)).toEqual([
      {
        ruleId: 'CPN-01',
        severity: 'error',
        message: 'recipient aged 15 is under the minimum age of 16',
      },
    ])
    expect(checkCpnPreconditions(young, { minimumAge: 10 })).toEqual([])
  })

  it('requires a CPW before the CPN', () => {
    const noCpw = checkCpnPreconditions({ recipient: { kind: 'body' }, cpnIssuedOn: '2025-02-01' })
    expect(noCpw.map((i) => i.ruleId)).toEqual(['CPN-02'])
    const after = checkCpnPreconditions({
      recipient: { kind: 'body' },
      cpwIssuedOn: '2025-02-02',
      cpnIssuedOn: '2025-02-01',
    })
    expect(after[0]?.message).toMatch(/must come before the CPN/)
  })

  it('warns when the CPN is served the same day as the warning: no time to deal with it (s43(5))', () => {
    const sameDay = {
      recipient: { kind: 'body' as const },
      cpwIssuedOn: '2025-02-01',
      cpnIssuedOn: '2025-02-01',
    }
    expect(checkCpnPreconditions(sameDay)).toEqual([
      {
        ruleId: 'CPN-02',
        severity: 'warning',
        message:
          'the CPN is dated the same day as the CPW (2025-02-01): the recipient must have had enough time to deal with the matter after the warning (s43(5)); record why the time given was enough',
      },
    ])
    const nextDay = { ...sameDay, cpnIssuedOn: '2025-02-02' }
    expect(checkCpnPreconditions(nextDay)).toEqual([])
  })

  it('applies a local minimum gap only when configured', () => {
    const dayAfter = {
      recipient: { kind: 'body' as const },
      cpwIssuedOn: '2025-02-01',
      cpnIssuedOn: '2025-02-02',
    }
    expect(checkCpnPreconditions(dayAfter)).toEqual([])
    expect(checkCpnPreconditions(dayAfter, { minimumDaysAfterWarning: 14 })).toEqual([
      {
        ruleId: 'CPN-02',
        severity: 'error',
        message: 'only 1 day(s) after the CPW; local policy allows at least 14',
      },
    ])
    expect(
      checkCpnPreconditions(
        { ...base, recipient: { kind: 'body' } },
        { minimumDaysAfterWarning: 22 }
      )
    ).toEqual([])
  })

  it('reports both problems at once and names bad dates', () => {
    const both = checkCpnPreconditions({
      recipient: { kind: 'individual', age: 12 },
      cpnIssuedOn: '2025-02-01',
    })
    expect(both.map((i) => i.ruleId)).toEqual(['CPN-01', 'CPN-02'])
    expect(() =>
      checkCpnPreconditions({ ...base, cpwIssuedOn: 'soon', recipient: { kind: 'body' } })
    ).toThrow(/cpwIssuedOn/)
  })
})

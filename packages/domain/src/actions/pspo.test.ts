import fc from 'fast-check'
import { addDays } from 'date-fns/addDays'
import { addYears } from 'date-fns/addYears'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { describe, expect, it } from 'vitest'
import { RuleViolation } from '../_lib/rule-violation.ts'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import {
  extendPspo,
  PspoOrder,
  type PspoOrderInput,
  pspoChallengeDeadline,
  PspoChangeError,
  pspoCurrentEnd,
  pspoLatestEnd,
  reducePspo,
} from './pspo.ts'

const eurekaPark: PspoOrderInput = {
  id: 'eureka-park',
  title: 'Eureka Park PSPO',
  place: 'Eureka Park, Swadlincote',
  madeOn: '2024-05-20',
  startsOn: '2024-06-01',
  endsOn: '2027-05-31',
}
const isoDates = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true })
  .map(toIsoDate)

describe('pspoLatestEnd: 3 years beginning with the start (PSPO-02)', () => {
  it.each([
    ['2024-06-01', '2027-05-31'],
    ['2024-01-01', '2026-12-31'],
    ['2024-02-29', '2027-02-28'],
    ['2023-03-01', '2026-02-28'],
    ['2025-03-01', '2028-02-29'],
    ['2024-12-31', '2027-12-30'],
  ])('starting %s → latest end %s', (start, end) => {
    expect(pspoLatestEnd(start)).toBe(end)
  })

  it('gives expedited PSPOs 6 months (PSPO-08)', () => {
    expect(pspoLatestEnd('2025-01-01', { kind: 'expedited' })).toBe('2025-06-30')
    expect(pspoLatestEnd('2023-08-31', { kind: 'expedited' })).toBe('2024-02-29')
  })

  it('is never more than 3 years and never loses more than a day (property)', () => {
    fc.assert(
      fc.property(isoDates, (start) => {
        const end = toDate(pspoLatestEnd(start))
        const anniversary = addYears(toDate(start), 3)
        expect(end <= anniversary).toBe(true)
        expect(differenceInCalendarDays(anniversary, end)).toBeLessThanOrEqual(1)
        expect(end > toDate(start)).toBe(true)
      })
    )
  })

  it('rejects a bad start date', () => {
    expect(() => pspoLatestEnd('2023-02-29')).toThrow(/startsOn/)
  })
})

describe('pspoChallengeDeadline: 6 weeks beginning with the day made (PSPO-05)', () => {
  it.each([
    ['2025-03-03', '2025-04-13'],
    ['2024-02-29', '2024-04-10'],
    ['2023-02-28', '2023-04-10'],
    ['2025-01-31', '2025-03-13'],
    ['2024-12-01', '2025-01-11'],
    ['2024-11-25', '2025-01-05'],
  ])('made %s → challenge by %s', (made, deadline) => {
    expect(pspoChallengeDeadline(made)).toBe(deadline)
  })

  it('spans exactly 42 days counting the day made (property)', () => {
    fc.assert(
      fc.property(isoDates, (made) => {
        expect(differenceInCalendarDays(toDate(pspoChallengeDeadline(made)), toDate(made))).toBe(41)
      })
    )
  })
})

describe('PspoOrder validation', () => {
  it('accepts an order at the 3-year limit and rejects one beyond it', () => {
    expect(PspoOrder.parse(eurekaPark).kind).toBe('standard')
    const tooLong = PspoOrder.safeParse({ ...eurekaPark, endsOn: '2027-06-01' })
    expect(tooLong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'endsOn',
        'endsOn 2027-06-01 is after 2027-05-31, the most a standard PSPO may run (PSPO-02/08)',
      ],
    ])
  })

  it('validates a PSPO made on 29 February 2024', () => {
    const leap = { ...eurekaPark, madeOn: '2024-02-29', startsOn: '2024-02-29' }
    expect(PspoOrder.safeParse({ ...leap, endsOn: '2027-02-28' }).success).toBe(true)
    expect(PspoOrder.safeParse({ ...leap, endsOn: '2027-03-01' }).success).toBe(false)
  })

  it('rejects dates out of order', () => {
    const paths = (o: unknown) => PspoOrder.safeParse(o).error?.issues.map((i) => i.path.join('.'))
    expect(paths({ ...eurekaPark, startsOn: '2024-05-19', endsOn: '2027-05-01' })).toEqual([
      'startsOn',
    ])
    expect(paths({ ...eurekaPark, endsOn: '2024-05-31' })).toEqual(['endsOn'])
    expect(paths({ ...eurekaPark, dischargedOn: '2024-01-01' })).toEqual(['dischargedOn'])
    expect(paths({ ...eurekaPark, kind: 'expedited' })).toEqual(['endsOn'])
  })

  it('checks each extension', () => {
    const ext = (extensions: { madeOn: string; endsOn: string }[]) =>
      PspoOrder.safeParse({ ...eurekaPark, extensions }).error?.issues.map((i) => i.message)
    expect(ext([{ madeOn: '2027-05-31', endsOn: '2030-05-31' }])).toBeUndefined()
    expect(ext([{ madeOn: '2027-06-01', endsOn: '2030-05-31' }])?.[0]).toMatch(
      /after the order expired/
    )
    expect(ext([{ madeOn: '2027-05-01', endsOn: '2030-06-01' }])?.[0]).toMatch(/at most 3 years/)
    expect(ext([{ madeOn: '2027-05-01', endsOn: '2027-05-31' }])?.[0]).toMatch(/does not go beyond/)
    expect(ext([{ madeOn: '2024-01-01', endsOn: '2028-01-01' }])?.[0]).toMatch(
      /before the order was made/
    )
  })
})

describe('extendPspo (PSPO-02)', () => {
  it('extends by the full 3 years from the day after the current end by default', () => {
    const extended = extendPspo(eurekaPark, { madeOn: '2027-04-01' })
    expect(extended.extensions).toEqual([{ madeOn: '2027-04-01', endsOn: '2030-05-31' }])
    expect(pspoCurrentEnd(extended)).toBe('2030-05-31')
  })

  it('allows shorter and repeated extensions', () => {
    const once = extendPspo(eurekaPark, { madeOn: '2027-05-31', endsOn: '2028-05-31' })
    const twice = extendPspo(once, { madeOn: '2028-05-01' })
    expect(twice.extensions.map((e) => e.endsOn)).toEqual(['2028-05-31', '2031-05-31'])
    expect(() => extendPspo(once, { madeOn: '2028-05-01' }, { maxExtensions: 1 })).toThrow(
      /already has 1 extension/
    )
  })

  it('extends an order made on 29 Feb 2024 (ending 28 Feb 2027) to 28 Feb 2030', () => {
    const leap = {
      ...eurekaPark,
      madeOn: '2024-02-29',
      startsOn: '2024-02-29',
      endsOn: '2027-02-28',
    }
    expect(pspoCurrentEnd(extendPspo(leap, { madeOn: '2027-01-10' }))).toBe('2030-02-28')
  })

  it('names the rule an extension breaks with a PspoChangeError and its code; a bad date stays a RangeError', () => {
    const refusal = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error
      }
    }
    const discharged = refusal(() =>
      extendPspo({ ...eurekaPark, dischargedOn: '2025-01-01' }, { madeOn: '2026-01-01' })
    )
    expect(discharged).toBeInstanceOf(PspoChangeError)
    expect(discharged).toBeInstanceOf(RuleViolation)
    expect((discharged as PspoChangeError).code).toBe('pspo-discharged')
    const late = refusal(() => extendPspo(eurekaPark, { madeOn: '2027-06-01' }))
    expect((late as PspoChangeError).code).toBe('pspo-period')
    const badDate = refusal(() => extendPspo(eurekaPark, { madeOn: 'tomorrow' }))
    expect(badDate).toBeInstanceOf(RangeError)
    expect(badDate).not.toBeInstanceOf(RuleViolation)
  })

  it('refuses expired, discharged and over-long extensions', () => {
    expect(() => extendPspo(eurekaPark, { madeOn: '2027-06-01' })).toThrow(
      /after the order expired/
    )
    expect(() =>
      extendPspo({ ...eurekaPark, dischargedOn: '2025-01-01' }, { madeOn: '2026-01-01' })
    ).toThrow(/discharged on 2025-01-01/)
    expect(() => extendPspo(eurekaPark, { madeOn: '2027-04-01', endsOn: '2030-06-01' })).toThrow(
      /at most 3 years/
    )
    expect(() => extendPspo(eurekaPark, { madeOn: 'tomorrow' })).toThrow(/madeOn/)
  })

  it('extends an expedited order within its limits (s60A, PSPO-08)', () => {
    // Issue 17 vector: made 6 Jan 2025 to run to 5 Mar 2025, extended on 1 Mar to 5 May 2025.
    const school: PspoOrderInput = {
      id: 'school-gates',
      title: 'School gates expedited PSPO',
      place: 'Main Street school',
      kind: 'expedited',
      madeOn: '2025-01-06',
      startsOn: '2025-01-06',
      endsOn: '2025-03-05',
    }
    const extended = extendPspo(school, { madeOn: '2025-03-01', endsOn: '2025-05-05' })
    expect(extended.extensions).toEqual([{ madeOn: '2025-03-01', endsOn: '2025-05-05' }])
    expect(pspoCurrentEnd(extended)).toBe('2025-05-05')
    expect(PspoOrder.safeParse(extended).success).toBe(true)
    // By default the full 6 months from the day after the current end; never more.
    expect(pspoCurrentEnd(extendPspo(school, { madeOn: '2025-03-01' }))).toBe('2025-09-05')
    expect(() => extendPspo(school, { madeOn: '2025-03-01', endsOn: '2025-09-06' })).toThrow(
      /at most 6 months/
    )
  })

  it('never extends more than 3 years at a time and keeps the order valid (property)', () => {
    fc.assert(
      fc.property(
        isoDates,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 200 }),
        (start, len, early) => {
          const endsOn = toIsoDate(addDays(toDate(start), Math.min(len, 1000)))
          const order = { ...eurekaPark, madeOn: start, startsOn: start, endsOn }
          const madeOn = toIsoDate(addDays(toDate(endsOn), -Math.min(early, len)))
          const extended = extendPspo(order, { madeOn })
          const newEnd = toDate(pspoCurrentEnd(extended))
          expect(newEnd <= addYears(addDays(toDate(endsOn), 1), 3)).toBe(true)
          expect(newEnd > toDate(endsOn)).toBe(true)
          expect(PspoOrder.safeParse(extended).success).toBe(true)
        }
      )
    )
  })
})

describe('reducePspo (s60A, PSPO-08)', () => {
  const school: PspoOrderInput = {
    id: 'school-gates',
    title: 'School gates expedited PSPO',
    place: 'Main Street school',
    kind: 'expedited',
    madeOn: '2025-01-06',
    startsOn: '2025-01-06',
    endsOn: '2025-06-05',
  }

  it('brings the end of an expedited order forward, and may then extend it again', () => {
    const reduced = reducePspo(school, { madeOn: '2025-02-03', endsOn: '2025-02-28' })
    expect(reduced.extensions).toEqual([
      { madeOn: '2025-02-03', endsOn: '2025-02-28', kind: 'reduction' },
    ])
    expect(pspoCurrentEnd(reduced)).toBe('2025-02-28')
    expect(PspoOrder.safeParse(reduced).success).toBe(true)
    const again = extendPspo(reduced, { madeOn: '2025-02-20', endsOn: '2025-04-30' })
    expect(pspoCurrentEnd(again)).toBe('2025-04-30')
  })

  it('refuses to reduce a standard order, to end before the decision, or to lengthen', () => {
    expect(() => reducePspo(eurekaPark, { madeOn: '2025-01-01', endsOn: '2025-12-31' })).toThrow(
      /only an expedited PSPO may be reduced/
    )
    expect(() => reducePspo(school, { madeOn: '2025-03-01', endsOn: '2025-02-28' })).toThrow(
      /before the day it was made/
    )
    expect(() => reducePspo(school, { madeOn: '2025-03-01', endsOn: '2025-06-05' })).toThrow(
      /not before 2025-06-05/
    )
    expect(() => reducePspo(school, { madeOn: '2025-06-06', endsOn: '2025-06-06' })).toThrow(
      /after the order expired/
    )
  })

  it('keeps a reduced expedited order valid and never later than before (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }), (a, b) => {
        const [made, end] = a <= b ? [a, b] : [b, a]
        const day = (n: number) => toIsoDate(addDays(toDate('2025-01-06'), n))
        fc.pre(end < 150)
        const reduced = reducePspo(school, { madeOn: day(made), endsOn: day(end) })
        expect(pspoCurrentEnd(reduced) < '2025-06-05').toBe(true)
        expect(PspoOrder.safeParse(reduced).success).toBe(true)
      })
    )
  })
})

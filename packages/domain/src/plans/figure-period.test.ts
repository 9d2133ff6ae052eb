import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PlanFigurePeriod, financialYear } from './figure-period.ts'

describe('financialYear', () => {
  it('reads "2024-25" and "2024/25" as 1 April to 31 March', () => {
    expect(financialYear('2024-25')).toEqual({
      label: '2024-25',
      from: '2024-04-01',
      to: '2025-03-31',
    })
    expect(financialYear('2024/25')).toMatchObject({ from: '2024-04-01', to: '2025-03-31' })
    expect(financialYear('1999-00')).toMatchObject({ from: '1999-04-01', to: '2000-03-31' })
  })

  it.each(['2024-26', '2024', '24-25', '2024-2025', ''])('rejects %j, naming it', (label) => {
    expect(() => financialYear(label)).toThrow(
      new RangeError(`"${label}" is not a financial year such as "2024-25"`)
    )
  })

  it('always gives a valid period of 365 or 366 days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), (year) => {
        const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`
        const period = PlanFigurePeriod.parse({ ...financialYear(label) })
        const days = (Date.parse(period.to!) - Date.parse(period.from!)) / 86_400_000 + 1
        return days === 365 || days === 366
      })
    )
  })
})

describe('PlanFigurePeriod', () => {
  it('allows unknown dates and rejects reversed ones', () => {
    expect(
      PlanFigurePeriod.parse({ label: 'over the past year', from: null, to: null }).from
    ).toBeNull()
    const reversed = PlanFigurePeriod.safeParse({
      label: 'x',
      from: '2025-01-02',
      to: '2025-01-01',
    })
    expect(reversed.error?.issues[0]?.path).toEqual(['to'])
  })
})

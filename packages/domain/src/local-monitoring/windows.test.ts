import { describe, expect, it } from 'vitest'
import { usableWindow, windowMonths, type ChangeWindow } from './windows.ts'

describe('windowMonths', () => {
  it('compares the last 3 months with the same 3 a year earlier', () => {
    expect(windowMonths('last-3', '2025-02')).toEqual({
      current: ['2024-12', '2025-01', '2025-02'],
      baselines: [['2023-12', '2024-01', '2024-02']],
    })
  })

  it('compares rolling 12 months with the previous 12', () => {
    const plan = windowMonths('rolling-12', '2025-06')
    expect(plan.current[0]).toBe('2024-07')
    expect(plan.current.at(-1)).toBe('2025-06')
    expect(plan.baselines).toEqual([windowMonths('rolling-12', '2024-06').current])
  })

  it('compares a month with the same month in each of the previous three years', () => {
    expect(windowMonths('month', '2025-01')).toEqual({
      current: ['2025-01'],
      baselines: [['2024-01'], ['2023-01'], ['2022-01']],
    })
  })

  it('rejects an unknown window and a bad month', () => {
    expect(() => windowMonths('year-to-date' as ChangeWindow, '2025-01')).toThrow(
      'window must be one of last-3, rolling-12, month, got year-to-date'
    )
    expect(() => windowMonths('month', '2025-1')).toThrow('month: "2025-1" is not a month')
  })
})

describe('usableWindow', () => {
  const gapsIn =
    (...months: string[]) =>
    (month: string) =>
      !months.includes(month)

  it('takes a gap out with its partner a year away, so both periods stay the same length', () => {
    const plan = windowMonths('last-3', '2025-06')
    expect(usableWindow(plan, 'm', gapsIn('2025-05'))).toEqual({
      current: ['2025-04', '2025-06'],
      baselines: [['2024-04', '2024-06']],
      excluded: ['2024-05', '2025-05'],
    })
    expect(usableWindow(plan, 'm', gapsIn('2024-04'))).toEqual({
      current: ['2025-05', '2025-06'],
      baselines: [['2024-05', '2024-06']],
      excluded: ['2024-04', '2025-04'],
    })
  })

  it('drops a baseline year with a gap from a month comparison, and everything for a gap this month', () => {
    const plan = windowMonths('month', '2025-06')
    expect(usableWindow(plan, 'm', gapsIn('2023-06'))).toEqual({
      current: ['2025-06'],
      baselines: [['2024-06'], ['2022-06']],
      excluded: ['2023-06'],
    })
    expect(usableWindow(plan, 'm', gapsIn('2025-06'))).toEqual({
      current: [],
      baselines: [],
      excluded: ['2022-06', '2023-06', '2024-06', '2025-06'],
    })
  })
})

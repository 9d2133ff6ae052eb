import { describe, expect, it } from 'vitest'
import { financialYear, financialYearOf, recentFinancialYears } from './financial-years.ts'

describe('financial years', () => {
  it('run from 1 April to 31 March, labelled as returns print them', () => {
    expect(financialYear(2024)).toEqual({ label: '2024-25', from: '2024-04-01', to: '2025-03-31' })
    expect(financialYear(1999).label).toBe('1999-00')
  })

  it.each([
    ['2025-03-31', '2024-25'],
    ['2025-04-01', '2025-26'],
    ['2024-02-29', '2023-24'],
    ['2026-12-31', '2026-27'],
    ['2027-01-01', '2026-27'],
  ])('%s falls in %s', (iso, label) => {
    expect(financialYearOf(iso).label).toBe(label)
  })

  it('lists the recent years newest first, each following on from the one before', () => {
    const years = recentFinancialYears('2026-11-26', 4)
    expect(years.map((y) => y.label)).toEqual(['2026-27', '2025-26', '2024-25', '2023-24'])
    for (let k = 1; k < years.length; k++) {
      const dayAfter = new Date(`${years[k]!.to}T00:00:00Z`)
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1)
      expect(dayAfter.toISOString().slice(0, 10)).toBe(years[k - 1]!.from)
    }
  })
})

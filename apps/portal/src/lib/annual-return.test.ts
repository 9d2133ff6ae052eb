import { describe, expect, it } from 'vitest'
import { basisText } from './annual-return.ts'

describe('basisText', () => {
  const published = (period: string) => ({ period, publishedOn: null })

  it('names the published returns the figures come from', () => {
    expect(basisText({ basis: 'published-returns', returns: [published('2024/25')] })).toBe(
      'the published 2024/25 return'
    )
    expect(
      basisText({
        basis: 'published-returns',
        returns: [published('2022/23'), published('2023/24'), published('2024/25')],
      })
    ).toBe('the published 2022/23, 2023/24 and 2024/25 returns')
  })

  it('says when the toolkit counted them from its records, alone or as well', () => {
    expect(basisText({ basis: 'case-review-records', returns: [] })).toBe(
      'counted from the toolkit’s case-review records'
    )
    expect(
      basisText({
        basis: 'published-returns-and-case-review-records',
        returns: [published('2024/25')],
      })
    ).toBe('the published 2024/25 return, and the toolkit’s case-review records for the other days')
  })
})

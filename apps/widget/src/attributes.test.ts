import { describe, expect, test } from 'vitest'
import { readAttributes } from './attributes.ts'

const api = 'https://api.example/'
const base = { measure: 'anti-social-behaviour', period: '2023' }

describe('readAttributes', () => {
  test('builds the table address from the API base, measure and period', () => {
    expect(readAttributes({ ...base, highlight: 'E07000039', sort: 'volume' }, api)).toEqual({
      ok: true,
      config: {
        url: 'https://api.example/v1/crime-tables/anti-social-behaviour/2023',
        highlight: 'E07000039',
        sort: 'volume',
      },
      warnings: [],
    })
  })

  test('an api attribute wins over the script origin and may have a path', () => {
    const result = readAttributes({ ...base, api: 'https://csp.example/toolkit?x=1#y' }, api)
    expect(result.ok && result.config.url).toBe(
      'https://csp.example/toolkit/v1/crime-tables/anti-social-behaviour/2023'
    )
  })

  test('sorts by rate and highlights nothing by default; blank attributes count as absent', () => {
    const result = readAttributes({ ...base, highlight: '  ', sort: '' }, api)
    expect(result.ok && result.config).toMatchObject({ sort: 'rate', highlight: undefined })
  })

  test.each([
    [{ measure: '../../x' }, 'The measure attribute must be lowercase words joined by hyphens'],
    [{ measure: 'Hate Crime' }, 'The measure attribute must be lowercase words'],
    [{ measure: undefined }, 'Set the measure attribute'],
    [{ period: '2023/../../admin' }, 'The period attribute must be a year such as 2023'],
    [{ period: undefined }, 'Set the period attribute'],
    [{ api: 'javascript:alert(1)' }, 'The api attribute must be the http or https address'],
    [
      { api: 'https://user:pw@api.example/' },
      'The api attribute must be the http or https address',
    ],
  ])('refuses %o with a clear message', (attrs, message) => {
    const result = readAttributes({ ...base, ...attrs }, api)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toContain(message)
  })

  test('asks for the api attribute when the script did not come from an API', () => {
    const result = readAttributes(base, null)
    expect(!result.ok && result.problem).toBe(
      'Set the api attribute to the address of the CSP Toolkit API.'
    )
  })

  test('quotes a long bad value cut short', () => {
    const result = readAttributes({ ...base, highlight: 'x'.repeat(500) }, api)
    expect(result.ok && result.warnings[0]).toContain(`"${'x'.repeat(40)}…" is not`)
  })

  // HTML's "invalid value default": a typo in sort or highlight must not hide the figures.
  test.each([
    [{ highlight: '<img src=x onerror=alert(1)>' }, 'the highlight attribute must be an area code'],
    [{ sort: 'rank' }, 'the sort attribute must be rate, volume, trend or name; "rank" is not'],
  ])('an invalid %o falls back to the default with one warning naming it', (attrs, warning) => {
    const result = readAttributes({ ...base, ...attrs }, api)
    expect(result.ok && result.config).toMatchObject({ sort: 'rate', highlight: undefined })
    expect(result.ok && result.warnings).toHaveLength(1)
    expect(result.ok && result.warnings[0]).toContain(warning)
  })
})

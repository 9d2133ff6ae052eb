import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { englandAndWalesBankHolidays } from './bank-holidays.ts'
import { compareWithGovUkFeed, GovUkBankHolidays } from './gov-uk-feed.ts'

const fixturePath = fileURLToPath(new URL('./fixtures/gov-uk-bank-holidays.json', import.meta.url))
const fixture = (): unknown => JSON.parse(readFileSync(fixturePath, 'utf8'))
type Feed = {
  'england-and-wales': {
    events: { title: string; date: string; notes: string; bunting: boolean }[]
  }
}

describe('GovUkBankHolidays', () => {
  it('reads the feed format, every division', () => {
    const feed = GovUkBankHolidays.parse(fixture())
    expect(Object.keys(feed)).toEqual(['england-and-wales', 'scotland', 'northern-ireland'])
    expect(feed['england-and-wales']?.events[0]).toEqual({
      title: 'New Year’s Day',
      date: '2025-01-01',
      notes: '',
      bunting: true,
    })
  })
})

describe('compareWithGovUkFeed', () => {
  it('finds the bundled list the same as the feed for the years the feed covers', () => {
    expect(compareWithGovUkFeed(fixture())).toEqual({
      division: 'england-and-wales',
      compared: { from: '2025-01-01', to: '2026-12-31' },
      feedYears: [2025, 2026],
      missing: [],
      extra: [],
      changed: [],
      same: true,
    })
  })

  it('reports days the feed has and the list lacks, days only the list has, and changed names', () => {
    const feed = fixture() as Feed
    const events = feed['england-and-wales'].events
    events.push({ title: 'Extra bank holiday', date: '2026-06-08', notes: '', bunting: true })
    events.splice(
      events.findIndex((e) => e.date === '2025-08-25'),
      1
    )
    const boxing = events.find((e) => e.date === '2026-12-28')!
    boxing.notes = ''
    const result = compareWithGovUkFeed(feed)
    expect(result.same).toBe(false)
    expect(result.missing).toEqual([{ date: '2026-06-08', title: 'Extra bank holiday' }])
    expect(result.extra).toEqual([{ date: '2025-08-25', title: 'Summer bank holiday' }])
    expect(result.changed).toEqual([
      {
        date: '2026-12-28',
        bundled: { date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day' },
        feed: { date: '2026-12-28', title: 'Boxing Day' },
      },
    ])
  })

  it('compares only inside both the feed years and the calendar range', () => {
    const feed = fixture() as Feed
    feed['england-and-wales'].events.push({
      title: 'New Year’s Day',
      date: '2031-01-01',
      notes: '',
      bunting: true,
    })
    const result = compareWithGovUkFeed(feed)
    expect(result.compared).toEqual({ from: '2025-01-01', to: '2030-12-31' })
    expect(result.missing).toEqual([])
    // 2027–2030 are in the calendar but the feed lists nothing for them but 2031: all "extra".
    expect(result.extra.map((h) => h.date.slice(0, 4))).toContain('2027')
  })

  it('names the field of a malformed feed and a missing division', () => {
    expect(() =>
      compareWithGovUkFeed({ 'england-and-wales': { division: 'x', events: [{}] } })
    ).toThrow(/england-and-wales"?\]?\.events\[0\]\.date/)
    expect(() => compareWithGovUkFeed({ scotland: { division: 'scotland', events: [] } })).toThrow(
      /no "england-and-wales" division/
    )
  })
})

describe('englandAndWalesBankHolidays provenance (item 10)', () => {
  it('says the list was compiled, not retrieved, and how each year was obtained', () => {
    const { source, years } = englandAndWalesBankHolidays
    expect(source.compiledOn).toBe('2026-11-26')
    expect(source.retrievedAt).toBeUndefined()
    expect(years?.map((y) => [y.year, y.obtained])).toEqual([
      ...[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => [y, 'proclaimed']),
      ...[2027, 2028, 2029, 2030].map((y) => [y, 'computed']),
    ])
  })
})

describe('pnpm bank-holidays:check', () => {
  const script = fileURLToPath(new URL('../../scripts/bank-holidays-check.ts', import.meta.url))
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })

  it('passes when the bundled list matches the feed file', () => {
    const result = run(fixturePath)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/matches .*2025-01-01 to 2026-12-31/)
  })

  it('fails listing each difference, so a maintainer can refresh the list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-holidays-'))
    const feed = fixture() as Feed
    feed['england-and-wales'].events.push({
      title: 'Extra bank holiday',
      date: '2026-06-08',
      notes: '',
      bunting: true,
    })
    const file = join(dir, 'bank-holidays.json')
    writeFileSync(file, JSON.stringify(feed))
    const result = run(file)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      /2026-06-08 Extra bank holiday: in the feed, not in the bundled list/
    )
  })

  it('explains bad input in one line: usage, unreadable file, bad JSON with line and column', () => {
    expect(run().status).toBe(2)
    expect(run().stderr).toMatch(/^usage: pnpm bank-holidays:check FILE\.json/)
    const missing = run('/no/such/file.json')
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/cannot read/)])
    const dir = mkdtempSync(join(tmpdir(), 'bank-holidays-'))
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{\n  "england-and-wales": [,\n}')
    const broken = run(bad)
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/bad\.json:2:\d+: /)
  })
})

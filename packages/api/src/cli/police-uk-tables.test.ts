import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from './io.ts'
import { runCli } from './run-cli.ts'

const header =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n'
const force = 'Derbyshire Constabulary'

function io() {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    interactive: false,
    cwd: process.cwd(),
    now: () => 0,
  }
  return { io: value, out: () => out.join(''), err: () => err.join('') }
}

/** Rows per month: South Derbyshire n, Derby 2n, plus one outside-area and one no-location row. */
function writeMonths(months: readonly string[], perMonth: (month: string) => number): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-tables-'))
  const file = join(dir, 'derbyshire-street.csv')
  let text = header
  for (const month of months) {
    const n = perMonth(month)
    const row = (lsoa: string, type = 'Vehicle crime') =>
      `abc,${month},${force},${force},-1.5,52.8,"On or near Park, Road",E01019,${lsoa},${type},Under investigation,\n`
    for (let i = 0; i < n; i++)
      text += row('South Derbyshire 012A') + row('Derby 001B') + row('Derby 002C')
    text += row('Lichfield 003A') + `,${month},${force},${force},,,No Location,,,Vehicle crime,,\n`
    text += row('South Derbyshire 012A', 'Drugs')
  }
  writeFileSync(file, text)
  return file
}

const months = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

describe('csp police-uk tables', () => {
  it('builds the year table with rates and trend when both years are complete', async () => {
    const file = writeMonths([...months(2023), ...months(2024)], (m) =>
      m.startsWith('2023') ? 10 : 12
    )
    const run = io()
    const code = await runCli(
      [
        'police-uk',
        'tables',
        file,
        '--measure',
        'police-uk.vehicle-crime',
        '--year',
        '2024',
        '--format',
        'json',
      ],
      run.io
    )
    expect(run.err()).toBe('')
    expect(code).toBe(0)
    const table = JSON.parse(run.out())
    const row = (code: string) => table.rows.find((r: { areaCode: string }) => r.areaCode === code)
    expect(row('E07000039')).toEqual({ areaCode: 'E07000039', volume: 144, rate: 1.7, trend: 20 })
    expect(row('E06000015')).toEqual({ areaCode: 'E06000015', volume: 288, rate: 1.4, trend: 20 })
    expect(row('E23000018').volume).toBe(432)
    expect(table.completeness).toEqual({ complete: true, notes: [] })
  })

  it('marks a year with a missing month incomplete instead of showing a fall', async () => {
    const file = writeMonths(
      [...months(2023), ...months(2024).filter((m) => m !== '2024-06')],
      () => 10
    )
    for (const format of ['json', 'csv', 'text'] as const) {
      const run = io()
      expect(
        await runCli(
          [
            'police-uk',
            'tables',
            file,
            '--measure',
            'police-uk.vehicle-crime',
            '--year',
            '2024',
            '--format',
            format,
          ],
          run.io
        )
      ).toBe(0)
      if (format === 'json') {
        const table = JSON.parse(run.out())
        expect(table.completeness.complete).toBe(false)
        expect(table.rows.every((r: { trend: number | null }) => r.trend === null)).toBe(true)
      } else if (format === 'csv') {
        expect(run.out()).toContain(',E07000039,South Derbyshire,110,1.3,,,,,false,"police.uk:')
      } else {
        expect(run.out()).toContain('INCOMPLETE: no change is shown as a rise or fall.')
        expect(run.out()).toContain('Not ranked: the period is incomplete')
        expect(run.out()).not.toMatch(/of 9/)
      }
    }
  })

  it('refuses measures police.uk cannot give, bad years and formats, with one line', async () => {
    const file = writeMonths(['2024-01'], () => 1)
    for (const [args, message] of [
      [
        ['--measure', 'residential-burglary', '--year', '2024'],
        `csp: unknown measure "residential-burglary"; run 'csp police-uk measures' for the list\n`,
      ],
      [
        ['--measure', 'police-uk.burglary', '--year', '24'],
        'csp: --year must be a year such as 2024\n',
      ],
      [
        ['--measure', 'police-uk.burglary', '--year', '2024', '--format', 'xml'],
        'csp: --format must be text, csv or json, got "xml"\n',
      ],
      [['--year', '2024'], 'csp: --measure is required (see csp police-uk measures)\n'],
    ] as const) {
      const run = io()
      expect(await runCli(['police-uk', 'tables', file, ...args], run.io)).toBe(2)
      expect(run.err()).toBe(message)
    }
  })
})

describe('csp plan', () => {
  it('prints the six plan tables with no findings and the contradicted claims', async () => {
    const run = io()
    expect(await runCli(['plan'], run.io)).toBe(0)
    const text = run.out()
    expect(text.match(/Findings: none/g)).toHaveLength(6)
    expect(text).toMatch(/▶ South Derbyshire +1,695 +19\.5 +-6\.9% +2 of 9/)
    expect(text.match(/CONTRADICTED/g)).toHaveLength(3)
  })
})

// `csp police-uk changes` and `hot-spots`: their one-line errors, and the text and CSV forms
// (the JSON form equals the API's answer: see routes/local-areas.test.ts).
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fakeIo } from '../test/cli.ts'
import { runCli } from './run-cli.ts'

const file = fileURLToPath(
  new URL(
    '../../../../fixtures/police-uk/2024-12-nottinghamshire-street-extract.csv',
    import.meta.url
  )
)

async function run(argv: string[]) {
  const io = fakeIo({})
  const code = await runCli(argv, io.io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('csp police-uk changes and hot-spots', () => {
  it.each([
    [['changes', file], /--area is required/],
    [['changes', file, '--area', 'E09000001'], /not a district, ward, neighbourhood area or LSOA/],
    [['changes', file, '--area', 'E07000036', '--measure', 'hate-crime'], /unknown measure/],
    [['changes', file, '--area', 'E07000036', '--window', 'rolling-6'], /--window must be/],
    [['changes', file, '--area', 'E07000036', '--month', '2024-13'], /--month must be a month/],
    [['changes', file, '--area', 'E07000036', '--format', 'xml'], /--format must be/],
    [['hot-spots', file, '--area', 'E07000036'], /--measure is required/],
    [
      ['hot-spots', file, '--area', 'E07000036', '--measure', 'police-uk.drugs', '--unit', 'hex'],
      /--unit must be/,
    ],
    [
      ['hot-spots', file, '--area', 'E07000036', '--measure', 'police-uk.drugs', '--limit', '0'],
      /--limit must be/,
    ],
  ])('%j fails with one line', async (argv, message) => {
    const { code, stderr } = await run(['police-uk', ...argv])
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('prints the change table as text and as CSV, with its period and source', async () => {
    const args = ['police-uk', 'changes', file, '--area', 'E07000036', '--measure']
    const text = await run([
      ...args,
      'police-uk.violent-crime',
      '--window',
      'month',
      '--level',
      'lsoa',
    ])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /^Erewash \(E07000036\): police-uk\.violent-crime, month: 2024-12 to 2024-12/
    )
    expect(text.stdout).toMatch(/Source: police\.uk\./)
    const csv = await run([
      ...args,
      'police-uk.violent-crime',
      '--window',
      'month',
      '--format',
      'csv',
    ])
    const [header, first] = csv.stdout.split('\r\n')
    expect(header).toMatch(/^area_code,area_name,measure,window,/)
    expect(first).toMatch(/,police-uk\.violent-crime,month,2024-12,2024-12,/)
  })

  it('without --measure, gives one table per police.uk measure', async () => {
    const json = await run([
      'police-uk',
      'changes',
      file,
      '--area',
      'E07000036',
      '--format',
      'json',
    ])
    expect(JSON.parse(json.stdout)).toHaveLength(14)
  })

  it('prints the tasking list, its places ranked', async () => {
    const args = ['police-uk', 'hot-spots', file, '--area', 'E07000036', '--measure']
    const { code, stdout } = await run([...args, 'police-uk.violent-crime', '--limit', '3'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[1]).toMatch(/^\s+1 E01\d{6}\s+Erewash/)
  })
})

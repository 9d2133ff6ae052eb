import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from './io.ts'
import { runCli } from './run-cli.ts'

// Real police.uk files: OGL v3.0, attribution and provenance in fixtures/police-uk/README.md.
const samples = new URL('../../../../fixtures/police-uk/', import.meta.url).pathname
const sampleFiles = [
  '2023-01-city-of-london-street.csv',
  '2024-12-nottinghamshire-street-extract.csv',
].map((name) => join(samples, name))

function fakeIo(interactive = false) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive,
    cwd: process.cwd(),
    now: (() => {
      let t = 0
      return () => (t += 150)
    })(),
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join('') }
}

/** A deliberately naive reading of the same files: whole-file split, a tiny quote-aware splitter. */
function naiveCounts(files: readonly string[]) {
  const splitRecord = (line: string) => {
    const fields: string[] = []
    let field = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = !quoted
      } else if (c === ',' && !quoted) {
        fields.push(field)
        field = ''
      } else {
        field += c
      }
    }
    fields.push(field)
    return fields
  }
  const counts = new Map<string, number>()
  let rows = 0
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean)
    for (const line of lines) {
      rows++
      const f = splitRecord(line)
      const lsoaName = f[8] ?? ''
      if (lsoaName === '') continue
      const district = lsoaName.replace(/ \d{3}[A-Z]$/, '')
      const key = `${f[1]}|${district}|${f[9]}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return { rows, counts }
}

describe('csp police-uk summarise', () => {
  it('matches an independent count of the real samples exactly', async () => {
    const { io, stdout, stderr } = fakeIo()
    const code = await runCli(['police-uk', 'summarise', ...sampleFiles, '--json'], io)
    expect(stderr()).toBe('')
    expect(code).toBe(0)
    const report = JSON.parse(stdout()) as {
      rows: number
      months: string[]
      counts: {
        month: string
        district: string
        areaCode: string | null
        crimeType: string
        count: number
      }[]
      noLocation: { count: number }[]
      errors: unknown[]
    }
    const expected = naiveCounts(sampleFiles)
    expect(report.rows).toBe(expected.rows)
    expect(report.rows).toBe(719 + 791)
    expect(report.months).toEqual(['2023-01', '2024-12'])
    const actual = new Map(
      report.counts.map((c) => [`${c.month}|${c.district}|${c.crimeType}`, c.count])
    )
    expect(actual).toEqual(expected.counts)
    const located = [...expected.counts.values()].reduce((a, b) => a + b, 0)
    expect(report.noLocation.reduce((sum, row) => sum + row.count, 0)).toBe(expected.rows - located)
    expect(report.errors).toEqual([])
    // Derbyshire districts in the Nottinghamshire file get their codes; others are null.
    expect(
      report.counts.filter((c) => c.areaCode !== null).every((c) => /^E0[67]/.test(c.areaCode!))
    ).toBe(true)
    expect(
      report.counts.some((c) => c.district === 'Amber Valley' && c.areaCode === 'E07000032')
    ).toBe(true)
    expect(report.counts.find((c) => c.district === 'Camden')?.areaCode).toBeNull()
  })

  it('prints a summary and draws progress only on a terminal', async () => {
    const piped = fakeIo(false)
    expect(await runCli(['police-uk', 'summarise', sampleFiles[0]!], piped.io)).toBe(0)
    expect(piped.stdout()).toContain('Rows:         719')
    expect(piped.stderr()).toBe('')
    const terminal = fakeIo(true)
    expect(await runCli(['police-uk', 'summarise', sampleFiles[0]!], terminal.io)).toBe(0)
    expect(terminal.stderr()).toMatch(/\[#+\] 100% {2}719 rows {2}[\d.]+ MB\/s\n$/)
  })

  it('fails with one line naming the file and line for a malformed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-cli-'))
    const file = join(dir, 'bad.csv')
    writeFileSync(file, 'Crime ID,Month,Reported by\nx,2024-01,y\n')
    const { io, stderr } = fakeIo()
    const code = await runCli(['police-uk', 'summarise', file], io)
    expect(code).toBe(1)
    expect(stderr()).toMatch(/^csp: bad\.csv line 1: .+\n$/)
    expect(stderr().split('\n')).toHaveLength(2)
  })

  it('gives usage errors exit code 2 and never a stack trace', async () => {
    for (const argv of [
      ['nonsense'],
      ['police-uk', 'summarise'],
      ['police-uk', 'summarise', '--bogus', 'x.csv'],
      ['police-uk', 'frobnicate'],
    ]) {
      const { io, stderr } = fakeIo()
      expect(await runCli(argv, io)).toBe(2)
      expect(stderr()).toMatch(/^csp: [^\n]+\n$/)
    }
    const { io, stderr } = fakeIo()
    expect(await runCli(['police-uk', 'summarise', 'no-such-file.csv'], io)).toBe(1)
    expect(stderr()).toBe('csp: cannot read no-such-file.csv: no such file\n')
  })
})

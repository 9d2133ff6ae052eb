// `pnpm bank-holidays:check FILE.json`: compares the bundled England and Wales bank holidays
// with a copy of GOV.UK's https://www.gov.uk/bank-holidays.json, so a maintainer can see what to
// change before refreshing src/calendar/bank-holidays.ts. Exit 0: the same; 1: differences
// (listed); 2: bad input (one line on stderr). Runs the domain's TypeScript source directly
// (Node 22.18+ strips types; the toolkit pins Node 24).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { compareWithGovUkFeed, englandAndWalesBankHolidays } from '../src/calendar/index.ts'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

// The offset of the first JSON syntax error, for "file:line:column" (JSON.parse does not always
// say where). A small recursive-descent reader: enough to locate, not to parse.
function syntaxErrorAt(text: string): number {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1
  }
  const expect = (ok: boolean) => {
    if (!ok) throw i
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      i += 1
      ws()
      if (text[i] === close) {
        i += 1
        return
      }
      for (;;) {
        if (close === '}') {
          ws()
          expect(text[i] === '"')
          value()
          ws()
          expect(text[i] === ':')
          i += 1
        }
        value()
        ws()
        if (text[i] === ',') {
          i += 1
          continue
        }
        expect(text[i] === close)
        i += 1
        return
      }
    }
    if (c === '"') {
      i += 1
      while (i < text.length && text[i] !== '"') {
        expect((text.codePointAt(i) as number) >= 0x20)
        i += text[i] === '\\' ? 2 : 1
      }
      expect(text[i] === '"')
      i += 1
      return
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i)
    )
    expect(literal !== null)
    i += (literal as RegExpExecArray)[0].length
  }
  try {
    value()
    ws()
    expect(i === text.length)
  } catch (at) {
    return typeof at === 'number' ? at : i
  }
  return i
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

const file = process.argv[2]
if (file === undefined || process.argv.length > 3) {
  fail(
    'usage: pnpm bank-holidays:check FILE.json (a copy of https://www.gov.uk/bank-holidays.json)'
  )
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  fail(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
}
let json: unknown
try {
  json = JSON.parse(text)
} catch (error) {
  const reason = (error as Error).message.split('\n')[0]
  fail(`${file}:${lineAndColumn(text, syntaxErrorAt(text))}: not valid JSON (${reason})`)
}
let result: ReturnType<typeof compareWithGovUkFeed>
try {
  result = compareWithGovUkFeed(json)
} catch (error) {
  fail(`${file}: ${(error as Error).message}`)
}

const bundled = `the bundled ${result.division} list (compiled ${englandAndWalesBankHolidays.source.compiledOn ?? englandAndWalesBankHolidays.source.retrievedAt})`
if (result.compared === null) {
  console.log(`${basename(file)} lists no year that ${bundled} covers: nothing to compare.`)
  process.exit(0)
}
const span = `${result.compared.from} to ${result.compared.to}`
if (result.same) {
  console.log(`${bundled} matches ${basename(file)} from ${span}.`)
  process.exit(0)
}
const notes = (n: string | undefined) => (n === undefined ? '' : ` (${n})`)
console.log(`${bundled} differs from ${basename(file)} from ${span}:`)
for (const h of result.missing) {
  console.log(`  ${h.date} ${h.title}${notes(h.notes)}: in the feed, not in the bundled list`)
}
for (const h of result.extra) {
  console.log(`  ${h.date} ${h.title}${notes(h.notes)}: in the bundled list, not in the feed`)
}
for (const c of result.changed) {
  console.log(
    `  ${c.date}: the feed has "${c.feed.title}"${notes(c.feed.notes)}, the bundled list "${c.bundled.title}"${notes(c.bundled.notes)}`
  )
}
console.log('Update src/calendar/bank-holidays.ts (and its years) to match, then run the tests.')
process.exit(1)

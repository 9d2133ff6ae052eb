// Writes the domain README's table of rules from the catalogues (`ruleTable()`), between the
// markers `<!-- rules:start -->` and `<!-- rules:end -->`: `node scripts/rules-table.ts`.
// src/law/readme-rules.test.ts fails when the README and the catalogues disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { InForce } from '../src/duties/schema.ts'
import { ruleTable } from '../src/law/rule-table.ts'

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))
export const markers = { start: '<!-- rules:start -->', end: '<!-- rules:end -->' } as const

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

function inForceCell(f: InForce): string {
  switch (f.commencement) {
    case 'recorded':
      return `from ${f.from}${f.to === null ? '' : ` to ${f.to}`} [${f.confidence}]`
    case 'not-recorded':
      return 'in force; date not recorded'
    case 'local':
      return 'local practice: where adopted'
    case 'unconfirmed':
      return f.setting === undefined
        ? 'unconfirmed: not applied as law'
        : `unconfirmed: off until \`${f.setting}\` is set`
  }
}

/** The table of rules as Markdown, one row per rule, in id order. */
export function rulesTableMarkdown(): string {
  const rows = ruleTable().map(
    (r) =>
      `| ${r.id} | ${cell(r.text)} | ${cell(r.source)} | ${r.status} | ${r.confidence} | ${inForceCell(r.inForce)} |`
  )
  return [
    '| rule | says | source | status | confidence | in force |',
    '| ---- | ---- | ------ | ------ | ---------- | -------- |',
    ...rows,
  ].join('\n')
}

/** The README with its table between the markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(markers.start)
  const end = readme.indexOf(markers.end)
  if (start < 0 || end < start) throw new Error(`README.md lacks ${markers.start} … ${markers.end}`)
  // Prettier would pad every cell of a 100-row table; the generated table is kept as written.
  const body = `<!-- prettier-ignore-start -->\n${table}\n<!-- prettier-ignore-end -->`
  return `${readme.slice(0, start + markers.start.length)}\n${body}\n${readme.slice(end)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), rulesTableMarkdown()))
  console.log(`Wrote ${ruleTable().length} rules to ${readmePath}`)
}

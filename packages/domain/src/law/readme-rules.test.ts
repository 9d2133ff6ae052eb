import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readmePath, rulesTableMarkdown, withTable } from '../../scripts/rules-table.ts'
import { ruleTable } from './rule-table.ts'

describe('the README table of rules', () => {
  const readme = readFileSync(readmePath, 'utf8')

  it('is the catalogues’ table (run `node scripts/rules-table.ts` after changing a rule)', () => {
    expect(withTable(readme, rulesTableMarkdown())).toBe(readme)
  })

  it('lists every rule with its source, confidence and in-force dates', () => {
    for (const rule of ruleTable()) {
      expect(readme).toContain(`| ${rule.id} |`)
      expect(readme).toContain(rule.source.replaceAll('|', '\\|'))
    }
    expect(readme).toMatch(
      /\| PSPO-09 \|.*\| pending \| M \| unconfirmed: off until `fpnMaximum500` is set \|/
    )
    expect(readme).toMatch(/\| ASB-04 \|.*\| statutory \| H \| from 2014-10-20 \[H\] \|/)
  })
})

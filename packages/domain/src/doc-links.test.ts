// The repository stands alone: its comments and docs link only to pages and sections of docs/
// that exist, cite no notes kept outside it, and every rule id the domain uses is explained in
// docs/rules.md. The checker is scripts/check-doc-links.ts; it lives here so `npm test` runs it.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  checkRepositoryDocLinks,
  findDocLinkProblems,
  headingAnchor,
  markdownAnchors,
  ruleIdsUsed,
} from '../../../scripts/check-doc-links.ts'

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

const rulesPage = '# Rules\n\n## The threshold\n\n| ASB-04 | … |\n'
const check = (files: Record<string, string>) =>
  findDocLinkProblems(new Map(Object.entries({ 'docs/rules.md': rulesPage, ...files })))

describe('the repository', () => {
  it('links only to docs that exist, cites nothing outside, and explains every rule id', () => {
    const problems = checkRepositoryDocLinks(repositoryRoot).map(
      (p) => `${p.file}:${p.line}: ${p.message}`
    )
    expect(problems).toEqual([])
  })
})

describe('findDocLinkProblems', () => {
  it('accepts a comment citing a page and section that exist', () => {
    expect(check({ 'a.ts': '// see docs/rules.md#the-threshold' })).toEqual([])
  })

  it('reports a missing page and a missing section, with the line', () => {
    expect(
      check({ 'a.ts': 'const x = 1\n// see docs/nope.md\n * and docs/rules.md#no-such-section' })
    ).toEqual([
      { file: 'a.ts', line: 2, message: 'docs/nope.md: docs/nope.md does not exist' },
      {
        file: 'a.ts',
        line: 3,
        message: 'docs/rules.md#no-such-section: docs/rules.md has no section #no-such-section',
      },
    ])
  })

  it('resolves ../ paths from the file and leaves URLs and absolute paths alone', () => {
    expect(
      check({
        'packages/x/README.md': 'See `../../docs/rules.md#the-threshold` and `../docs/rules.md`.',
        'b.ts': '// https://example.org/docs/rules.md#gone and /elsewhere/docs/gone.md',
      })
    ).toEqual([
      {
        file: 'packages/x/README.md',
        line: 1,
        message: '../docs/rules.md: packages/docs/rules.md does not exist',
      },
    ])
  })

  it('checks Markdown links relative to the page, anchors included', () => {
    const problems = check({
      'docs/README.md': [
        '[ok](rules.md#the-threshold) [here](#top) [web](https://example.org/x)',
        '[gone](police.md) [section](rules.md#nope) [out](../../elsewhere.md)',
        '```',
        '[in a code block](ignored.md)',
        '```',
      ].join('\n'),
    })
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'link #top: docs/README.md has no section #top'],
      [2, 'link police.md: docs/police.md does not exist'],
      [2, 'link rules.md#nope: docs/rules.md has no section #nope'],
      [2, 'link ../../elsewhere.md: ../../elsewhere.md leaves the repository'],
    ])
  })

  it('reports the outside notes in comments and Markdown, not in code', () => {
    const outside = ['statutory', 'rules.md'].join('-')
    const problems = check({
      'a.ts': `const note = 'see ${outside}'\n// from ${outside} §1.2`,
      'b.svelte': `<!-- ${outside} -->`,
      'README.md': `Rules are in the ${outside} reference.`,
    })
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'README.md:1',
      'a.ts:2',
      'b.svelte:1',
    ])
  })

  it('reports a rule id the domain uses that docs/rules.md does not list', () => {
    const problems = check({
      'packages/domain/src/x.ts':
        "const r = {\n  ruleId: 'ASB-04',\n  ruleIds: ['ASB-04', 'NEW-01'],\n}",
      'packages/domain/src/x.test.ts': "ruleId: 'TEST-01'",
    })
    expect(problems).toEqual([
      {
        file: 'packages/domain/src/x.ts',
        line: 3,
        message:
          'rule id NEW-01 is not listed in docs/rules.md: add its row (source, status, confidence)',
      },
    ])
  })
})

describe('ruleIdsUsed', () => {
  it('reads ids from ruleId, ruleIds, a rule’s id and findLawRule, but not comments or codes', () => {
    const source = [
      "/** e.g. { id: 'DHR-2025-01', ruleId: 'COMMENT-01' } */",
      "ruleId: dardr ? 'DHR-14' : 'DHR-07',",
      'ruleIds: [',
      "  'PSPO-01',",
      '],',
      "{ id: 'ASB-11A', code: 'E07000039-SNA1' }",
      "const rule = findLawRule('PSPO-09')",
      "{ id: 'E07000039-SNA1' }",
    ].join('\n')
    const used = ruleIdsUsed(new Map([['packages/domain/src/law.ts', source]]))
    expect([...used.keys()]).toEqual(['DHR-14', 'DHR-07', 'PSPO-01', 'ASB-11A', 'PSPO-09'])
  })
})

describe('markdownAnchors', () => {
  it('names headings as GitHub does, numbering repeats and skipping code blocks', () => {
    expect(headingAnchor("A force's file is not its area")).toBe('a-forces-file-is-not-its-area')
    expect(headingAnchor('Is a change more than chance?')).toBe('is-a-change-more-than-chance')
    expect(headingAnchor('LSOA 2011 and 2021 codes')).toBe('lsoa-2011-and-2021-codes')
    expect(headingAnchor('Public data: the read model')).toBe('public-data-the-read-model')
    expect([
      ...markdownAnchors('# Gaps\n## Gaps\n```\n# not a heading\n```\n<a id="x"></a>'),
    ]).toEqual(['gaps', 'gaps-1', 'x'])
  })
})

/**
 * Keeps the promise that the repository stands alone: every reference to its documentation
 * resolves, and no comment cites notes that live outside it.
 *
 *   node scripts/check-doc-links.ts     prints each problem as file:line: message; exit 1 if any
 *
 * It checks, over the repository's source and Markdown files:
 * 1. every `docs/….md` path (with an optional `#section`) in any file, resolved from the
 *    repository root (or from the file, when it starts with `./` or `../`): the file exists and,
 *    with a section, the page has that heading;
 * 2. every relative link in a Markdown file (`[text](path#section)`), resolved from the file: the
 *    target exists and, for a Markdown page, has the heading;
 * 3. no comment line, and no Markdown line, names the old notes kept outside the repository
 *    (`outsideNotes`);
 * 4. every rule id the domain's data uses (`ruleId`, `ruleIds`, a rule's `id`, `findLawRule`) is
 *    listed in `docs/rules.md`.
 * The test is `packages/domain/src/doc-links.test.ts`, which runs in `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One broken promise, at a 1-based line of a repository file (paths use `/`). */
export interface DocLinkProblem {
  file: string
  line: number
  message: string
}

/** The repository's text files, by path from its root (always with `/`). */
export type RepositoryFiles = ReadonlyMap<string, string>

const skippedFolders = new Set([
  '.git',
  '.cache',
  '.data',
  '.svelte-kit',
  '.turbo',
  'bench-results',
  'build',
  'coverage',
  'dist',
  'node_modules',
  'tools',
])
const checkedExtensions = /\.(?:[cm]?[jt]s|svelte|md|sql|ya?ml)$/
// The checker and its test spell out broken links and outside notes on purpose.
const selfFiles = new Set(['scripts/check-doc-links.ts', 'packages/domain/src/doc-links.test.ts'])

/**
 * Reads every checked file under `root` (source, Markdown, SQL, YAML), skipping dependencies,
 * build output and local data.
 *
 * @example
 * ```ts
 * readRepositoryFiles(process.cwd()).has('docs/rules.md') //=> true
 * ```
 */
export function readRepositoryFiles(root: string): RepositoryFiles {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(relative)
      } else if (entry.isFile() && checkedExtensions.test(entry.name)) {
        files.set(relative, readFileSync(path.join(root, relative), 'utf8'))
      }
    }
  }
  walk('')
  return files
}

/**
 * GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen.
 *
 * @example
 * ```ts
 * headingAnchor("A force's file is not its area") //=> 'a-forces-file-is-not-its-area'
 * ```
 */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = []
  let fence: string | null = null
  text.split('\n').forEach((content, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(content)?.[1]
    if (marker !== undefined) {
      if (fence === null) fence = marker[0] as string
      else if (marker[0] === fence) fence = null
      return
    }
    if (fence === null) lines.push({ line: i + 1, text: content })
  })
  return lines
}

/**
 * The anchors a Markdown page offers: one per heading (repeats get `-1`, `-2` …, as on GitHub)
 * and any `<a id>` or `<a name>`.
 *
 * @example
 * ```ts
 * markdownAnchors('# Gaps\n## Gaps\n') //=> Set { 'gaps', 'gaps-1' }
 * ```
 */
export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const { text } of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1]
    if (heading !== undefined) {
      const base = headingAnchor(heading)
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      anchors.add(count === 0 ? base : `${base}-${count}`)
    }
    for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g))
      anchors.add(match[1] as string)
  }
  return anchors
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length

function isDirectory(files: RepositoryFiles, target: string): boolean {
  const prefix = target === '' ? '' : `${target}/`
  for (const file of files.keys()) if (file.startsWith(prefix)) return true
  return false
}

/**
 * Why `target#anchor` does not resolve, or null when it does. `target` is a path from the
 * repository root; `exists` answers for files the checker does not read (images, JSON).
 */
function unresolved(
  files: RepositoryFiles,
  target: string,
  anchor: string | undefined,
  exists: (target: string) => boolean
): string | null {
  const page = files.get(target)
  if (page === undefined && !isDirectory(files, target) && !exists(target)) {
    return `${target} does not exist`
  }
  if (anchor === undefined || anchor === '' || !target.endsWith('.md')) return null
  if (page === undefined) return `${target} does not exist`
  return markdownAnchors(page).has(anchor) ? null : `${target} has no section #${anchor}`
}

// A docs/… Markdown path, with the path segments before it (to tell relative from root paths).
const docsPath = /[\w./-]*\bdocs\/[\w./-]*?\.md(?:#[\w-]*)?/g
// [text](target) or [text](target "title"); images too.
const markdownLink = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g

function splitAnchor(reference: string): [string, string | undefined] {
  const hash = reference.indexOf('#')
  return hash === -1
    ? [reference, undefined]
    : [reference.slice(0, hash), reference.slice(hash + 1)]
}

function checkDocsPaths(
  files: RepositoryFiles,
  file: string,
  text: string,
  exists: (target: string) => boolean
): DocLinkProblem[] {
  const problems: DocLinkProblem[] = []
  for (const match of text.matchAll(docsPath)) {
    const token = match[0]
    // An absolute path or the rest of a URL (https://…/docs/…) is not a repository path.
    if (token.startsWith('/')) continue
    const [pathPart, anchor] = splitAnchor(token)
    const fromFile = pathPart.startsWith('./') || pathPart.startsWith('../')
    const target = path.posix.normalize(
      fromFile ? path.posix.join(path.posix.dirname(file), pathPart) : pathPart
    )
    const why = unresolved(files, target, anchor, exists)
    if (why !== null) {
      problems.push({ file, line: lineOf(text, match.index), message: `${token}: ${why}` })
    }
  }
  return problems
}

function checkMarkdownLinks(
  files: RepositoryFiles,
  file: string,
  text: string,
  exists: (target: string) => boolean
): { problems: DocLinkProblem[]; rest: string } {
  const problems: DocLinkProblem[] = []
  const lines = text.split('\n')
  for (const { line, text: content } of proseLines(text)) {
    const outsideCode = content.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length))
    for (const match of outsideCode.matchAll(markdownLink)) {
      const link = match[1] as string
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue
      const [pathPart, anchor] = splitAnchor(link)
      const target =
        pathPart === ''
          ? file
          : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart))
      const problem = target.startsWith('..')
        ? `${link} leaves the repository`
        : unresolved(files, target.replace(/\/$/, ''), anchor, exists)
      if (problem !== null) problems.push({ file, line, message: `link ${link}: ${problem}` })
    }
    // Link targets are checked above, relative to the page: blank them for the docs/ path check.
    lines[line - 1] = content.replace(markdownLink, (whole) => ' '.repeat(whole.length))
  }
  return { problems, rest: lines.join('\n') }
}

/**
 * The names of the project's old notes, kept beside the repository and not in it. Code and docs
 * cite `docs/` instead (the local-monitoring note became `docs/local-monitoring.md`).
 *
 * @example
 * ```ts
 * outsideNotes.test('see statutory-rules.md') //=> true
 * ```
 */
export const outsideNotes =
  /statutory-rules|police-data\.md|engineering-notes|product-landscape|DESIGN\.md|shared\/docs/

const commentLine = /^\s*(?:\/\/|\/\*|\*|<!--|--|#)/

function checkOutsideNotes(file: string, text: string): DocLinkProblem[] {
  const markdown = file.endsWith('.md')
  const problems: DocLinkProblem[] = []
  text.split('\n').forEach((content, i) => {
    if (!markdown && !commentLine.test(content)) return
    const found = outsideNotes.exec(content)
    if (found) {
      problems.push({
        file,
        line: i + 1,
        message: `cites "${found[0]}", which is not in the repository: point to docs/ instead`,
      })
    }
  })
  return problems
}

const ruleIdPattern = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/
const gssCode = /^[EWSNK]\d{8}/

/**
 * The rule ids the domain's data uses, with where each first appears: quoted ids after
 * `ruleId:`, `ruleIds: [...]`, `id:` and in `findLawRule(...)`, in non-test source files.
 *
 * @example
 * ```ts
 * ruleIdsUsed(new Map([['packages/domain/src/x.ts', "ruleId: 'CPN-04',"]])).get('CPN-04')
 * //=> { file: 'packages/domain/src/x.ts', line: 1 }
 * ```
 */
export function ruleIdsUsed(files: RepositoryFiles): Map<string, { file: string; line: number }> {
  const used = new Map<string, { file: string; line: number }>()
  for (const [file, text] of files) {
    if (!file.startsWith('packages/domain/src/') || !file.endsWith('.ts')) continue
    if (/\.(test|bench)\.ts$/.test(file) || selfFiles.has(file)) continue
    // Comments (TSDoc examples among them) are not data: blank them, keeping the line numbers.
    const code = text.replace(/^\s*(?:\/\/|\/\*|\*).*$/gm, '')
    const contexts =
      /\b(?:ruleIds?\??\s*:\s*(\[[^\]]*\]|[^\n]*)|id\s*:\s*('[^'\n]*')|findLawRule\(\s*('[^'\n]*'))/g
    for (const match of code.matchAll(contexts)) {
      const span = match[1] ?? match[2] ?? match[3] ?? ''
      for (const quoted of span.matchAll(/'([^'\n]*)'/g)) {
        const id = quoted[1] as string
        if (!ruleIdPattern.test(id) || gssCode.test(id) || used.has(id)) continue
        used.set(id, { file, line: lineOf(code, match.index) })
      }
    }
  }
  return used
}

function checkRuleIds(files: RepositoryFiles): DocLinkProblem[] {
  const rules = files.get('docs/rules.md')
  if (rules === undefined) return [{ file: 'docs/rules.md', line: 1, message: 'missing' }]
  const documented = new Set(rules.match(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g) ?? [])
  return [...ruleIdsUsed(files)]
    .filter(([id]) => !documented.has(id))
    .map(([id, where]) => ({
      ...where,
      message: `rule id ${id} is not listed in docs/rules.md: add its row (source, status, confidence)`,
    }))
}

/**
 * Every broken documentation promise in `files`, sorted by file and line. `exists` says whether
 * a path the checker did not read (an image, a JSON file, a folder) exists.
 *
 * @example
 * ```ts
 * findDocLinkProblems(new Map([['a.ts', '// see docs/nope.md'], ['docs/rules.md', '']]))
 * //=> [{ file: 'a.ts', line: 1, message: 'docs/nope.md: docs/nope.md does not exist' }]
 * ```
 */
export function findDocLinkProblems(
  files: RepositoryFiles,
  exists: (target: string) => boolean = () => false
): DocLinkProblem[] {
  const problems: DocLinkProblem[] = []
  for (const [file, text] of files) {
    if (selfFiles.has(file)) continue
    let scanned = text
    if (file.endsWith('.md')) {
      const links = checkMarkdownLinks(files, file, text, exists)
      problems.push(...links.problems)
      scanned = links.rest
    }
    problems.push(...checkDocsPaths(files, file, scanned, exists))
    problems.push(...checkOutsideNotes(file, text))
  }
  problems.push(...checkRuleIds(files))
  // Code-point order, so the list reads the same in every locale.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
}

/**
 * Checks the repository at `root`.
 *
 * @example
 * ```ts
 * checkRepositoryDocLinks(repositoryRoot) //=> [] when every link resolves
 * ```
 */
export function checkRepositoryDocLinks(root: string): DocLinkProblem[] {
  const exists = (target: string) => {
    try {
      statSync(path.join(root, target))
      return true
    } catch {
      return false
    }
  }
  return findDocLinkProblems(readRepositoryFiles(root), exists)
}

if (import.meta.main) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const problems = checkRepositoryDocLinks(root)
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`)
  if (problems.length > 0) process.exitCode = 1
}

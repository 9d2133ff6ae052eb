// How much JavaScript each page of the built portal loads, gzipped: the budget the issue sets
// is 60 kB a page, checked by page-weight.test.ts against the build output.
//
//   node scripts/page-weight.ts     (after `vite build`) prints every page, heaviest first
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** One chunk of Vite's client manifest (`.vite/manifest.json`), keyed by its source. */
export interface ManifestChunk {
  file: string
  name?: string
  imports?: string[]
  dynamicImports?: string[]
}
export type ClientManifest = Record<string, ManifestChunk>

/** A page route and the nodes it renders: its layouts, then the page itself. */
export interface PageRoute {
  id: string
  nodes: number[]
}

/** What one page loads: its JavaScript files and their gzipped size in bytes. */
export interface PageWeight {
  route: string
  files: string[]
  gzipBytes: number
}

// Route nodes are keyed by their generated source (`…/client-optimized/nodes/3.js`); the
// router loads each when a page needs it, so only a page's own nodes count.
const nodeOf = (key: string): number | null => {
  const match = key.match(/(?:^|\/)nodes\/(\d+)\.js$/)
  return match ? Number(match[1]) : null
}

/** SvelteKit's start-up files (output paths, as the server manifest lists them) and its app entry. */
export interface ClientEntry {
  imports: string[]
  app: string
}

/**
 * The JavaScript files a page loads: SvelteKit's start-up files, then the page's nodes, each
 * with everything they import. Dynamic imports count too (the portal's govuk-frontend script
 * is one, loaded once a page has hydrated), except the app entry's own, which are the router's:
 * other pages' nodes and the error template. Each file is counted once.
 *
 * @example
 * ```ts
 * pageFiles(manifest, { imports: ['_app/immutable/entry/start.js'], app }, [0, 2])
 * //=> ['_app/immutable/entry/start.js', …, '_app/immutable/nodes/2.js']
 * ```
 */
export function pageFiles(manifest: ClientManifest, entry: ClientEntry, nodes: number[]): string[] {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
  const byNode = new Map(
    Object.keys(manifest)
      .filter((key) => nodeOf(key) !== null)
      .map((key) => [nodeOf(key)!, key])
  )
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`the client manifest has no chunk ${key}`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
    if (chunk.file === entry.app) return
    for (const imported of chunk.dynamicImports ?? []) {
      if (nodeOf(imported) === null) visit(imported)
    }
  }
  for (const file of entry.imports) {
    const key = byFile.get(file)
    if (key === undefined) files.add(file)
    else visit(key)
  }
  for (const node of nodes) {
    const key = byNode.get(node)
    if (key === undefined) throw new Error(`the client manifest has no node ${node}`)
    visit(key)
  }
  return [...files].filter((file) => file.endsWith('.js'))
}

/** The built portal: client manifest, start-up files, page routes and a file's gzipped size. */
export interface BuiltPortal {
  manifest: ClientManifest
  entry: ClientEntry
  routes: PageRoute[]
  gzipSize(file: string): number
}

/**
 * Reads the build in `root` (the portal's folder): `.svelte-kit/output`, which `vite build`
 * writes. Files are gzipped at level 9, as adapter-node precompresses them.
 */
export async function readBuild(root: string): Promise<BuiltPortal> {
  const output = join(root, '.svelte-kit', 'output')
  const manifestPath = join(output, 'client', '.vite', 'manifest.json')
  const serverManifestPath = join(output, 'server', 'manifest.js')
  for (const path of [manifestPath, serverManifestPath]) {
    if (!existsSync(path)) {
      throw new Error(
        `${path} is missing: build the portal first (vite build, or pnpm --filter @csp/portal build)`
      )
    }
  }
  const { manifest: server } = (await import(pathToFileURL(serverManifestPath).href)) as {
    manifest: ServerManifest
  }
  const routes = server.routes
    .filter((route) => route.page)
    .map((route) => ({
      id: route.id,
      nodes: [...route.page!.layouts, route.page!.leaf].filter(
        (node): node is number => typeof node === 'number'
      ),
    }))
  return {
    manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as ClientManifest,
    entry: { imports: server.client.imports, app: server.client.app },
    routes,
    gzipSize: (file) => gzipSync(readFileSync(join(output, 'client', file)), { level: 9 }).length,
  }
}

/** The part of SvelteKit's server manifest read here. */
interface ServerManifest {
  client: ClientEntry
  routes: { id: string; page: { layouts: (number | undefined)[]; leaf: number } | null }[]
}

/**
 * Every page of the build with the gzipped size of the JavaScript it loads, heaviest first.
 *
 * @example
 * ```ts
 * pageWeights(await readBuild('.'))[0] //=> { route: '/figures/[measure]', gzipBytes: 40123, … }
 * ```
 */
export function pageWeights(build: BuiltPortal): PageWeight[] {
  const sizes = new Map<string, number>()
  const size = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, build.gzipSize(file))
    return sizes.get(file)!
  }
  return build.routes
    .map(({ id, nodes }) => {
      const files = pageFiles(build.manifest, build.entry, nodes)
      return { route: id, files, gzipBytes: files.reduce((sum, file) => sum + size(file), 0) }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
}

if (import.meta.main) {
  const weights = pageWeights(await readBuild(fileURLToPath(new URL('..', import.meta.url))))
  for (const { route, gzipBytes } of weights) {
    process.stdout.write(`${(gzipBytes / 1000).toFixed(1).padStart(6)} kB  ${route}\n`)
  }
}

// The budget: each page's JavaScript under 60 kB gzipped, measured on the build output
// (turbo builds before it tests; locally, run `vite build` first).
import { globSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pageFiles, pageWeights, readBuild, type ClientManifest } from './page-weight.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const budget = 60_000

describe('pageFiles', () => {
  // A build in miniature: two pages sharing the runtime and a component; the app entry
  // imports every node lazily, and a shared chunk loads a script once the page is running.
  const manifest: ClientManifest = {
    'entry.js': { file: 'start.js', imports: ['_runtime.js'] },
    '_runtime.js': { file: 'runtime.js' },
    'app.js': {
      file: 'app.js',
      imports: ['_runtime.js'],
      dynamicImports: ['nodes/0.js', 'nodes/1.js', 'nodes/2.js', 'error-template.js'],
    },
    'error-template.js': { file: 'error-template.js' },
    'nodes/0.js': { file: 'nodes/0.js', imports: ['_runtime.js', '_enhance.js'] },
    'nodes/1.js': { file: 'nodes/1.js', imports: ['_button.js'] },
    'nodes/2.js': { file: 'nodes/2.js', imports: ['_button.js', '_chart.js'] },
    '_enhance.js': { file: 'enhance.js', dynamicImports: ['govuk.js', 'nodes/2.js'] },
    'govuk.js': { file: 'govuk.js' },
    '_button.js': { file: 'button.js', imports: ['_runtime.js'] },
    '_chart.js': { file: 'chart.js' },
  }
  const entry = { imports: ['start.js', 'runtime.js', 'app.js'], app: 'app.js' }

  it('counts the start-up files, the page’s nodes and what they import, once each', () => {
    expect(pageFiles(manifest, entry, [0, 1]).sort()).toEqual(
      ['start.js', 'runtime.js', 'app.js', 'nodes/0.js', 'enhance.js', 'govuk.js']
        .concat(['nodes/1.js', 'button.js'])
        .sort()
    )
  })

  it('leaves out other pages’ nodes and the error template, which the router loads lazily', () => {
    const files = pageFiles(manifest, entry, [0, 1])
    expect(files).not.toContain('nodes/2.js')
    expect(files).not.toContain('chart.js')
    expect(files).not.toContain('error-template.js')
    expect(pageFiles(manifest, entry, [0, 2])).toContain('chart.js')
  })

  it('refuses a node the manifest does not have', () => {
    expect(() => pageFiles(manifest, entry, [0, 7])).toThrow('the client manifest has no node 7')
  })
})

describe('the built portal', () => {
  it('loads less than 60 kB of gzipped JavaScript on every page', async () => {
    const weights = pageWeights(await readBuild(root))
    // Every page of src/routes is measured (none is missed because the build dropped it).
    const pages = globSync('src/routes/**/+page{.svelte,.server.ts}', { cwd: root }).map(
      (path) => path.replace(/^src\/routes/, '').replace(/\/\+page.*$/, '') || '/'
    )
    expect(weights.map((w) => w.route).sort()).toEqual([...new Set(pages)].sort())
    const heaviest = weights[0]!
    console.info(
      `Heaviest page: ${heaviest.route}, ${(heaviest.gzipBytes / 1000).toFixed(1)} kB of ` +
        `JavaScript gzipped in ${heaviest.files.length} files (budget ${budget / 1000} kB)`
    )
    expect(weights.filter((w) => w.gzipBytes >= budget).map((w) => w.route)).toEqual([])
  })
})

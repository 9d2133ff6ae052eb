import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { widgetManifestOf, type WidgetManifest } from '../scripts/widget-manifest.ts'

// The size budget over the built script (pnpm test builds it first).

const dist = new URL('../dist/', import.meta.url)
const script = readFileSync(new URL('csp-widget.js', dist))
const budgetBytes = 20_000

test(`csp-widget.js is at most ${budgetBytes / 1000} kB gzipped (level 9)`, () => {
  const gzipped = gzipSync(script, { level: 9 }).length
  expect(gzipped, `${gzipped} bytes gzipped`).toBeLessThanOrEqual(budgetBytes)
})

test(`csp-case-review-figures.js is at most ${budgetBytes / 1000} kB gzipped too`, () => {
  const figures = readFileSync(new URL('csp-case-review-figures.js', dist))
  const gzipped = gzipSync(figures, { level: 9 }).length
  expect(gzipped, `${gzipped} bytes gzipped`).toBeLessThanOrEqual(budgetBytes)
})

test('csp-widget.json describes the script as built', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('csp-widget.json', dist), 'utf8')
  ) as WidgetManifest
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  expect(manifest).toEqual(widgetManifestOf(script, version, 'csp-widget.js'))
  expect(manifest.sri).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/)
})

test('the script is one self-contained file that fetches nothing but the table', () => {
  const source = script.toString('utf8')
  expect(source).not.toMatch(/\bimport\s*\(|importScripts|\bXMLHttpRequest\b|sourceMappingURL/)
  expect(source.match(/\bfetch\(/g)).toHaveLength(1)
})

import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** dist/csp-widget.json: what the API needs to serve and publish the script. */
export interface WidgetManifest {
  /** The package version, for a versioned URL. */
  version: string
  /** The script's file name in dist/. */
  file: string
  /** Subresource Integrity value for the snippet's `integrity` attribute. */
  sri: string
  /** The first 16 hex digits of the script's SHA-256, for a cache-busting URL. */
  contentHash: string
  bytes: number
  /** gzip level 9, the size the budget test holds under 20 kB. */
  gzipBytes: number
}

/**
 * Builds the manifest of a built script.
 *
 * @example
 * ```ts
 * widgetManifestOf(readFileSync('dist/csp-widget.js'), '0.1.0', 'csp-widget.js').sri
 * //=> 'sha384-…'
 * ```
 */
export function widgetManifestOf(script: Buffer, version: string, file: string): WidgetManifest {
  return {
    version,
    file,
    sri: `sha384-${createHash('sha384').update(script).digest('base64')}`,
    contentHash: createHash('sha256').update(script).digest('hex').slice(0, 16),
    bytes: script.length,
    gzipBytes: gzipSync(script, { level: 9 }).length,
  }
}

/** Writes dist/csp-widget.json once the script is on disk. */
export function widgetManifest(): Plugin {
  let outDir = 'dist'
  let root = '.'
  return {
    name: 'csp-widget-manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      const file = 'csp-widget.js'
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string
      }
      const manifest = widgetManifestOf(readFileSync(join(outDir, file)), version, file)
      writeFileSync(join(outDir, 'csp-widget.json'), JSON.stringify(manifest, null, 2) + '\n')
    },
  }
}

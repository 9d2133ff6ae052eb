import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { widgetManifest } from './scripts/widget-manifest.ts'

const tag = 'csp-crime-table'

// `vite build` makes the embeddable script, dist/csp-widget.js (IIFE, everything inlined) and
// its manifest; `vite build --mode server` makes dist/server.js, the server-side renderer and
// iframe page for the API (ESM, for Node). `pnpm test` and `pnpm bench` rebuild the script
// with --emptyOutDir=false, so a package that uses dist/server.js meanwhile never sees it go.
export default defineConfig(({ mode }) =>
  mode === 'figures'
    ? {
        // `vite build --mode figures`: <csp-case-review-figures>, a script of its own.
        build: {
          target: 'es2022',
          emptyOutDir: false,
          lib: {
            entry: 'src/figures-main.ts',
            formats: ['iife'],
            name: 'CspCaseReviewFigures',
            fileName: () => 'csp-case-review-figures.js',
          },
        },
      }
    : mode === 'server'
      ? {
          build: {
            target: 'node22',
            emptyOutDir: false,
            minify: false,
            lib: { entry: 'src/server.ts', formats: ['es'], fileName: () => 'server.js' },
            rolldownOptions: { external: [/^node:/] },
          },
        }
      : {
          plugins: [
            // Plain components: src/element.svelte.ts is the custom element (see why there).
            svelte({ compilerOptions: { customElement: false } }),
            widgetManifest(),
          ],
          build: {
            target: 'es2022',
            lib: {
              entry: 'src/main.ts',
              formats: ['iife'],
              name: 'CspWidget',
              fileName: () => 'csp-widget.js',
            },
            rolldownOptions: {
              output: {
                // A second copy of the script on the page does nothing at all, not even create
                // Svelte's Trusted Types policy (which a strict CSP would refuse twice).
                banner: `if(!customElements.get(${JSON.stringify(tag)})){`,
                footer: '}',
              },
            },
          },
        }
)

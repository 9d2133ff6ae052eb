import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { widgetManifest } from './scripts/widget-manifest.ts'

const tag = 'csp-crime-table'

// `vite build` makes the embeddable script, dist/csp-widget.js (IIFE, everything inlined) and
// its manifest; `vite build --mode server` makes dist/server.js, the iframe page for the API
// (ESM, for Node), rendering the same Figures.svelte with svelte/server. `pnpm test` and `pnpm bench` rebuild the script
// with --emptyOutDir=false, so a package that uses dist/server.js meanwhile never sees it go.
export default defineConfig(({ mode }) =>
  mode === 'figures'
    ? {
        // <csp-case-review-figures>, the published ASB Case Review figures: a script of its own
        // (dist/csp-case-review-figures.js).
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
    : mode === 'local-areas'
      ? {
          // The second element, <csp-local-areas>: a script of its own (dist/csp-local-areas.js).
          build: {
            target: 'es2022',
            emptyOutDir: false,
            lib: {
              entry: 'src/local-areas/main.ts',
              formats: ['iife'],
              name: 'CspLocalAreas',
              fileName: () => 'csp-local-areas.js',
            },
            rolldownOptions: {
              output: {
                banner: `if(!customElements.get("csp-local-areas")){`,
                footer: '}',
              },
            },
          },
        }
      : mode === 'server'
        ? {
            // Figures.svelte compiled for the server (svelte/server), with Svelte bundled in: the
            // API runs dist/server.js without the widget's devDependencies.
            plugins: [svelte()],
            ssr: { noExternal: true },
            build: {
              ssr: true,
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

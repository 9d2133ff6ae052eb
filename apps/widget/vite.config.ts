import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { widgetManifest } from './scripts/widget-manifest.ts'

const tag = 'csp-crime-table'

// `vite build` makes the embeddable script, dist/csp-widget.js (IIFE, everything inlined) and
// its manifest; `vite build --mode server` makes dist/render-html.js, the server-side renderer
// for the iframe page (ESM, for Node).
export default defineConfig(({ mode }) =>
  mode === 'server'
    ? {
        build: {
          target: 'node22',
          emptyOutDir: false,
          minify: false,
          lib: { entry: 'src/render-html.ts', formats: ['es'], fileName: () => 'render-html.js' },
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

// Time from the script's request to a rendered table in Chromium, median of 20 cold loads
// (a fresh browser context each time, so nothing is cached). A benchmark, not a test: it
// prints and records numbers and never fails on them.
//
//   pnpm --filter @csp/widget bench
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { startApi } from '../test/support/api.ts'
import { chromiumOptions } from '@csp/browser-testing'
import { htmlPage, snippet, startHost } from '../test/support/host.ts'

const loads = Number(process.env['BENCH_LOADS'] ?? 20)

// Runs in the page: notes the moment the widget's shadow root first holds its table caption.
const watcher = `<script>
customElements.whenDefined('csp-crime-table').then(() => {
  const root = document.querySelector('csp-crime-table').shadowRoot
  const done = () => root.querySelector('caption') && (window.__tableAt = performance.now())
  if (!done()) {
    const observer = new MutationObserver(() => done() && observer.disconnect())
    observer.observe(root, { childList: true, subtree: true })
  }
})
</script>`

interface Sample {
  /** Script request start → table in the shadow root. */
  total: number
  /** Script request start → script downloaded. */
  script: number
  /** The table's JSON request, start to end. */
  data: number
}

const api = await startApi()
const host = await startHost({
  '/': { body: htmlPage({ body: `${snippet(api.url)}${watcher}` }) },
})
const browser = await chromium.launch(chromiumOptions)

const samples: Sample[] = []
try {
  // One warm-up load (Chromium's own start-up costs), not counted.
  for (let i = 0; i <= loads; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${host.url}/`)
    await page.waitForFunction(() => '__tableAt' in window)
    const sample = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const script = entries.find((e) => e.name.endsWith('/widget/csp-widget.js'))!
      const data = entries.find((e) => e.name.includes('/v1/crime-tables/'))!
      const tableAt = (window as unknown as { __tableAt: number }).__tableAt
      return {
        total: tableAt - script.startTime,
        script: script.responseEnd - script.startTime,
        data: data.responseEnd - data.startTime,
      }
    })
    if (i > 0) samples.push(sample)
    await context.close()
  }
} finally {
  await browser.close()
  await host.close()
  await api.close()
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const summary = Object.fromEntries(
  (['total', 'script', 'data'] as const).map((key) => {
    const values = samples.map((s) => s[key])
    const round = (n: number) => Math.round(n * 10) / 10
    return [
      key,
      {
        median: round(quantile(values, 0.5)),
        p90: round(quantile(values, 0.9)),
        min: round(Math.min(...values)),
      },
    ]
  })
)

console.log(`<csp-crime-table>, ${samples.length} cold loads in Chromium (ms)`)
console.table(summary)
console.log(`script load → rendered table, median: ${summary['total']!.median} ms`)

const out = new URL('../bench-results/', import.meta.url)
mkdirSync(out, { recursive: true })
writeFileSync(
  new URL('load.json', out),
  JSON.stringify({ loads: samples.length, node: process.version, summary }, null, 2) + '\n'
)

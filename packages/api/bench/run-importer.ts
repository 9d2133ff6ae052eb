// One benchmark leg: the @csp/domain police.uk importer over the files, single-threaded, reading
// each file as a stream exactly as `csp police-uk summarise` does. Prints one JSON line.
import { createReadStream } from 'node:fs'
import { createPoliceUkAggregator } from '@csp/domain'

const files = process.argv.slice(2)
const started = performance.now()
const aggregator = createPoliceUkAggregator()
for (const file of files) {
  await aggregator.add(createReadStream(file, { highWaterMark: 1 << 20 }), { file })
}
const result = aggregator.result()
const seconds = (performance.now() - started) / 1000
console.log(
  JSON.stringify({
    rows: result.rows,
    groups: result.counts.length,
    seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })
)

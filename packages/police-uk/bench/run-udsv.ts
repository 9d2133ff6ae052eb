// One benchmark leg: a JavaScript CSV library (uDSV, incremental string parsing) doing the same
// grouping (month × force × LSOA code × crime type) as a plain Map of string keys, on this
// thread. Timed from the start to every file grouped. Prints one JSON line.
import { createReadStream } from 'node:fs'
import { initParser, inferSchema, type Parser } from 'udsv'
import { cpuSince, GroupCounts, peakRssMB, report } from './groups.ts'

const files = process.argv.slice(2)
const started = performance.now()
const cpuStarted = process.cpuUsage()
const counts = new Map<string, number>()
for (const file of files) {
  let parser: Parser | undefined
  const count = (row: string[]) => {
    const key = `${row[1]}|${row[2]}|${row[7]}|${row[9]}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 18 })) {
    parser ??= initParser(inferSchema(text as string, { col: ',', row: '\n', encl: '"' }))
    parser.chunk<string[]>(text as string, parser.stringArrs, count)
  }
  parser?.end()
}
const seconds = (performance.now() - started) / 1000
const cpuSeconds = cpuSince(cpuStarted)
const maxRssMB = peakRssMB()
report({ seconds, cpuSeconds, maxRssMB }, () => {
  const groups = new GroupCounts()
  for (const [key, n] of counts) {
    const [month = '', force = '', lsoa = '', crimeType = ''] = key.split('|')
    groups.add(month, force, lsoa === '' ? null : lsoa, crimeType, n)
  }
  return groups.summary()
})

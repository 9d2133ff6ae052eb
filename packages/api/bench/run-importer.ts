// One benchmark leg: the @csp/domain police.uk importer over the files, single-threaded, read
// through the very function `csp police-uk summarise` uses (one reused buffer, plain reads).
// Prints one JSON line. Peak RSS is the whole process's, module loading included.
import { inputFiles } from '../src/cli/input-files.ts'
import type { CliIo } from '../src/cli/io.ts'
import { readPoliceUkFiles } from '../src/cli/read-police-uk.ts'

const loadedRssMB = process.resourceUsage().maxRSS / 1024
const io: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  interactive: false,
  cwd: process.cwd(),
  now: () => performance.now(),
}
const files = inputFiles(process.argv.slice(2), io.cwd)
const started = performance.now()
const result = await readPoliceUkFiles(files, io)
const seconds = (performance.now() - started) / 1000
console.log(
  JSON.stringify({
    rows: result.rows,
    groups: result.counts.length,
    seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    loadedRssMB,
  })
)

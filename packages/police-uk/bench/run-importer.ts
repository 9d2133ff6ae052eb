// One benchmark leg: the police.uk importer over the files, on this thread (`--workers N`: on
// N worker threads), read through the functions `csp police-uk` uses. Timed from the start to
// every file read into the aggregator's tally; the groups are then summarised, untimed, to be
// compared with the other legs'. Prints one JSON line.
import { readPoliceUkFiles, readPoliceUkFilesInWorkers } from '../src/index.ts'
import { cpuSince, peakRssMB, report } from './groups.ts'
import { importerGroups } from './importer-groups.ts'

const args = process.argv.slice(2)
const workers = args[0] === '--workers' ? Number(args[1]) : 0
const files = (workers > 0 ? args.slice(2) : args).map((path) => ({ path }))
const loadedRssMB = peakRssMB()
const started = performance.now()
const cpuStarted = process.cpuUsage()
const aggregator =
  workers > 0
    ? await readPoliceUkFilesInWorkers(files, { workers })
    : await readPoliceUkFiles(files)
const seconds = (performance.now() - started) / 1000
const cpuSeconds = cpuSince(cpuStarted)
const maxRssMB = peakRssMB()
report({ seconds, cpuSeconds, maxRssMB, loadedRssMB }, () => importerGroups(aggregator))

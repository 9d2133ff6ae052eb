// One benchmark leg: DuckDB doing the importer's finer grouping (month × force × LSOA code ×
// crime type) over the same files, into a table. Timed from the start to the table made; its
// groups are then summarised, untimed. Run as a child process so its peak RSS is its own.
import { DuckDBInstance } from '@duckdb/node-api'
import { cpuSince, GroupCounts, peakRssMB, report, timeOnly } from './groups.ts'

const [threads, ...files] = process.argv.slice(2)
const started = performance.now()
const cpuStarted = process.cpuUsage()
const instance = await DuckDBInstance.create(
  ':memory:',
  threads === 'default' ? {} : { threads: String(threads) }
)
const connection = await instance.connect()
const list = files.map((file) => `'${file.replaceAll("'", "''")}'`).join(', ')
await connection.run(`
  CREATE TABLE groups AS
  SELECT "Month" AS month, "Reported by" AS force, "LSOA code" AS lsoa, "Crime type" AS crime_type,
         count(*) AS n
  FROM read_csv([${list}], header = true, all_varchar = true)
  GROUP BY ALL`)
const seconds = (performance.now() - started) / 1000
const cpuSeconds = cpuSince(cpuStarted)
const maxRssMB = peakRssMB()
const groups = new GroupCounts()
if (!timeOnly) {
  const result = await connection.stream('SELECT month, force, lsoa, crime_type, n FROM groups')
  for await (const rows of result.yieldRows()) {
    for (const [month, force, lsoa, crimeType, n] of rows) {
      const code = lsoa === null ? null : String(lsoa)
      groups.add(String(month), String(force), code, String(crimeType), Number(n))
    }
  }
}
connection.closeSync()
instance.closeSync()
report({ seconds, cpuSeconds, maxRssMB }, () => groups.summary())

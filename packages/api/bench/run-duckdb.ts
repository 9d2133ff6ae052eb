// One benchmark leg: DuckDB doing the importer's grouping (month × district × crime type) over
// the same files. Run as a child process so its peak RSS is its own. Prints one JSON line.
import { DuckDBInstance } from '@duckdb/node-api'

const [threads, ...files] = process.argv.slice(2)
const started = performance.now()
const instance = await DuckDBInstance.create(
  ':memory:',
  threads === 'default' ? {} : { threads: String(threads) }
)
const connection = await instance.connect()
const list = files.map((file) => `'${file.replaceAll("'", "''")}'`).join(', ')
const reader = await connection.runAndReadAll(`
  SELECT "Month" AS month,
         regexp_replace("LSOA name", ' [0-9]{3}[A-Z]$', '') AS district,
         "Crime type" AS crime_type,
         count(*) AS n
  FROM read_csv([${list}], header = true, all_varchar = true)
  GROUP BY ALL`)
const groups = reader.getRowObjects()
const total = groups.reduce((sum, row) => sum + Number(row.n), 0)
const seconds = (performance.now() - started) / 1000
connection.closeSync()
instance.closeSync()
console.log(
  JSON.stringify({
    rows: total,
    groups: groups.length,
    seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })
)

// `pnpm bench:api`: the built API against a bare Hono app serving the same bytes, on PGlite
// and (when DATABASE_URL is set) on PostgreSQL, in one run. Legs, per database:
//   1. the public crime-table route under 64 connections, beside bare Hono sending the same
//      answer (req/s, p99), and two more yardsticks (see publicReadLeg);
//   2. the API's resident memory after that load;
//   3. a signed-in list of 1,000 case reviews under load (p99);
//   4. a year of a force's police.uk files imported through the API while /healthz, the public
//      route and sign-ins are sampled (p99 of each: imports must not stop the service);
// and once: `csp import police-uk` of 24 months, its peak RSS.
// Writes bench-results/api.json. Timings on a shared 2-core machine are noisy: read the
// ratios, and the p99s against their targets, from one run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliImportLeg } from './cli-import.ts'
import { caseReviewListLeg } from './case-review-list.ts'
import { importStallLeg } from './import-stall.ts'
import { interleaved, load, type LoadResult } from './load.ts'
import { signIn } from './sign-in.ts'
import {
  pgliteTarget,
  postgresTarget,
  startApi,
  startReference,
  type Target,
} from './server-process.ts'

const seconds = Number(process.env['BENCH_SECONDS'] ?? 60)
const connections = 64
const publicRoute = '/v1/crime-tables/anti-social-behaviour/2023'

// Headers a server writes for itself, or per answer, rather than the app's.
const ownHeaders = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
])

async function publicReadLeg(apiUrl: string) {
  const answer = await fetch(apiUrl + publicRoute)
  const body = Buffer.from(await answer.arrayBuffer())
  const headers = Object.fromEntries([...answer.headers].filter(([name]) => !ownHeaders.has(name)))
  const dir = mkdtempSync(join(tmpdir(), 'csp-bench-body-'))
  const bodyFile = join(dir, 'body.json')
  const headersFile = join(dir, 'headers.json')
  writeFileSync(bodyFile, body)
  writeFileSync(headersFile, JSON.stringify(headers))
  // The yardstick sends the API's answer as it is, headers and all. The same body with a
  // Content-Type alone is measured too, and node:http alone sending the API's headers: what
  // those headers cost any server (and the load generator, which parses them on the same cores).
  const bare = await startReference('bare-hono', bodyFile, headersFile)
  const bareBodyOnly = await startReference('bare-hono', bodyFile)
  const nodeHttp = await startReference('node-http', bodyFile, headersFile)
  try {
    const urls = {
      bareHono: bare.url + publicRoute,
      api: apiUrl + publicRoute,
      bareHonoBodyOnly: bareBodyOnly.url + publicRoute,
      nodeHttp: nodeHttp.url + publicRoute,
    }
    // A short warm-up of each, so none pays for JIT compilation in its figures.
    for (const url of Object.values(urls)) await load(url, { connections, seconds: 3 })
    // Then turn about, in 2-second slices, so that a shared machine's slow spells fall on all.
    const runs = await interleaved(urls, { connections, seconds })
    const ratio = (a: LoadResult, b: LoadResult) =>
      Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100
    return {
      route: publicRoute,
      bodyBytes: body.byteLength,
      headers: Object.keys(headers).length,
      connections,
      seconds,
      ...runs,
      ratio: ratio(runs.api, runs.bareHono),
      ratioToBodyOnly: ratio(runs.api, runs.bareHonoBodyOnly),
      nodeHttpRatioToBodyOnly: ratio(runs.nodeHttp, runs.bareHonoBodyOnly),
    }
  } finally {
    await Promise.all([bare.stop(), bareBodyOnly.stop(), nodeHttp.stop()])
  }
}

async function databaseLegs(target: Target) {
  const api = await startApi(target)
  try {
    const publicRead = await publicReadLeg(api.url)
    const rssAfterLoadMB = Math.round(api.rssMB())
    const token = await signIn(api.url)
    const caseReviewList = await caseReviewListLeg(api.url, token, { connections, seconds: 20 })
    const importStall = await importStallLeg(api.url, token, publicRoute)
    return { database: target.name, publicRead, rssAfterLoadMB, caseReviewList, importStall }
  } finally {
    await api.stop()
    await target.drop()
  }
}

const results = [await databaseLegs(await pgliteTarget())]
const databaseUrl = process.env['DATABASE_URL']
if (databaseUrl) results.push(await databaseLegs(await postgresTarget(databaseUrl)))
const cliImport = await cliImportLeg(await pgliteTarget())

const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  targets: {
    publicReadRatio: 0.8,
    publicReadP99Ms: 10,
    caseReviewListP99Ms: 50,
    rssAfterLoadMB: 300,
    cliImportPeakRssMB: 400,
    duringImportP99Ms: { healthz: 50, publicRead: 50, signIn: 500 },
  },
  results,
  cliImport,
}
const out = join(import.meta.dirname, '..', '..', 'bench-results', 'api.json')
mkdirSync(join(out, '..'), { recursive: true })
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)

for (const r of results) {
  const { api, bareHono } = r.publicRead
  console.log(`\n${r.database}`)
  console.log(
    `  ${publicRoute}: ${api.requestsPerSecond} req/s p99 ${api.p99Ms} ms; bare Hono (same answer) ${bareHono.requestsPerSecond} req/s p99 ${bareHono.p99Ms} ms; ratio ${r.publicRead.ratio}×`
  )
  const { bareHonoBodyOnly, nodeHttp } = r.publicRead
  console.log(
    `    bare Hono (body, Content-Type only) ${bareHonoBodyOnly.requestsPerSecond} req/s: API ${r.publicRead.ratioToBodyOnly}×, node:http with the API's ${r.publicRead.headers} headers ${nodeHttp.requestsPerSecond} req/s ${r.publicRead.nodeHttpRatioToBodyOnly}×`
  )
  console.log(`  RSS after ${seconds} s of load: ${r.rssAfterLoadMB} MB`)
  const list = r.caseReviewList
  console.log(
    `  case reviews (${list.records} records, signed in): ${list.load.requestsPerSecond} req/s p99 ${list.load.p99Ms} ms`
  )
  const s = r.importStall
  console.log(
    `  during import of ${s.files} files (${s.megabytes} MB, ${s.seconds} s): /healthz p99 ${s.healthz.p99Ms} ms, public p99 ${s.publicRead.p99Ms} ms, sign-in p99 ${s.signIn.p99Ms} ms (failures ${s.healthz.failures}/${s.publicRead.failures}/${s.signIn.failures})`
  )
  const idle = s.withoutImport
  console.log(
    `  same samplers, no import (10 s): /healthz p99 ${idle.healthz.p99Ms} ms, public p99 ${idle.publicRead.p99Ms} ms, sign-in p50 ${idle.signIn.p50Ms} p99 ${idle.signIn.p99Ms} ms (failures ${idle.healthz.failures}/${idle.publicRead.failures}/${idle.signIn.failures})`
  )
}
console.log(
  `\ncsp import police-uk of ${cliImport.months} months (${cliImport.megabytes} MB): peak RSS ${cliImport.peakRssMB} MB, ${cliImport.seconds} s`
)
console.log(`written ${out}`)

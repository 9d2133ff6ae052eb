// Leg: a year of one force's police.uk files uploaded through the API, one after another,
// while /healthz, the public route and sign-ins are sampled. Imports must not stop the service.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { generateNationalSet } from '../../../police-uk/bench/generate.ts'
import { setTimeout as sleep } from 'node:timers/promises'
import { sample } from './load.ts'

/**
 * Analysts to sign in as, each from an address of their own (TEST-NET-1, through the proxy the
 * bench's API trusts): sign-ins are limited per email and per source (100 in 15 minutes).
 */
async function analysts(url: string, token: string, count: number) {
  const orgs = (await (
    await fetch(`${url}/v1/organisations`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { items: { id: string }[] }
  const organisationId = orgs.items[0]?.id
  const people = []
  for (let i = 0; i < count; i++) {
    const who = { email: `analyst${i}@bench.example`, password: `analyst passphrase ${i} bench` }
    const res = await fetch(`${url}/v1/users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...who, name: `Analyst ${i}`, role: 'analyst', organisationId }),
    })
    if (res.status !== 201)
      throw new Error(`adding a user answered ${res.status}: ${await res.text()}`)
    people.push({ who, address: `192.0.2.${i + 1}` })
  }
  return people
}

export async function importStallLeg(url: string, token: string, publicRoute: string) {
  const set = await generateNationalSet({
    dir: join(process.env['BENCH_DIR'] ?? tmpdir(), 'csp-bench-api-force-year'),
    forces: 1,
    months: 12,
    rowsPerForceMonth: 10_500,
    seed: 2024,
    firstMonth: '2024-01',
  })
  const people = await analysts(url, token, 8)
  let signIns = 0
  const upload = async () => {
    const started = performance.now()
    for (const file of set.files) {
      const res = await fetch(`${url}/v1/imports/police-uk?file=${basename(file)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
        body: readFileSync(file),
      })
      const job = (await res.json()) as { status: string; error?: string }
      if (res.status !== 202 || job.status !== 'succeeded')
        throw new Error(`import of ${file} answered ${res.status}: ${JSON.stringify(job)}`)
    }
    return (performance.now() - started) / 1000
  }
  // The same samplers while nothing is imported, then during the import: what the import
  // costs is the difference (a sign-in hashes its password, about 65 ms of a core, anyway).
  const samplers = (until: Promise<unknown>) =>
    Promise.all([
      sample(() => fetch(`${url}/healthz`), { concurrency: 2, expect: 200, pauseMs: 20, until }),
      sample(() => fetch(url + publicRoute), { concurrency: 2, expect: 200, pauseMs: 20, until }),
      sample(
        () => {
          const { who, address } = people[signIns++ % people.length]!
          return fetch(`${url}/v1/auth/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
            body: JSON.stringify(who),
          })
        },
        { concurrency: 1, expect: 201, pauseMs: 250, until }
      ),
    ])
  const [idleHealthz, idlePublicRead, idleSignIn] = await samplers(sleep(10_000))
  const importing = upload()
  const [seconds, [healthz, publicRead, signIn]] = await Promise.all([
    importing,
    samplers(importing),
  ])
  return {
    files: set.files.length,
    rows: set.rows,
    megabytes: Math.round(set.bytes / 1e6),
    seconds: Math.round(seconds * 10) / 10,
    healthz,
    publicRead,
    signIn,
    withoutImport: { healthz: idleHealthz, publicRead: idlePublicRead, signIn: idleSignIn },
  }
}

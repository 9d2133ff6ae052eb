// Load generation: autocannon (in this process) for throughput legs, and a sampler that
// records the latency of each request for legs that run beside something else.
import autocannon from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
}

/**
 * Loads `url` with `connections` keep-alive connections for `seconds`. With `latencies`, the
 * time of every response is added to it as well.
 */
export async function load(
  url: string,
  options: {
    connections: number
    seconds: number
    headers?: Record<string, string>
    latencies?: number[]
  }
): Promise<LoadResult> {
  let instance: autocannon.Instance | undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    const settings = {
      url,
      connections: options.connections,
      duration: options.seconds,
      headers: options.headers ?? {},
    }
    instance = autocannon(settings, (error, result) => (error ? reject(error) : resolve(result)))
  })
  const latencies = options.latencies
  if (latencies) instance?.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  const result = await done
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/**
 * Loads each URL for `seconds` in all, taking turns in slices of `sliceSeconds` (2 s by
 * default) in the order a, b, b, a, a, b, …: the speed of a shared machine drifts within
 * seconds, and short turns in mirrored order give both the same machine. Requests per second
 * are over all the slices; p50 and p99 are over every response of every slice.
 */
export async function interleaved<K extends string>(
  urls: Record<K, string>,
  options: { connections: number; seconds: number; sliceSeconds?: number }
): Promise<Record<K, LoadResult & { slices: number; sliceSeconds: number }>> {
  const names = Object.keys(urls) as K[]
  const sliceSeconds = options.sliceSeconds ?? 2
  const slices = Math.max(1, Math.round(options.seconds / sliceSeconds))
  const runs = new Map<K, { results: LoadResult[]; latencies: number[] }>(
    names.map((name) => [name, { results: [], latencies: [] }])
  )
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? names : [...names].reverse()
    for (const name of order) {
      const run = runs.get(name)!
      const result = await load(urls[name], {
        connections: options.connections,
        seconds: sliceSeconds,
        latencies: run.latencies,
      })
      run.results.push(result)
    }
  }
  const combined = {} as Record<K, LoadResult & { slices: number; sliceSeconds: number }>
  for (const name of names) {
    const { results, latencies } = runs.get(name)!
    const sum = (pick: (r: LoadResult) => number) => results.reduce((n, r) => n + pick(r), 0)
    const all = summarise(latencies)
    combined[name] = {
      requestsPerSecond: Math.round(sum((r) => r.requests) / (sliceSeconds * results.length)),
      p50Ms: all.p50Ms,
      p99Ms: all.p99Ms,
      requests: sum((r) => r.requests),
      non2xx: sum((r) => r.non2xx),
      errors: sum((r) => r.errors),
      slices: results.length,
      sliceSeconds,
    }
  }
  return combined
}

/** Latencies in milliseconds, summarised with nearest-rank percentiles. */
export function summarise(times: readonly number[], failures = 0) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  const round = (ms: number) => Math.round(ms * 10) / 10
  return {
    requests: times.length,
    failures,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? NaN),
  }
}

/**
 * Sends `request` again and again, `concurrency` at a time, until `stop` resolves; records
 * each one's latency. A request that fails or answers with an unexpected status counts as a
 * failure (and its time is kept: a reset connection is as slow as it was).
 */
export async function sample(
  request: () => Promise<Response>,
  options: { concurrency: number; expect: number; pauseMs?: number; until: Promise<unknown> }
) {
  let running = true
  void options.until.finally(() => (running = false))
  const times: number[] = []
  let failures = 0
  const worker = async () => {
    while (running) {
      const started = performance.now()
      try {
        const response = await request()
        await response.arrayBuffer()
        if (response.status !== options.expect) failures += 1
      } catch {
        failures += 1
      }
      times.push(performance.now() - started)
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs))
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  return summarise(times, failures)
}

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

/** Loads `url` with `connections` keep-alive connections for `seconds`. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  })
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
 * Loads each URL for `seconds` in all, in `slices` turns about (a, b, a, b, …), so that a
 * slow spell of a shared machine falls on each alike. Requests per second are over all the
 * slices; p50 and p99 are the highest of any slice (a latency is never averaged away).
 */
export async function interleaved<K extends string>(
  urls: Record<K, string>,
  options: { connections: number; seconds: number; slices: number }
): Promise<Record<K, LoadResult & { slices: LoadResult[] }>> {
  const names = Object.keys(urls) as K[]
  const runs = new Map<K, LoadResult[]>(names.map((name) => [name, []]))
  const sliceSeconds = Math.max(1, Math.round(options.seconds / options.slices))
  for (let slice = 0; slice < options.slices; slice++) {
    for (const name of names) {
      const result = await load(urls[name], {
        connections: options.connections,
        seconds: sliceSeconds,
      })
      runs.get(name)?.push(result)
    }
  }
  const combined = {} as Record<K, LoadResult & { slices: LoadResult[] }>
  for (const name of names) {
    const slices = runs.get(name) ?? []
    const sum = (pick: (r: LoadResult) => number) => slices.reduce((n, r) => n + pick(r), 0)
    combined[name] = {
      requestsPerSecond: Math.round(sum((r) => r.requests) / (sliceSeconds * slices.length)),
      p50Ms: Math.max(...slices.map((r) => r.p50Ms)),
      p99Ms: Math.max(...slices.map((r) => r.p99Ms)),
      requests: sum((r) => r.requests),
      non2xx: sum((r) => r.non2xx),
      errors: sum((r) => r.errors),
      slices,
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

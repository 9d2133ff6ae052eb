import type { MiddlewareHandler } from 'hono'
import type { Clock } from '../clock.ts'
import type { AppEnv } from './env.ts'

/** One structured log line. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error'
  msg: string
  [field: string]: unknown
}

/** Where log lines go. Injected, so tests stay silent and production writes JSON lines. */
export type Logger = (entry: LogEntry) => void

// Lines gathered but not yet written are written when the process exits.
const pendingFlushes = new Set<() => void>()
process.once('exit', () => {
  for (const flush of pendingFlushes) flush()
})

// How long request lines are gathered before they are written.
const gatherMs = 50

/**
 * A logger that writes each entry as one JSON line (stdout by default). Request lines, one per
 * request, are gathered and written together every 50 ms (or as soon as 64 KiB are
 * gathered): a write to stdout is a system call, and one per request cost the public reads a
 * quarter of their time. Any other line is written at once, after those gathered before it;
 * lines still gathered when the process exits are written then.
 *
 * @example
 * ```ts
 * createApp({ db, config: { logger: jsonLogger() } })
 * // {"time":"2025-04-01T09:00:00.000Z","level":"info","msg":"request","requestId":"…",…}
 * ```
 */
export function jsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(line)
): Logger {
  let gathered = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (gathered === '') return
    const lines = gathered
    gathered = ''
    write(lines)
  }
  pendingFlushes.add(flush)
  return (entry: LogEntry): void => {
    gathered += (entry instanceof RequestLine ? entry.json() : JSON.stringify(entry)) + '\n'
    if (entry.msg !== 'request' || gathered.length >= 65_536) flush()
    // Unreferenced: a process with nothing else to do exits, and writes the lines as it does.
    else timer ??= setTimeout(flush, gatherMs).unref()
  }
}

// drizzle's "Failed query" error appends every bound parameter to its message (and so to its
// stack): names, phone numbers, addresses. Nothing from that line on is ever logged.
const parameters = /\n?params: [\s\S]*$/
const frame = /^\s+at /

const scrub = (message: string) => message.replace(parameters, ' (parameters not logged)')

/**
 * An error as one log field: its name, message and stack frames, then its causes, with any
 * query parameters taken out (a failed query's parameters are the request's personal data).
 * Every error the API logs goes through this.
 *
 * @example
 * ```ts
 * describeError(new Error('Failed query: insert …\nparams: Alex Example,01283 000000'))
 * //=> 'Error: Failed query: insert … (parameters not logged)\n    at …'
 * ```
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return scrub(String(error))
  const stack = error.stack ?? ''
  // The stack repeats the message (parameters and all) before its frames: keep only frames.
  const afterMessage = stack.includes(error.message)
    ? stack.slice(stack.indexOf(error.message) + error.message.length)
    : stack
  const frames = afterMessage.split('\n').filter((line) => frame.test(line))
  let text = [`${error.name}: ${scrub(error.message)}`, ...frames].join('\n')
  if (error.cause !== undefined && depth < 4) {
    text += `\ncaused by: ${describeError(error.cause, depth + 1)}`
  }
  return text
}

let lastTime = NaN
let lastIso = ''

/**
 * The instant as a log line writes it (ISO 8601, UTC). Formatting a date costs more than the
 * rest of a request line; a busy server logs many requests in the same millisecond, so the
 * last one is kept.
 *
 * @example
 * ```ts
 * logTime(new Date(Date.UTC(2025, 3, 1, 9))) //=> '2025-04-01T09:00:00.000Z'
 * ```
 */
export function logTime(instant: Date): string {
  const time = instant.getTime()
  if (time !== lastTime) {
    lastTime = time
    lastIso = instant.toISOString()
  }
  return lastIso
}

/**
 * A request's log line: time, level, msg `request`, request id, method, path, status and
 * duration, in that order. {@link jsonLogger} writes it with {@link RequestLine.json}, which
 * gives the same text as JSON.stringify but costs a third as much (on a kept public answer,
 * stringifying the entry was a tenth of the work).
 *
 * @example
 * ```ts
 * new RequestLine('2025-04-01T09:00:00.000Z', 'abc', 'GET', '/healthz', 200, 0.4).json()
 * //=> '{"time":"2025-04-01T09:00:00.000Z","level":"info","msg":"request","requestId":"abc",…}'
 * ```
 */
export class RequestLine implements LogEntry {
  [field: string]: unknown
  readonly time: string
  readonly level: 'info' | 'error'
  readonly msg = 'request'
  readonly requestId: string
  readonly method: string
  readonly path: string
  readonly status: number
  readonly durationMs: number

  constructor(
    time: string,
    requestId: string,
    method: string,
    path: string,
    status: number,
    durationMs: number
  ) {
    // Assigned in the order JSON.stringify would write them.
    this.time = time
    this.level = status >= 500 ? 'error' : 'info'
    this.msg = 'request'
    this.requestId = requestId
    this.method = method
    this.path = path
    this.status = status
    this.durationMs = durationMs
  }

  /** The line as JSON, equal to `JSON.stringify(this)`. */
  json(): string {
    return (
      `{"time":${jsonString(this.time)},"level":"${this.level}","msg":"request",` +
      `"requestId":${jsonString(this.requestId)},"method":${jsonString(this.method)},` +
      `"path":${jsonString(this.path)},"status":${jsonNumber(this.status)},` +
      `"durationMs":${jsonNumber(this.durationMs)}}`
    )
  }
}

// What JSON.stringify writes as an escape: quote, backslash, control characters and lone
// surrogates (any surrogate is tested here, and a pair is left to JSON.stringify).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const escaped = /["\\\u0000-\u001f\ud800-\udfff]/

// A time, an id or a path seldom has any of those, and is quoted as it is: a kept answer's
// line took 170 ns where four JSON.stringify calls made it 290.
const jsonString = (s: string) => (escaped.test(s) ? JSON.stringify(s) : `"${s}"`)

// JSON has no NaN or infinities; JSON.stringify writes them as null.
const jsonNumber = (n: number) => (Number.isFinite(n) ? String(n) : 'null')

/** A logger that drops everything (the default in tests). */
export const silentLogger: Logger = () => {}

/**
 * Logs one line per request after the response is ready: method, path, status, duration and
 * the request id (which the response carries too, so a user can quote it).
 *
 * @example
 * ```ts
 * app.use(requestLog(jsonLogger(), systemClock))
 * ```
 */
export function requestLog(logger: Logger, clock: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const durationMs = Math.round((performance.now() - started) * 10) / 10
    const time = logTime(clock.now())
    logger(
      new RequestLine(time, c.get('requestId'), c.req.method, c.req.path, c.res.status, durationMs)
    )
  }
}

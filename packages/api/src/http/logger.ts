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
    gathered += JSON.stringify(entry) + '\n'
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
    const status = c.res.status
    logger({
      time: logTime(clock.now()),
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}

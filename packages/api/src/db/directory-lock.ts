import { randomUUID } from 'node:crypto'
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename } from 'node:path'

/** Who holds a data directory: written into its lock file. */
interface Holder {
  pid: number
  host: string
  command: string
  since: string
  token: string
}

/** Raised when another process (or another handle in this one) holds the data directory. */
export class DataDirectoryLockedError extends Error {
  readonly holder: Pick<Holder, 'pid' | 'host' | 'command' | 'since'>
  constructor(directory: string, holder: Holder) {
    const where = holder.host === hostname() ? '' : ` on ${holder.host}`
    super(
      `${directory} is in use by process ${holder.pid}${where} (${holder.command}, since ${holder.since}): stop it first, or use PostgreSQL (DATABASE_URL) to run both at once`
    )
    this.name = 'DataDirectoryLockedError'
    this.holder = {
      pid: holder.pid,
      host: holder.host,
      command: holder.command,
      since: holder.since,
    }
  }
}

/** The command this process was started as, for the lock file: `cli.js serve`, `vitest …`. */
function thisCommand(): string {
  const [script, first] = process.argv.slice(1)
  return [script && basename(script), first].filter(Boolean).join(' ') || 'node'
}

function readHolder(path: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>
    if (typeof parsed.pid !== 'number' || typeof parsed.token !== 'string') return undefined
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      command: String(parsed.command ?? 'unknown'),
      since: String(parsed.since ?? 'unknown'),
      token: parsed.token,
    }
  } catch {
    return undefined
  }
}

// Whether `pid` is a running process on this machine (EPERM: running, as another user).
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the lock file `path` of a data directory for this process, so that no second process
 * opens the same embedded database (PGlite has no locking of its own: a second process wrote
 * into the files under the first and lost what it wrote). The file is created exclusively
 * and names the holder's pid, host, command and start. Two processes that find the same stale
 * lock at the same instant could, in principle, both take it over; PostgreSQL is the choice
 * for more than one process. A lock whose process no longer runs on
 * this host is stale and taken over; any other is refused with {@link DataDirectoryLockedError},
 * even from this process (a second handle on the same files is just as harmful). Returns the
 * release, which removes the file if it is still this lock's.
 *
 * @example
 * ```ts
 * const release = lockDataDirectory('/srv/csp/.data/pglite.lock', '/srv/csp/.data')
 * try { … } finally { release() }
 * ```
 */
export function lockDataDirectory(path: string, directory: string): () => void {
  const holder: Holder = {
    pid: process.pid,
    host: hostname(),
    command: thisCommand(),
    since: new Date().toISOString(),
    token: randomUUID(),
  }
  // Written whole under another name, then linked into place: link() fails if the lock exists,
  // and a lock file is never seen half written.
  const draft = `${path}.${holder.token}`
  writeFileSync(draft, JSON.stringify(holder) + '\n', { mode: 0o600 })
  for (let attempt = 0; ; attempt += 1) {
    try {
      linkSync(draft, path)
      unlinkSync(draft)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) {
        unlinkSync(draft)
        throw error
      }
      const current = readHolder(path)
      const stale =
        current === undefined || (current.host === holder.host && !isRunning(current.pid))
      if (!stale) {
        unlinkSync(draft)
        throw new DataDirectoryLockedError(directory, current)
      }
      // Removed only if it is still the stale lock just read, not one taken since.
      const again = readHolder(path)
      if (again?.token === current?.token) unlinkSync(path)
    }
  }
  let released = false
  return () => {
    if (released) return
    released = true
    if (readHolder(path)?.token === holder.token) unlinkSync(path)
  }
}

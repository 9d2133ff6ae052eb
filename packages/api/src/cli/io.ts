/** What a command needs from its surroundings; tests pass fakes, `main.ts` passes the process. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  interactive: boolean
  /** Current working directory, to resolve file arguments. */
  cwd: string
  /** Milliseconds since some fixed point, for rates (performance.now in production). */
  now: () => number
  /** Environment variables (DATABASE_URL, CSP_DATA_DIR …); `process.env` when absent. */
  env?: Readonly<Record<string, string | undefined>>
  /** Where `csp serve` hears SIGINT/SIGTERM; `process` when absent. Tests pass an emitter. */
  signals?: SignalSource
  /** Reads all of standard input (`csp users add --password-stdin`); absent means none. */
  readStdin?: () => Promise<string>
}

/** The part of `process` that delivers shutdown signals. */
export interface SignalSource {
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
  off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
}

/** A user error: printed as one line, no stack trace, exit code 1 (2 for usage). */
export class CliError extends Error {
  // A plain field, not a parameter property: Node runs this file with type stripping only.
  readonly exitCode: number

  constructor(message: string, exitCode = 1) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

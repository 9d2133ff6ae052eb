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
}

/** A user error: printed as one line, no stack trace, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}

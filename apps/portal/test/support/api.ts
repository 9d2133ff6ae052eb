// Starts test/support/api-server.ts with Node in a process of its own and reads its address.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const script = fileURLToPath(new URL('./api-server.ts', import.meta.url))

export interface RunningApi {
  /** Without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  close(): Promise<void>
}

/** Starts the test API; `env` adds to this process's environment (e.g. CSP_PORTAL_SECRET). */
export function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  // The helper is TypeScript run by Node itself: Node 20 (a system Node) refuses .ts files and
  // the API exited at once, which is how this was once seen failing ("exited (1)").
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    return Promise.reject(
      new Error(
        `the test API needs the pinned Node 24 (this is ${process.version}): put tools/node_modules/.bin first on PATH, as npm test does`
      )
    )
  }
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  // Passed on as it comes, and the end of it kept for the message if the API does not start.
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk)
    errors = (errors + chunk.toString()).slice(-2000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('exit', (code) =>
      reject(new Error(`the API exited (${code}) before it started:\n${errors}`))
    )
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      const line = output.split('\n').find((l) => l.startsWith('{'))
      if (!line) return
      child.stdout.removeAllListeners('data')
      // Anything it prints later (it should not) still has to be read.
      child.stdout.resume()
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        close: async () => {
          if (child.exitCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
  })
}

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
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it started`)))
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

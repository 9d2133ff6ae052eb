// The built portal, started the way it is deployed (`node server.js`), on a free port.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export interface RunningPortal {
  url: string
  close(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitUntilUp(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/sign-in`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`the portal did not start:\n${output()}`)
}

/** Starts the built portal in front of `apiUrl`; `env` adds to its environment. */
export async function startPortal(
  apiUrl: string,
  env: Record<string, string> = {}
): Promise<RunningPortal> {
  if (!existsSync(`${root}/build/index.js`)) {
    throw new Error(
      'apps/portal/build is missing: run `vite build` (pnpm --filter @csp/portal build)'
    )
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['server.js'], {
    cwd: root,
    env: {
      ...process.env,
      API_URL: apiUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: url,
      SHUTDOWN_TIMEOUT: '1',
      ...env,
    },
    // Its errors show in the test output as they happen.
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await waitUntilUp(url, () => output)
  return {
    url,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

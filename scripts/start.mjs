// `npm start` after the build: the embedded database (PGlite in CSP_DATA_DIR, default ./.data)
// migrated and seeded with the South Derbyshire plan and a first admin, then the API and the
// portal, with their addresses and the admin's sign-in printed. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = resolve(root, process.env.CSP_DATA_DIR ?? '.data')
const apiPort = Number(process.env.CSP_API_PORT ?? 8787)
const portalPort = Number(process.env.PORT ?? 3000)
const apiUrl = `http://127.0.0.1:${apiPort}`
const portalUrl = `http://localhost:${portalPort}`
// Run as a program (not `node cli.js`), so the V8 settings on its first line apply.
const cli = join(root, 'packages/api/dist/cli.js')

// The first admin: from the environment, or made once and kept beside the data it unlocks.
mkdirSync(dataDir, { recursive: true })
const passwordFile = join(dataDir, 'first-admin-password')
const email = process.env.CSP_ADMIN_EMAIL ?? 'admin@south-derbyshire.example'
let password = process.env.CSP_ADMIN_PASSWORD
if (!password) {
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(15).toString('base64url') + '\n', { mode: 0o600 })
  }
  password = readFileSync(passwordFile, 'utf8').trim()
}

const env = {
  ...process.env,
  // The program's first line runs `node` from the PATH: this one (Node 24), not the system's.
  PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  CSP_DATA_DIR: dataDir,
  CSP_ADMIN_EMAIL: email,
  CSP_ADMIN_PASSWORD: password,
}
for (const step of ['migrate', 'seed']) {
  const result = spawnSync(cli, [step], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const children = [
  spawn(cli, ['serve', '--port', String(apiPort)], { stdio: 'inherit', env }),
  spawn(process.execPath, ['server.js'], {
    cwd: join(root, 'apps/portal'),
    stdio: 'inherit',
    env: { ...env, API_URL: apiUrl, PORT: String(portalPort), ORIGIN: portalUrl },
  }),
]
for (const child of children) {
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM')
    process.exitCode = code ?? 0
  })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)))
}

async function ready(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

if ((await ready(`${apiUrl}/readyz`)) && (await ready(`${portalUrl}/sign-in`))) {
  console.log(`
CSP Toolkit is running on the embedded database in ${dataDir}
  Portal:   ${portalUrl}
  API:      ${apiUrl}  (reference: ${apiUrl}/docs)
  Widget:   ${apiUrl}/widget/embed?measure=anti-social-behaviour&period=2023&highlight=E07000039
  Sign in:  ${email} / ${password}
Press Ctrl-C to stop.`)
} else {
  console.error('csp: the API or the portal did not start; see the messages above')
  children.forEach((child) => child.kill('SIGTERM'))
  process.exitCode = 1
}

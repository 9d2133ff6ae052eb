// `npm start` after the build: the embedded database (PGlite in CSP_DATA_DIR, default ./.data)
// migrated and seeded with the South Derbyshire plan and a first admin, then the API and the
// portal, with their addresses and the admin's sign-in printed. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

// The first admin: from the environment, or made once and kept beside the data it unlocks
// until the admin changes it (the API deletes the file then: the password is no longer in use).
mkdirSync(dataDir, { recursive: true })
const passwordFile = join(dataDir, 'first-admin-password')
const email = process.env.CSP_ADMIN_EMAIL ?? 'admin@south-derbyshire.example'
let password = process.env.CSP_ADMIN_PASSWORD
let madeNow = false
if (!password) {
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(15).toString('base64url') + '\n', { mode: 0o600 })
    madeNow = true
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
  CSP_FIRST_ADMIN_PASSWORD_FILE: passwordFile,
  // The portal signs each sign-in's client address with this, so the API can limit attempts
  // per person rather than per portal; a new one each run is enough.
  CSP_PORTAL_SECRET: process.env.CSP_PORTAL_SECRET ?? randomBytes(32).toString('base64url'),
}
let adminExisted = false
for (const step of ['migrate', 'seed']) {
  const result = spawnSync(cli, [step], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env,
  })
  const out = result.stdout?.toString() ?? ''
  process.stdout.write(out)
  if (result.status !== 0) process.exit(result.status ?? 1)
  if (step === 'seed' && out.includes(`${email} already exists`)) adminExisted = true
}
// A password made just now for an admin who already has one (they changed it, so its file
// went) is not theirs: do not keep or print it.
if (madeNow && adminExisted) {
  rmSync(passwordFile, { force: true })
  password = undefined
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
  Sign in:  ${email} / ${password ?? '(the password you chose)'}
Press Ctrl-C to stop.`)
} else {
  console.error('csp: the API or the portal did not start; see the messages above')
  children.forEach((child) => child.kill('SIGTERM'))
  process.exitCode = 1
}

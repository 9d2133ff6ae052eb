#!/usr/bin/env node
// The README's two commands. Runs on any Node >= 20: it installs the pinned Node 24 and pnpm 11
// into tools/ (the system Node may be too old for pnpm 11), then hands over to them.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tools = join(root, 'tools')
const toolsBin = join(tools, 'node_modules', '.bin')
const env = {
  ...process.env,
  PATH: toolsBin + delimiter + process.env.PATH,
  TURBO_TELEMETRY_DISABLED: '1',
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env, ...options })
  if (result.error) {
    console.error(`csp: could not run ${command}: ${result.error.message}`)
    process.exit(1)
  }
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function bootstrap() {
  if (!existsSync(join(toolsBin, 'pnpm')) || !existsSync(join(toolsBin, 'node'))) {
    console.log('› installing the pinned Node 24 and pnpm 11 into tools/')
    run('npm', ['ci', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error'])
  }
  run('pnpm', ['install', '--frozen-lockfile'])
}

const task = process.argv[2]
if (task === 'test') {
  bootstrap()
  run('pnpm', ['run', 'ci'])
} else if (task === 'start') {
  bootstrap()
  run('pnpm', ['run', 'main'])
} else {
  console.error('usage: node scripts/run.mjs start|test')
  process.exit(2)
}

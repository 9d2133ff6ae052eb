// One data directory, one process: PGlite has no locking of its own, and a second process
// writing the same files lost its writes and left the first hanging.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createDb } from './client.ts'

const client = fileURLToPath(new URL('./client.ts', import.meta.url))
const dirs: string[] = []
const scratch = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'csp-data-')), 'data')
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(join(dir, '..'), { recursive: true, force: true })
})

// Another process that opens `dir` and holds it until its standard input closes.
async function holder(dir: string) {
  const script = `
    import { createDb } from ${JSON.stringify(client)}
    const handle = await createDb({ dataDir: ${JSON.stringify(dir)} })
    process.stdout.write('ready\\n')
    process.stdin.resume()
    process.stdin.on('end', () => handle.close().then(() => process.exit(0)))`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.includes('ready') && resolve())
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)))
  })
  return child
}

describe('a PGlite data directory', () => {
  it('is created for its owner only', async () => {
    const dir = scratch()
    const handle = await createDb({ dataDir: dir })
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      expect(statSync(join(dir, 'pglite')).mode & 0o777).toBe(0o700)
    } finally {
      await handle.close()
    }
  }, 60_000)

  it('refuses a second handle in the same process, naming the holder, until the first closes', async () => {
    const dir = scratch()
    const first = await createDb({ dataDir: dir })
    try {
      await expect(createDb({ dataDir: dir })).rejects.toThrow(
        new RegExp(`^${dir.replaceAll('/', '\\/')} is in use by process ${process.pid} \\(`)
      )
    } finally {
      await first.close()
    }
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false)
    const second = await createDb({ dataDir: dir })
    await second.close()
  }, 60_000)

  it('refuses while another process holds it, and takes over from one that died', async () => {
    const dir = scratch()
    const child = await holder(dir)
    try {
      const refused = createDb({ dataDir: dir })
      await expect(refused).rejects.toThrow(`is in use by process ${child.pid} (`)
      await expect(refused).rejects.toMatchObject({ name: 'DataDirectoryLockedError' })
    } finally {
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    // Killed: its lock is stale, and the directory opens again.
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(true)
    const handle = await createDb({ dataDir: dir })
    await handle.close()
  }, 60_000)
})

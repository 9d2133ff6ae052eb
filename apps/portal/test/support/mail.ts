// A real SMTP server for the suite (the smtp-server package): each message it receives is
// written to a file of its own, which tests in other processes read (see readMail).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'

/** Starts the SMTP server on a free local port; `url` is what CSP_SMTP_URL would be. */
export async function startMailServer() {
  const dir = mkdtempSync(join(tmpdir(), 'csp-mail-'))
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ')
        count += 1
        writeFileSync(
          join(dir, `${String(count).padStart(5, '0')}.eml`),
          `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString('utf8')}`
        )
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every message received so far, oldest first, with its envelope recipients. */
export function readMail(dir: string): { to: string; raw: string }[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8')
      const to = /^X-Envelope-To: (.*)\r\n/.exec(raw)?.[1] ?? ''
      return { to, raw }
    })
}

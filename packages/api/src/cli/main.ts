#!/usr/bin/env node
import { describeError } from '../http/logger.ts'
import { runCli } from './run-cli.ts'

// `csp … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// A bug, not a user error: printed with its stack, but never with a failed query's parameters.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => performance.now(),
  env: process.env,
  signals: process,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
}).catch((error: unknown) => {
  process.stderr.write(`csp: unexpected error: ${describeError(error)}\n`)
  return 1
})
process.exitCode = code

#!/usr/bin/env -S node --max-semi-space-size=16 --max-old-space-size=128 --liftoff-only
import { describeError } from '../http/logger.ts'
import { runCli } from './run-cli.ts'

// The first line sets three V8 options, for memory: the young generation is capped at 16 MB a
// half (Node's default grows to 64 MB on a large machine); the old generation at 128 MB, so a
// server under load collects its garbage instead of growing into it (on a 24 GB machine V8
// let `csp serve` reach 900 MB of mostly dead objects in 60 s at 27,000 requests a second;
// what it keeps alive is a few MB, and parsing runs in worker threads with heaps of their
// own); and WebAssembly (the embedded
// PostgreSQL) runs on V8's baseline compiler only, without the optimising tier, whose code and
// compilation held some 400 MB: a 24-month import peaked at 364 MB instead of 797 MB, in about
// the same time (README, `pnpm bench:api`). Run as `csp`, or as this file: not `node cli.js`.

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

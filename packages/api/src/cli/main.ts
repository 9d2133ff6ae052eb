import { runCli } from './run-cli.ts'

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => performance.now(),
})
process.exitCode = code

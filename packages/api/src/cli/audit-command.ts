import { verifyAuditChain } from '../audit/verify.ts'
import { openDb, parse, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

/**
 * `csp audit verify`: checks the audit log's hash chain. Prints the entry count and the head
 * hash (keep it elsewhere: a later run that prints a different history proves a rewrite);
 * a broken chain is a one-line reason and exit code 1.
 *
 * @example
 * ```sh
 * csp audit verify
 * # Audit chain intact: 42 entries; head 3f9a…
 * ```
 */
export async function auditCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv
  if (sub !== 'verify')
    throw new CliError(`unknown audit command "${sub ?? ''}"; try 'csp audit verify'`, 2)
  parse(rest, {})
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const result = await verifyAuditChain(handle.db)
    if (!result.ok)
      throw new CliError(`audit chain broken at entry ${result.brokenAt}: ${result.reason}`)
    const entries = `${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}`
    io.stdout(`Audit chain intact: ${entries}; head ${result.headHash}\n`)
  } finally {
    await handle.close()
  }
}

import { auditCommand } from './audit-command.ts'
import { caseReviewsCommand } from './case-reviews-command.ts'
import { importCommand } from './import-command.ts'
import { dutiesCommand, rulesCommand } from './law-commands.ts'
import { CliError, type CliIo } from './io.ts'
import { planCommand } from './plan.ts'
import { policeUkCommand } from './police-uk.ts'
import { migrateCommand, seedCommand, serveCommand } from './server-commands.ts'
import { usersCommand } from './users-command.ts'

const usage = `Usage: csp <command> [options]

Commands:
  serve [--port 8787] [--host 127.0.0.1] [--migrate]
      Run the API (JSON logs on stdout) until SIGINT or SIGTERM.
  migrate
      Bring the database up to date: DATABASE_URL when set, otherwise the
      embedded database in CSP_DATA_DIR (default ./.data).
  seed [--plan FILE.json]
      Load a plan file (default the South Derbyshire 2023-26 plan) into the
      database as its adopted revision and, when
      CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD are set, the first admin
      (safe to repeat).
  users add --email E --name N --role R --organisation ORG [--password-stdin]
      Add a user (role admin, analyst, officer or viewer) to an organisation
      (its id or name). The password comes from standard input with
      --password-stdin, otherwise from CSP_NEW_USER_PASSWORD.
  audit verify
      Check the audit log's hash chain; exits 1 naming the first broken entry.
  case-reviews purge --before DATE
      Erase the personal data of case reviews closed before DATE whose
      retention period (the case-review settings) has ended; the anonymous
      record the annual return counts stays. Audited.
  import police-uk FILES… [--json]
      Import police.uk street-level CSV files into the database as one
      import: counts stored (replacing the months they cover), the police.uk
      crime tables of the years they touch rebuilt; summary and gaps at the end.
  plan
      Print the South Derbyshire plan's crime tables with ranks and findings,
      and check the plan's own claims against them.
  plan export
      Print the adopted revision of the stored plan as a plan file (JSON).
  plan import FILE.json
      Load a plan file (- for standard input) as the adopted revision of its
      first year; its tables must pass the checks.
  police-uk summarise FILES… [--json]
      Read police.uk street-level CSV files and print rows, months, gaps,
      no-location and outside-area counts, and errors.
  police-uk tables FILES… --measure M --year Y [--format text|csv|json]
      Build the comparison table of one police.uk measure for one year.
  duties [--as-at D]
      List the statutory duties, whether each was in force on the day
      (default today in England) and where it applies.
  duties due [--from D] [--to D] [--as-at D] [--json]
      What falls due for the stored partnership between the two days (default
      today), under the law as at --as-at.
  rules [--as-at D] [--json]
      Every rule with its source and how it stood on the day; the Crime and
      Policing Act 2026 provisions are off (commencement unconfirmed).

Run 'csp police-uk --help' for the measures.
`

const commands: Record<string, (argv: readonly string[], io: CliIo) => Promise<void>> = {
  'police-uk': policeUkCommand,
  import: importCommand,
  plan: planCommand,
  serve: serveCommand,
  migrate: migrateCommand,
  seed: seedCommand,
  users: usersCommand,
  audit: auditCommand,
  'case-reviews': caseReviewsCommand,
  duties: dutiesCommand,
  rules: rulesCommand,
}

/**
 * Runs the `csp` command line and returns its exit code. User errors print one line on stderr
 * (never a stack trace) and return 1; usage errors return 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage)
      return command === undefined ? 2 : 0
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined
    if (!run) throw new CliError(`unknown command "${command}"; run 'csp --help'`, 2)
    await run(rest, io)
    return 0
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`csp: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}

import { createUser } from '../auth/accounts.ts'
import { systemClock } from '../clock.ts'
import { findOrganisation, listOrganisations } from '../db/repositories/people.ts'
import { CreateUserRequest } from '../schemas/index.ts'
import { openDb, parse, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)

async function readPassword(fromStdin: boolean, io: CliIo): Promise<string> {
  if (fromStdin) {
    if (!io.readStdin) throw new CliError('--password-stdin: there is no standard input')
    // One line: `printf '%s\n' "$PW" | csp users add …` must not make the newline part of it.
    return (await io.readStdin()).replace(/\r?\n$/, '')
  }
  const password = (io.env ?? process.env)['CSP_NEW_USER_PASSWORD']
  if (password === undefined || password === '') {
    throw new CliError(
      'give the password on standard input with --password-stdin, or in CSP_NEW_USER_PASSWORD',
      2
    )
  }
  return password
}

/**
 * `csp users add --email E --name N --role R --organisation ORG [--password-stdin]`: adds a
 * user to the organisation ORG (its id or its exact name). The password comes from standard
 * input or CSP_NEW_USER_PASSWORD, never from the command line, where `ps` and shell history
 * would show it. The audit log records the addition as made by the command line.
 *
 * @example
 * ```sh
 * printf '%s\n' "$PASSWORD" | csp users add --email jo@example.org --name 'Jo Bloggs' \
 *   --role officer --organisation 'Derbyshire Constabulary' --password-stdin
 * # Added jo@example.org (officer) to Derbyshire Constabulary.
 * ```
 */
export async function usersCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv
  if (sub !== 'add')
    throw new CliError(`unknown users command "${sub ?? ''}"; try 'csp users add'`, 2)
  const { values } = parse(rest, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    organisation: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  })
  for (const option of ['email', 'name', 'role', 'organisation'] as const) {
    if (values[option] === undefined) throw new CliError(`--${option} is required`, 2)
  }
  const password = await readPassword(values['password-stdin'] === true, io)
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const key = String(values['organisation'])
    const organisation = await findOrganisation(handle.db, key, isUuid(key) ? 'id' : 'name')
    if (!organisation) {
      const known = (await listOrganisations(handle.db)).map((o) => `"${o.name}"`)
      throw new CliError(
        `there is no organisation "${key}"; known: ${known.join(', ') || 'none (run csp seed)'}`
      )
    }
    const parsed = CreateUserRequest.safeParse({
      ...values,
      organisationId: organisation.id,
      password,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CliError(
        issue?.path[0] === 'password'
          ? `the password ${issue.message}`
          : `--${String(issue?.path[0])}: ${issue?.message}`
      )
    }
    const context = { actorId: null, at: systemClock.now(), via: 'cli' }
    const user = await createUser(handle.db, parsed.data, context)
    if ('refused' in user) {
      if (user.refused === 'weak-password') {
        throw new CliError(`the password ${user.message ?? 'is too easy to guess'}`)
      }
      throw new CliError(`a user with the email ${parsed.data.email} already exists`)
    }
    io.stdout(
      `Added ${user.email} (${user.role}) to ${organisation.name}; they choose their own password when they first sign in.\n`
    )
  } finally {
    await handle.close()
  }
}

import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findOrganisation, findUser, organisationView } from '../db/repositories/people.ts'
import { organisations, users } from '../db/schema/index.ts'
import type {
  CreateOrganisationRequest,
  CreateUserRequest,
  Organisation,
  UpdateUserRequest,
  User,
} from '../schemas/index.ts'
import { forgetFirstAdminPassword } from './first-admin-file.ts'
import { weakPasswordReason } from './password-strength.ts'
import { hashPassword, type PasswordHashing } from './passwords.ts'
import { revokeUserTokens } from './tokens.ts'
import { recoveryCodes } from '../db/schema/index.ts'

/** Who makes a change and when: `actorId` null for the command line and seeding. */
export interface ChangeContext {
  actorId: string | null
  at: Date
  /** Recorded in the audit entry's details, e.g. `'cli'` or `'seed'`. */
  via?: string
}

/** A change refused for a reason the caller reports (409, or 400 on a field). */
export interface Refusal {
  refused:
    | 'duplicate-email'
    | 'duplicate-name'
    | 'self-lockout'
    | 'unknown-organisation'
    | 'weak-password'
    | 'wrong-password'
    | 'same-password'
    | 'wrong-code'
    | 'no-pending-two-factor'
    | 'two-factor-on'
    | 'two-factor-off'
    | 'two-factor-required'
  /** The field, when not the usual one for this refusal. */
  path?: string
  /** The message, when more particular than the usual one (why a password is weak). */
  message?: string
}

/**
 * A refusal for a new password that is too easy to guess (breached, common, or a simple
 * pattern; the account's email and name count as common), or undefined.
 *
 * @example
 * ```ts
 * weakPassword('password1234', 'password', ['jo@example.org']) //=> { refused: 'weak-password', … }
 * ```
 */
export function weakPassword(
  password: string,
  path: string,
  userInputs: readonly string[]
): Refusal | undefined {
  const message = weakPasswordReason(password, userInputs)
  return message === undefined ? undefined : { refused: 'weak-password', path, message }
}

const via = (context: ChangeContext) => (context.via ? { via: context.via } : {})

/**
 * Creates an organisation and audits it, unless one of that name (ignoring case) exists.
 * All writes run under the audit lock, so the name check cannot race another instance.
 *
 * @example
 * ```ts
 * await createOrganisation(db, { name: 'Derbyshire Fire & Rescue', kind: 'fire' }, { actorId, at })
 * ```
 */
export function createOrganisation(
  db: Db,
  input: CreateOrganisationRequest,
  context: ChangeContext
): Promise<Organisation | Refusal> {
  return auditedTransaction(db, async (tx) => {
    if (await findOrganisation(tx, input.name, 'name')) return { refused: 'duplicate-name' }
    const [row] = await tx
      .insert(organisations)
      .values({ name: input.name, kind: input.kind, createdAt: context.at })
      .returning()
    if (!row) throw new Error('inserting an organisation returned nothing')
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'organisation.create',
      subject: { type: 'organisation', id: row.id },
      details: { name: row.name, kind: row.kind, ...via(context) },
    })
    return organisationView(row)
  })
}

/**
 * Creates a user and audits it. Someone else chose the password (an admin, the command line),
 * so the user must change it when they first sign in, unless `ownPassword` says the person
 * chose it themselves (the first admin, from the environment). A password that is too easy to
 * guess is refused. The password is hashed before the transaction opens: the tens of
 * milliseconds of hashing must not hold the audit lock.
 *
 * @example
 * ```ts
 * const user = await createUser(db, body, { actorId: admin.id, at }, config.auth.passwordHashing)
 * if ('refused' in user) // 409 or 400
 * ```
 */
export async function createUser(
  db: Db,
  input: CreateUserRequest,
  context: ChangeContext,
  hashing?: PasswordHashing,
  { ownPassword = false }: { ownPassword?: boolean } = {}
): Promise<User | Refusal> {
  const weak = weakPassword(input.password, 'password', [input.email, input.name])
  if (weak) return weak
  const passwordHash = await hashPassword(input.password, hashing)
  return auditedTransaction(db, async (tx) => {
    if (!(await findOrganisation(tx, input.organisationId)))
      return { refused: 'unknown-organisation' }
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.email))
    if (taken) return { refused: 'duplicate-email' }
    const { password: _, ...fields } = input
    const [row] = await tx
      .insert(users)
      .values({
        ...fields,
        passwordHash,
        mustChangePassword: !ownPassword,
        createdAt: context.at,
        updatedAt: context.at,
      })
      .returning({ id: users.id })
    if (!row) throw new Error('inserting a user returned nothing')
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'user.create',
      subject: { type: 'user', id: row.id },
      details: {
        email: input.email,
        role: input.role,
        organisationId: input.organisationId,
        ...via(context),
      },
    })
    return (await findUser(tx, row.id))!
  })
}

/** Where {@link updateUser} learns about the first admin's password file. */
export interface UpdateUserOptions {
  hashing?: PasswordHashing | undefined
  /** `npm start`'s file of the first admin's generated password (see first-admin-file.ts). */
  firstAdminPasswordFile?: string | undefined
}

/**
 * Changes a user's name, role, disabled flag or password, or removes their two-factor sign-in,
 * and audits which fields changed (never the password itself). A password set here was chosen
 * by someone else, so the user must change it at their next sign-in; one too easy to guess is
 * refused. Disabling a user, resetting their password or removing two-factor sign-in revokes
 * their tokens. An admin cannot disable or demote themselves, so there is always a way back in.
 * Returns undefined when there is no such user.
 *
 * @example
 * ```ts
 * await updateUser(db, id, { disabled: true }, { actorId: admin.id, at })
 * ```
 */
export async function updateUser(
  db: Db,
  id: string,
  input: UpdateUserRequest,
  context: ChangeContext,
  { hashing, firstAdminPasswordFile }: UpdateUserOptions = {}
): Promise<User | Refusal | undefined> {
  if (input.password !== undefined) {
    const target = await findUser(db, id)
    const weak = weakPassword(input.password, 'password', target ? [target.email, target.name] : [])
    if (weak) return weak
  }
  const passwordHash =
    input.password === undefined ? undefined : await hashPassword(input.password, hashing)
  let oldHash: string | undefined
  const result = await auditedTransaction(db, async (tx): Promise<User | Refusal | undefined> => {
    const before = await findUser(tx, id)
    if (!before) return undefined
    if (passwordHash !== undefined) {
      const [row] = await tx
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, id))
      oldHash = row?.passwordHash
    }
    const selfLockout =
      id === context.actorId &&
      (input.disabled === true || (input.role !== undefined && input.role !== 'admin'))
    if (selfLockout && before.role === 'admin') return { refused: 'self-lockout' }
    const changes = {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.role === undefined ? {} : { role: input.role }),
      ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
      ...(passwordHash === undefined ? {} : { passwordHash, mustChangePassword: true }),
      ...(input.removeTwoFactor
        ? { totpSecret: null, totpPendingSecret: null, totpLastStep: null }
        : {}),
    }
    await tx
      .update(users)
      .set({ ...changes, updatedAt: context.at })
      .where(eq(users.id, id))
    if (input.removeTwoFactor) await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, id))
    const endsSessions =
      input.disabled === true || passwordHash !== undefined || input.removeTwoFactor === true
    const revokedTokens = endsSessions ? await revokeUserTokens(tx, id, context.at) : 0
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'user.update',
      subject: { type: 'user', id },
      details: {
        changed: [
          ...(input.name === undefined ? [] : ['name']),
          ...(input.role === undefined ? [] : ['role']),
          ...(input.disabled === undefined ? [] : ['disabled']),
          ...(passwordHash === undefined ? [] : ['password']),
          ...(input.removeTwoFactor ? ['twoFactor'] : []),
        ],
        ...(input.role !== undefined && input.role !== before.role
          ? { role: { from: before.role, to: input.role } }
          : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(revokedTokens > 0 ? { revokedTokens } : {}),
        ...via(context),
      },
    })
    return (await findUser(tx, id))!
  })
  // The generated first admin's password is no longer in use: its file goes too.
  if (oldHash !== undefined && result && !('refused' in result)) {
    await forgetFirstAdminPassword(firstAdminPasswordFile, { hash: oldHash })
  }
  return result
}

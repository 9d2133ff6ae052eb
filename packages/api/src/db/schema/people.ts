import { organisationKindValues, roleValues } from '../../schemas/enum-values.ts'
import type { OrganisationKind, Role } from '../../schemas/people.ts'
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

// The values a check constraint allows: the same list the API's zod enum is built from.
// The values are the schema's own identifiers (lowercase words), never user input.
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/** Partner agencies. Names are unique, compared case-insensitively. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('organisations_name_key').on(sql`lower(${t.name})`),
    check('organisations_kind_check', sql`${t.kind} in (${oneOf(organisationKindValues)})`),
  ]
)

/**
 * People who sign in. Emails are stored lower-cased (the API normalises them), so the unique
 * index is on the column itself. Users are disabled, never deleted: audit entries point at them.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** An Argon2id PHC string (older rows: `scrypt$…`), see src/auth/passwords.ts. */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    /**
     * Set when someone other than the user chose the password (an admin, the command line):
     * until the user picks their own, their tokens allow only that (see tokens' `scope`).
     */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** The base32 TOTP secret (RFC 6238) once two-factor sign-in is on; null while off. */
    totpSecret: text('totp_secret'),
    /** A secret being set up: shown to the user, switched on once they send a code from it. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    check('users_role_check', sql`${t.role} in (${oneOf(roleValues)})`),
  ]
)

/** Bearer tokens, by the SHA-256 of the token: the token itself is never stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    /**
     * `full`, or `setup`: a token that may only finish setting up the account (change a
     * password someone else chose, switch on two-factor sign-in where the role requires it).
     */
    scope: text('scope').$type<TokenScope>().notNull().default('full'),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    index('api_tokens_user_id_idx').on(t.userId),
    check('api_tokens_scope_check', sql`${t.scope} in ('full', 'setup')`),
  ]
)

/** What a token allows: everything the role does, or only finishing the account's set-up. */
export type TokenScope = 'full' | 'setup'

/** One-time recovery codes for two-factor sign-in, by SHA-256 (they are random, like tokens). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: at('created_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('recovery_codes_user_id_idx').on(t.userId)]
)

/**
 * The second step of a two-factor sign-in: after the right password, a random challenge (kept
 * by its SHA-256) that a code must be sent with before it expires, from the same source.
 */
export const signInChallenges = pgTable(
  'sign_in_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    challengeHash: text('challenge_hash').notNull(),
    /** The address group the password came from (see auth/client-address.ts), or null. */
    source: text('source'),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    failures: integer('failures').notNull().default(0),
    usedAt: at('used_at'),
  },
  (t) => [uniqueIndex('sign_in_challenges_challenge_hash_key').on(t.challengeHash)]
)

/**
 * Sign-in counters, shared by every API instance: one row per `email:<address>`, per
 * `source:<address group>` and per `email-source:<address> <group>`. `attempts` counts
 * sign-ins in the fixed window from `windowStart`; `failures` counts consecutive failures of
 * an email from one source, which lock it until `lockedUntil`; `refused` counts refused
 * attempts since the last one audited, at `refusalAuditedAt`.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: at('window_start').notNull(),
  attempts: integer('attempts').notNull().default(0),
  failures: integer('failures').notNull().default(0),
  lockedUntil: at('locked_until'),
  refused: integer('refused').notNull().default(0),
  refusalAuditedAt: at('refusal_audited_at'),
})

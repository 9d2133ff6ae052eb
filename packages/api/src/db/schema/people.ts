import type { OrganisationKind, Role } from '../../schemas/people.ts'
import { sql } from 'drizzle-orm'
import {
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
    check(
      'organisations_kind_check',
      sql`${t.kind} in ('council', 'police', 'fire', 'probation', 'youth-justice', 'health', 'voluntary', 'other')`
    ),
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
    /** `scrypt$<logN>$<r>$<p>$<salt>$<hash>`, see src/auth/passwords.ts. */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    check('users_role_check', sql`${t.role} in ('admin', 'analyst', 'officer', 'viewer')`),
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
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    index('api_tokens_user_id_idx').on(t.userId),
  ]
)

/**
 * Sign-in counters, shared by every API instance: one row per `email:<address>` and per
 * `ip:<address>`. `attempts` counts sign-ins in the fixed window from `windowStart`;
 * `failures` counts consecutive failures of an email, which lock it until `lockedUntil`.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: at('window_start').notNull(),
  attempts: integer('attempts').notNull().default(0),
  failures: integer('failures').notNull().default(0),
  lockedUntil: at('locked_until'),
})

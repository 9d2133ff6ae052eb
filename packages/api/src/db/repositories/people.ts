import { and, asc, eq, gt, or, sql } from 'drizzle-orm'
import type { Organisation, User } from '../../schemas/index.ts'
import type { Db } from '../client.ts'
import { organisations, users } from '../schema/index.ts'

type OrganisationRow = typeof organisations.$inferSelect

/**
 * An organisation row as the API shows it.
 *
 * @example
 * ```ts
 * organisationView(row).createdAt //=> '2025-06-01T09:00:00.000Z'
 * ```
 */
export function organisationView(row: OrganisationRow): Organisation {
  return { id: row.id, name: row.name, kind: row.kind, createdAt: row.createdAt.toISOString() }
}

/**
 * Every organisation, by name.
 *
 * @example
 * ```ts
 * (await listOrganisations(db)).map((o) => o.name)
 * ```
 */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db.select().from(organisations).orderBy(asc(organisations.name))
  return rows.map(organisationView)
}

/**
 * A page of organisations by name (then id): the `limit` after `after` (the name and id of the
 * previous page's last), and whether more follow.
 *
 * @example
 * ```ts
 * await listOrganisationsPage(db, { limit: 50, after: ['Derbyshire Constabulary', id] })
 * //=> { items: [{ name: 'Derbyshire Fire & Rescue', … }, …], more: false }
 * ```
 */
export async function listOrganisationsPage(
  db: Db,
  page: { limit: number; after?: readonly [string, string] | undefined }
): Promise<{ items: Organisation[]; more: boolean }> {
  const { after } = page
  const rows = await db
    .select()
    .from(organisations)
    .where(
      after &&
        or(
          gt(organisations.name, after[0]),
          and(eq(organisations.name, after[0]), gt(organisations.id, after[1]))
        )
    )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(page.limit + 1)
  return { items: rows.slice(0, page.limit).map(organisationView), more: rows.length > page.limit }
}

/**
 * One organisation by id, or by name (case-insensitive) when `by` is `'name'`.
 *
 * @example
 * ```ts
 * await findOrganisation(db, 'South Derbyshire District Council', 'name')
 * ```
 */
export async function findOrganisation(
  db: Db,
  key: string,
  by: 'id' | 'name' = 'id'
): Promise<Organisation | undefined> {
  const where =
    by === 'id'
      ? eq(organisations.id, key)
      : eq(sql`lower(${organisations.name})`, key.trim().toLowerCase())
  const [row] = await db.select().from(organisations).where(where)
  return row && organisationView(row)
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  disabled: users.disabled,
  passwordChangeRequired: users.mustChangePassword,
  twoFactorEnabled: sql<boolean>`${users.totpSecret} is not null`,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
}

function selectUsers(db: Db) {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
}

type UserRow = Awaited<ReturnType<typeof selectUsers>>[number]

const userView = (row: UserRow): User => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/**
 * Every user with their organisation's name, by name.
 *
 * @example
 * ```ts
 * (await listUsers(db))[0]?.organisationName
 * ```
 */
export async function listUsers(db: Db): Promise<User[]> {
  const rows = await selectUsers(db).orderBy(asc(users.name), asc(users.email))
  return rows.map(userView)
}

/**
 * One user by id (as the API shows them), or undefined.
 *
 * @example
 * ```ts
 * await findUser(db, id)
 * ```
 */
export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const [row] = await selectUsers(db).where(eq(users.id, id))
  return row && userView(row)
}

/**
 * The stored row of a user by (normalised) email, password hash included: for sign-in only.
 *
 * @example
 * ```ts
 * const row = await findUserForSignIn(db, 'jo@example.org')
 * ```
 */
export async function findUserForSignIn(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email))
  return row
}

/** Where a page of users starts: the name, email and id of the last one. */
export type UserKey = readonly [name: string, email: string, id: string]

/**
 * A page of users by name (then email, then id), with their organisations' names: the
 * `limit` after `after`, and the key of the last one when more follow. For
 * `GET /v1/users?limit=&cursor=` (see src/http/pagination.ts).
 *
 * @example
 * ```ts
 * const { items, last } = await listUsersPage(db, { limit: 50 })
 * ```
 */
export async function listUsersPage(
  db: Db,
  page: { limit: number; after?: UserKey | undefined }
): Promise<{ items: User[]; last: UserKey | undefined }> {
  const { after } = page
  const rows = await selectUsers(db)
    .where(
      after &&
        sql`(${users.name}, ${users.email}, ${users.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
    )
    .orderBy(asc(users.name), asc(users.email), asc(users.id))
    .limit(page.limit + 1)
  const items = rows.slice(0, page.limit).map(userView)
  const lastItem = items.at(-1)
  const more = rows.length > page.limit && lastItem !== undefined
  return { items, last: more ? [lastItem.name, lastItem.email, lastItem.id] : undefined }
}

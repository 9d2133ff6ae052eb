// Helpers for the import tests: uploads, and row counts of every table to prove that a
// refused import leaves nothing behind.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import type { Requester } from './auth.ts'

/**
 * Sends a CSV (text or a stream) to `POST /v1/imports/police-uk` as `token`.
 *
 * @example
 * ```ts
 * const res = await uploadCsv(app, token, streetFile(rows), 'dec.csv')
 * ```
 */
export function uploadCsv(
  app: Requester,
  token: string | undefined,
  body: string | ReadableStream<Uint8Array>,
  file?: string,
  headers: Record<string, string> = {}
) {
  const query = file === undefined ? '' : `?file=${encodeURIComponent(file)}`
  return app.request(`/v1/imports/police-uk${query}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'text/csv',
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit)
}

/**
 * Rows in every table of the public schema, by table name.
 *
 * @example
 * ```ts
 * const before = await tableRowCounts(db)
 * ```
 */
export async function tableRowCounts(db: Db): Promise<Record<string, number>> {
  // Both drivers answer `execute` with `{ rows }`; the generic Db type does not say so.
  const query = async <T>(statement: SQL) =>
    ((await db.execute(statement)) as unknown as { rows: T[] }).rows
  const tables = await query<{ table_name: string }>(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
  )
  const counts: Record<string, number> = {}
  for (const { table_name: name } of tables) {
    const [row] = await query<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(name)}`
    )
    counts[name] = Number(row?.n ?? 0)
  }
  return counts
}

/** Waits (up to `timeoutMs`) until `check` resolves true. */
export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

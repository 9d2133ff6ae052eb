import { eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { appSettings } from '../schema/index.ts'

/** A stored setting: its raw value (validate it before use) and who stored it, when. */
export interface StoredSetting {
  value: unknown
  updatedAt: Date
  updatedBy: string | null
}

/**
 * The stored value of `key`, or undefined when none is stored (the caller's defaults apply).
 *
 * @example
 * ```ts
 * const stored = await findSetting(db, 'case-reviews')
 * ```
 */
export async function findSetting(db: Db, key: string): Promise<StoredSetting | undefined> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key))
  return row && { value: row.value, updatedAt: row.updatedAt, updatedBy: row.updatedBy }
}

/**
 * Stores `value` under `key`, replacing what was there. Call it in an audited transaction.
 *
 * @example
 * ```ts
 * await saveSetting(tx, 'case-reviews', settings, { at: clock.now(), by: user.id })
 * ```
 */
export async function saveSetting(
  db: Db,
  key: string,
  value: unknown,
  change: { at: Date; by: string | null }
): Promise<void> {
  const values = { key, value, updatedAt: change.at, updatedBy: change.by }
  await db
    .insert(appSettings)
    .values(values)
    .onConflictDoUpdate({ target: appSettings.key, set: values })
}

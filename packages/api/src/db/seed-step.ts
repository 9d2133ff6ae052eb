import type { Clock } from '../clock.ts'
import type { Db } from './client.ts'

/** What a seed step may use besides the database. */
export interface SeedContext {
  clock: Clock
  /** The process environment, e.g. `CSP_ADMIN_EMAIL` / `CSP_ADMIN_PASSWORD` for the first admin. */
  env: Readonly<Record<string, string | undefined>>
}

/**
 * One idempotent piece of seeding. `run` gets a transaction and returns a one-line summary;
 * running a step twice must leave the same data as running it once.
 */
export interface SeedStep {
  name: string
  run(db: Db, context: SeedContext): Promise<string>
}

/** A seed step's input is wrong (e.g. CSP_ADMIN_PASSWORD too short): reported as one line. */
export class SeedError extends Error {
  override name = 'SeedError'
}

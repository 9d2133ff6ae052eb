import type { Db } from '../db/client.ts'
import type { ReadModel } from '../read-model/read-model.ts'
import { findPrincipal, hashToken, type Principal } from './tokens.ts'

interface Known {
  /** The `sessions` version the principal was read at. */
  version: number
  principal: Principal | undefined
}

/**
 * Who a bearer token belongs to, kept in memory while nothing about sign-ins has changed: any
 * write to users or tokens (a sign-in, a sign-out, a revocation, a role change, a disabled
 * account), here or in another instance, moves the `sessions` version and empties what was
 * kept here (see src/read-model/). A kept token is still checked against its expiry on every
 * request. When versions are not in memory (no change feed), every request asks the database.
 *
 * @example
 * ```ts
 * const principals = new PrincipalCache(db, readModel)
 * const principal = await principals.find(token, clock.now())
 * ```
 */
export class PrincipalCache {
  readonly #db: Db
  readonly #readModel: Pick<ReadModel, 'versionsNow'>
  readonly #maxEntries: number
  readonly #known = new Map<string, Known>()

  constructor(db: Db, readModel: Pick<ReadModel, 'versionsNow'>, maxEntries = 10_000) {
    this.#db = db
    this.#readModel = readModel
    this.#maxEntries = maxEntries
  }

  /** The signed-in user of `token` at `now`, or undefined for an unknown, revoked or expired one. */
  async find(token: string, now: Date): Promise<Principal | undefined> {
    const version = this.#readModel.versionsNow(['sessions'])?.[0]
    if (version === undefined) return findPrincipal(this.#db, token, now)
    const key = hashToken(token)
    const known = this.#known.get(key)
    if (known?.version === version) {
      const principal = known.principal
      return principal && principal.tokenExpiresAt > now ? principal : undefined
    }
    const principal = await findPrincipal(this.#db, token, now)
    if (this.#known.size >= this.#maxEntries) this.#known.clear()
    this.#known.set(key, { version, principal })
    return principal
  }
}

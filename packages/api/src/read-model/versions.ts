import type { ChangeFeed, ChangeListener } from '../db/change-feed.ts'
import type { Db } from '../db/client.ts'
import { readModelVersions } from '../db/schema/index.ts'
import type { ReadModelTopic } from './topics.ts'

/**
 * The versions of the topics of public data as this process knows them. While the database's
 * change feed is listening they are kept in memory, moved on by each notification, and read
 * without a query; otherwise (no feed, or the connection dropped) every read asks the database,
 * which is always right and costs one small query.
 *
 * @example
 * ```ts
 * const versions = new ReadModelVersions(db, handle.changes)
 * const [crimeTables] = versions.current(['crime-tables']) ?? (await versions.read(['crime-tables']))
 * ```
 */
export class ReadModelVersions implements ChangeListener {
  readonly #db: Db
  readonly #feed: ChangeFeed | undefined
  readonly #known = new Map<string, number>()
  #subscribed = false
  /** Set once the versions were read with the feed listening; cleared by every reset. */
  #loaded = false
  #loading: Promise<void> | undefined
  #waiting: (() => void)[] = []

  constructor(db: Db, feed?: ChangeFeed) {
    this.#db = db
    this.#feed = feed
  }

  /** The versions of `topics` from memory, or undefined when they must be read. */
  current(topics: readonly ReadModelTopic[]): number[] | undefined {
    if (!this.#subscribed) this.#subscribe()
    if (!this.#loaded || !this.#feed?.listening) return undefined
    return topics.map((topic) => this.#known.get(topic) ?? 0)
  }

  /** The versions of `topics` as the database has them now (and remembered, when listening). */
  async read(topics: readonly ReadModelTopic[]): Promise<number[]> {
    const rows = await this.#db.select().from(readModelVersions)
    for (const row of rows) this.#raise(row.topic, row.version)
    return topics.map((topic) => this.#known.get(topic) ?? 0)
  }

  notify(payload: string): void {
    const at = payload.lastIndexOf(':')
    this.#raise(payload.slice(0, at), Number(payload.slice(at + 1)))
  }

  reset(): void {
    this.#known.clear()
    this.#loaded = false
    if (!this.#feed?.listening) return
    const loading = this.read([]).then(
      () => {
        if (this.#loading !== loading || !this.#feed?.listening) return
        this.#loaded = true
        for (const wake of this.#waiting.splice(0)) wake()
      },
      () => undefined
    )
    this.#loading = loading
  }

  /**
   * Resolves true once versions are served from memory (the feed listens and they are read),
   * false at once without a feed, or when `timeoutMs` passes first.
   */
  async live(timeoutMs = 10_000): Promise<boolean> {
    if (!this.#feed) return false
    if (!this.#subscribed) this.#subscribe()
    if (this.#loaded && this.#feed.listening) return true
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs)
      this.#waiting.push(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }

  #subscribe() {
    this.#subscribed = true
    this.#feed?.subscribe(this)
  }

  // Versions only grow, so a notification and a read may arrive in either order.
  #raise(topic: string, version: number) {
    if (!Number.isSafeInteger(version)) return
    if (version > (this.#known.get(topic) ?? -1)) this.#known.set(topic, version)
  }
}

import type { Context } from 'hono'
import type { ChangeFeed } from '../db/change-feed.ts'
import type { Db } from '../db/client.ts'
import type { ReadModelTopic } from './topics.ts'
import { ReadModelVersions } from './versions.ts'

/**
 * A public view: `key` names one answer (route, parameters and format; two requests with the
 * same key get the same bytes), `topics` the public data it is computed from, and `build`
 * computes it from the database (any `Response`; only a 200 is kept).
 */
export interface ViewSpec<R extends Response = Response> {
  key: string
  topics: readonly ReadModelTopic[]
  build(db: Db): Promise<R>
  /**
   * The view depends on the day as well (a default window of this financial year, a status
   * as at today): its key must name the day, and a kept answer to its URL lasts until midnight.
   */
  daily?: boolean
  /**
   * For a signed-in route: the view is kept here (its key must name whose view it is) but never
   * answered by the front cache, which checks no sign-in.
   */
  private?: boolean
}

/** A kept view as it was served to one request: enough to tell whether it is still current. */
export interface ServedView {
  readonly topics: readonly ReadModelTopic[]
  readonly versions: readonly number[]
  readonly etag: string
  readonly body: Uint8Array<ArrayBuffer>
  readonly daily: boolean
}

interface Entry {
  versions: readonly number[]
  etag: string
  status: 200
  body: Uint8Array<ArrayBuffer>
  headers: Readonly<Record<string, string>>
}

/** Options for {@link ReadModel}. */
export interface ReadModelOptions {
  /** The database's change feed; without one, versions are read per request. */
  changes?: ChangeFeed | undefined
  /** Views kept in memory before the oldest is dropped (default 1,000). */
  maxEntries?: number
  /** Names this build in every ETag (see `AppConfig.buildId`). */
  buildId?: string
}

/**
 * Public views built once per change of the data behind them and served from memory. Each
 * view's strong ETag is its key's hash and the versions of its topics, so `If-None-Match` is
 * answered 304 before anything is built or read, and every instance gives the same ETag for
 * the same data. A view is built inside one read-only transaction that first reads the
 * versions, so the ETag always describes the bytes it is sent with; concurrent requests for a
 * view being built wait for that one build.
 *
 * @example
 * ```ts
 * const readModel = new ReadModel(db, { changes: handle.changes })
 * app.get('/v1/plan', (c) => readModel.respond(c, { key: 'plan', topics: ['plan'],
 *   build: async (tx) => c.json(await currentPlan(tx), 200) }))
 * ```
 */
export class ReadModel {
  readonly #db: Db
  readonly #versions: ReadModelVersions
  readonly #maxEntries: number
  readonly #entries = new Map<string, Entry>()
  readonly #building = new Map<string, Promise<Entry | Response>>()
  readonly #keyHashes = new Map<string, string>()
  readonly #served = new WeakMap<Request, ServedView>()
  readonly #buildId: string

  constructor(db: Db, options: ReadModelOptions = {}) {
    this.#db = db
    this.#versions = new ReadModelVersions(db, options.changes)
    this.#maxEntries = options.maxEntries ?? 1000
    this.#buildId = options.buildId ?? ''
  }

  /**
   * Answers `c` with the view: 304, the kept bytes, or a fresh build. Typed as what `build`
   * returns, so the route keeps its documented response type.
   */
  async respond<R extends Response>(c: Context, spec: ViewSpec<R>): Promise<R> {
    return (await this.#respond(c, spec)) as R
  }

  async #respond(c: Context, spec: ViewSpec): Promise<Response> {
    const { key, topics } = spec
    const versions =
      topics.length === 0
        ? []
        : (this.#versions.current(topics) ?? (await this.#versions.read(topics)))
    const ifNoneMatch = c.req.header('if-none-match')
    const current = this.#etag(key, versions)
    if (ifNoneMatch !== undefined && etagListed(ifNoneMatch, current))
      return notModified(c, current)
    let entry = this.#entries.get(key)
    if (!entry || !atLeast(entry.versions, versions)) {
      const built = await this.#build(spec)
      if (built instanceof Response) return built
      entry = built
    }
    if (spec.private !== true)
      this.#served.set(c.req.raw, {
        topics,
        versions: entry.versions,
        etag: entry.etag,
        body: entry.body,
        daily: spec.daily === true,
      })
    if (ifNoneMatch !== undefined && etagListed(ifNoneMatch, entry.etag)) {
      return notModified(c, entry.etag)
    }
    // Through the context, so headers set before the handler (request id, Vary) are kept.
    return c.body(entry.body, entry.status, entry.headers)
  }

  /**
   * The versions of `topics` when they are in memory (the feed listens), else undefined: for
   * other caches of this process that must drop what a commit anywhere has changed.
   */
  versionsNow(topics: readonly ReadModelTopic[]): number[] | undefined {
    return this.#versions.current(topics)
  }

  /**
   * Reads every version now, so that what this process has just committed is known before its
   * answer goes out (its own notification may still be on the way): whoever wrote, reads what
   * they wrote. Other instances hear of it by notification.
   */
  async refresh(): Promise<void> {
    if (this.#versions.current([]) !== undefined) await this.#versions.read([])
  }

  /** The view `request` was answered from, if it was (see {@link FrontCache}). */
  servedBy(request: Request): ServedView | undefined {
    return this.#served.get(request)
  }

  /**
   * Whether a served view still describes its data: false when any of its topics has moved on,
   * or when versions are not in memory (no feed listening), since that would take a query.
   */
  isCurrent(view: ServedView): boolean {
    if (view.topics.length === 0) return true
    const versions = this.#versions.current(view.topics)
    return versions !== undefined && atLeast(view.versions, versions)
  }

  /**
   * Resolves true once data versions come from memory (the change feed listens), so public
   * reads need no query; false without a feed or after `timeoutMs`.
   */
  live(timeoutMs?: number): Promise<boolean> {
    return this.#versions.live(timeoutMs)
  }

  #build(spec: ViewSpec): Promise<Entry | Response> {
    const running = this.#building.get(spec.key)
    if (running) return running
    const build = this.#buildOnce(spec).finally(() => this.#building.delete(spec.key))
    this.#building.set(spec.key, build)
    return build
  }

  async #buildOnce({ key, topics, build }: ViewSpec): Promise<Entry | Response> {
    // A view of no topic reads nothing that changes; one with topics reads its versions and
    // its data in one snapshot, so the ETag describes exactly these bytes.
    const { versions, response } =
      topics.length === 0
        ? { versions: [], response: await build(this.#db) }
        : await this.#db.transaction(
            async (tx) => ({
              versions: await new ReadModelVersions(tx).read(topics),
              response: await build(tx),
            }),
            { isolationLevel: 'repeatable read', accessMode: 'read only' }
          )
    if (response.status !== 200) return response
    const etag = this.#etag(key, versions)
    // Only what describes the bytes: per-request headers (the request id) must not be replayed.
    const headers: Record<string, string> = { etag }
    for (const name of kept) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    const entry: Entry = {
      versions,
      etag,
      status: 200,
      // A Buffer, which node:http writes as it is (a plain Uint8Array is wrapped in one first).
      body: Buffer.from(await response.arrayBuffer()),
      headers,
    }
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
    return entry
  }

  #etag(key: string, versions: readonly number[]): string {
    let hash = this.#keyHashes.get(key)
    if (hash === undefined) {
      hash = `${this.#buildId}${fnv1a(key)}`
      if (this.#keyHashes.size >= this.#maxEntries * 4) this.#keyHashes.clear()
      this.#keyHashes.set(key, hash)
    }
    return versions.length === 0 ? `"${hash}"` : `"${hash}-${versions.join('.')}"`
  }
}

const kept = [
  'content-type',
  'content-disposition',
  'content-security-policy',
  'cache-control',
] as const

function notModified(c: Context, etag: string): Response {
  return c.body(null, 304, { etag })
}

function atLeast(have: readonly number[], want: readonly number[]): boolean {
  for (let i = 0; i < want.length; i++) if ((have[i] ?? -1) < (want[i] as number)) return false
  return true
}

/** Whether an `If-None-Match` value lists `etag` (or is `*`); weak tags compare by value. */
export function etagListed(header: string, etag: string): boolean {
  if (header === etag) return true
  for (const part of header.split(',')) {
    let tag = part.trim()
    if (tag === '*') return true
    if (tag.startsWith('W/')) tag = tag.slice(2)
    if (tag === etag) return true
  }
  return false
}

/** FNV-1a (32-bit) of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

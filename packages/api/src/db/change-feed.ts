import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/** Told of each notification on the channel, and when some may have been missed. */
export interface ChangeListener {
  notify(payload: string): void
  /**
   * Notifications may have been missed (the listening connection dropped) or start again (it
   * is back): forget what was heard and read the current state afresh.
   */
  reset(): void
}

/**
 * PostgreSQL `LISTEN` on one channel, shared by every app over the same database handle: the
 * first subscriber opens it (one connection, whatever the number of apps), `close` ends it.
 */
export interface ChangeFeed {
  /** Whether notifications are flowing now; false before the first subscription and after a drop. */
  readonly listening: boolean
  subscribe(listener: ChangeListener): () => void
  close(): Promise<void>
}

/**
 * A feed over PGlite's own `listen`: notifications come from the one in-process connection, so
 * none can be missed while the database is open.
 *
 * @example
 * ```ts
 * const feed = pgliteChangeFeed(client, 'csp_read_model')
 * ```
 */
export function pgliteChangeFeed(client: PGlite, channel: string): ChangeFeed {
  return sharedFeed(async (deliver) => {
    const unlisten = await client.listen(channel, deliver.notify)
    deliver.up()
    return async () => {
      if (!client.closed) await unlisten()
    }
  })
}

/**
 * A feed over a dedicated `pg` connection (a pool would hand LISTEN to any connection). When
 * it drops, listeners are reset and it reconnects after a pause, resetting them again once it
 * listens, so nothing heard before the drop is trusted after it.
 *
 * @example
 * ```ts
 * const feed = postgresChangeFeed('postgres://…/csp', 'csp_read_model')
 * ```
 */
export function postgresChangeFeed(connectionString: string, channel: string): ChangeFeed {
  return sharedFeed(async (deliver) => {
    let client: pg.Client | undefined
    let stopped = false
    let retry: ReturnType<typeof setTimeout> | undefined
    const connect = async () => {
      const next = new pg.Client({ connectionString })
      next.on('notification', (message) => {
        if (message.channel === channel) deliver.notify(message.payload ?? '')
      })
      next.on('error', () => dropped(next))
      next.on('end', () => dropped(next))
      client = next
      try {
        await next.connect()
        await next.query(`LISTEN "${channel}"`)
        if (client === next && !stopped) deliver.up()
      } catch {
        dropped(next)
      }
    }
    const dropped = (which: pg.Client) => {
      if (client !== which || stopped) return
      client = undefined
      deliver.down()
      void which.end().catch(() => {})
      retry = setTimeout(() => void connect(), 1000)
      retry.unref()
    }
    await connect()
    return async () => {
      stopped = true
      clearTimeout(retry)
      await client?.end().catch(() => {})
    }
  })
}

interface Delivery {
  notify(payload: string): void
  up(): void
  down(): void
}

function sharedFeed(open: (deliver: Delivery) => Promise<() => Promise<void>>): ChangeFeed {
  const listeners = new Set<ChangeListener>()
  let listening = false
  let opened: Promise<() => Promise<void>> | undefined
  const deliver: Delivery = {
    notify: (payload) => {
      for (const listener of listeners) listener.notify(payload)
    },
    up: () => {
      listening = true
      for (const listener of listeners) listener.reset()
    },
    down: () => {
      listening = false
      for (const listener of listeners) listener.reset()
    },
  }
  return {
    get listening() {
      return listening
    },
    subscribe(listener) {
      listeners.add(listener)
      // A late subscriber starts as the others did when the feed came up.
      if (listening) queueMicrotask(() => listener.reset())
      opened ??= open(deliver).catch((error: unknown) => {
        opened = undefined
        throw error
      })
      opened.catch(() => deliver.down())
      return () => listeners.delete(listener)
    },
    async close() {
      listeners.clear()
      listening = false
      const stop = await opened?.catch(() => undefined)
      await stop?.()
    },
  }
}

// A toolkit of a test file's own: an API and a portal started for it alone, for the files that
// change what every page shows (a year of police.uk data, a newer force table, an adopted
// plan), so the suite's other files still see the seed whatever order they run in.
import { randomBytes } from 'node:crypto'
import { startApi } from './api.ts'
import { startPortal } from './portal.ts'

export interface OwnToolkit {
  apiUrl: string
  portalUrl: string
  close(): Promise<void>
}

/** Starts the API (seeded, with the suite's admin) and the built portal in front of it. */
export async function startOwnToolkit(): Promise<OwnToolkit> {
  const secret = randomBytes(32).toString('base64url')
  const api = await startApi({ CSP_PORTAL_SECRET: secret })
  const portal = await startPortal(api.url, { CSP_PORTAL_SECRET: secret }).catch(
    async (error: unknown) => {
      await api.close()
      throw error
    }
  )
  return {
    apiUrl: api.url,
    portalUrl: portal.url,
    close: async () => {
      await portal.close()
      await api.close()
    },
  }
}

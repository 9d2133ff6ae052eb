import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, publicApiUrl } from './api.ts'

/** The widget script as a page embeds it: its address and its Subresource Integrity hash. */
export interface WidgetScript {
  src: string
  integrity: string
}

const lifetimeMs = 5 * 60_000
let cached: { at: number; script: WidgetScript | null } | undefined

/**
 * The widget script the API publishes (`/widget/snippet.json`: the versioned, immutable address
 * and its SRI hash), or null when the API serves no widget. The address is given on the API's
 * public origin, which the portal's own route to the API may not be. Remembered for five
 * minutes.
 */
export async function widgetScript(event: RequestEvent): Promise<WidgetScript | null> {
  if (cached && Date.now() - cached.at < lifetimeMs) return cached.script
  let script: WidgetScript | null = null
  try {
    const response = await event.fetch(`${apiUrl()}/widget/snippet.json`)
    if (response.ok) {
      const { src, integrity } = (await response.json()) as { src: string; integrity: string }
      script = { src: `${publicApiUrl()}${new URL(src).pathname}`, integrity }
    }
  } catch {
    script = null
  }
  cached = { at: Date.now(), script }
  return script
}

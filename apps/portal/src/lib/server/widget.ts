import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, publicApiUrl } from './api.ts'

/** The widget script as a page embeds it: its address and its Subresource Integrity hash. */
export interface WidgetScript {
  src: string
  integrity: string
}

const lifetimeMs = 5 * 60_000
let cached: { at: number; script: WidgetScript } | undefined

/**
 * The widget script the API publishes (`/widget/snippet.json`: the versioned, immutable address
 * and its SRI hash), or null when the API serves no widget. The address is given on the API's
 * public origin, which the portal's own route to the API may not be. An answer is remembered
 * for five minutes; a failure is not, so the next request asks again.
 */
export async function widgetScript(event: RequestEvent): Promise<WidgetScript | null> {
  if (cached && Date.now() - cached.at < lifetimeMs) return cached.script
  try {
    const response = await event.fetch(`${apiUrl()}/widget/snippet.json`)
    if (!response.ok) {
      console.error(`GET /widget/snippet.json answered ${response.status}`)
      return null
    }
    const { src, integrity } = (await response.json()) as { src: string; integrity: string }
    const script = { src: `${publicApiUrl()}${new URL(src).pathname}`, integrity }
    cached = { at: Date.now(), script }
    return script
  } catch (error) {
    console.error('GET /widget/snippet.json failed', error)
    return null
  }
}

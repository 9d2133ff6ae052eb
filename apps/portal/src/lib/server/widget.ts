import { createHash } from 'node:crypto'
import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, publicApiUrl } from './api.ts'

/** The widget script as a page embeds it: its address and its Subresource Integrity hash. */
export interface WidgetScript {
  src: string
  integrity: string
}

const path = '/widget/csp-widget.js'
const lifetimeMs = 5 * 60_000
let cached: { at: number; script: WidgetScript | null } | undefined

/**
 * The widget script the API serves, or null when it serves none (an API without the widget
 * wired in). The integrity hash is computed from the bytes the API serves, so the snippet pins
 * exactly that build; remembered for five minutes.
 */
export async function widgetScript(event: RequestEvent): Promise<WidgetScript | null> {
  if (cached && Date.now() - cached.at < lifetimeMs) return cached.script
  let script: WidgetScript | null = null
  try {
    const response = await event.fetch(`${apiUrl()}${path}`)
    if (response.ok) {
      const bytes = new Uint8Array(await response.arrayBuffer())
      const hash = createHash('sha384').update(bytes).digest('base64')
      script = { src: `${publicApiUrl()}${path}`, integrity: `sha384-${hash}` }
    }
  } catch {
    script = null
  }
  cached = { at: Date.now(), script }
  return script
}

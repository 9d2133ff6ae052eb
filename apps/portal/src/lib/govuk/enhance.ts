import type { Attachment } from 'svelte/attachments'
import type * as modules from './modules.ts'

/** The govuk-frontend components whose JavaScript the portal uses (those modules.ts keeps). */
export type GovukModule = Exclude<keyof typeof modules, 'isSupported'>

/**
 * Starts a govuk-frontend component on its root element once it is in the browser's DOM,
 * the progressive enhancement the Design System expects: the markup works without it. Each
 * wrapper attaches its own component, so elements that arrive with client-side navigation are
 * started too, and none is started twice (which govuk-frontend reports as an error).
 *
 * @example
 * ```svelte
 * <button class="govuk-button" data-module="govuk-button" {@attach govukModule('Button')}>
 * ```
 */
export function govukModule(name: GovukModule): Attachment<HTMLElement> {
  return (element) => {
    let attached = true
    // Loaded on demand so the server never evaluates it (it expects a document).
    void import('./modules.ts').then((govuk) => {
      if (!attached || !govuk.isSupported()) return
      const Component = govuk[name] as new (root: HTMLElement) => unknown
      new Component(element)
    })
    return () => {
      attached = false
    }
  }
}

import { mount, unmount } from 'svelte'
import CspCrimeTable from './CspCrimeTable.svelte'
import { widgetStyles } from './styles.ts'

// The custom element, written by hand around a plain Svelte component rather than compiled
// with Svelte's `customElement` option: Svelte's wrapper (and the legacy component API it
// mounts through) cost 2 kB of the 20 kB gzip budget for nothing this element needs.

/** Attribute name → component prop. */
const props = {
  api: 'api',
  measure: 'measure',
  period: 'period',
  highlight: 'highlight',
  sort: 'sort',
} as const

type Attribute = keyof typeof props
type Props = Partial<Record<(typeof props)[Attribute], string>>

let sheet: CSSStyleSheet | undefined

// A constructable stylesheet shared by every instance: unlike a <style> element it needs no
// 'unsafe-inline' in the host page's style-src.
function adoptStyles(root: ShadowRoot) {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(widgetStyles)
    }
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    style.textContent = widgetStyles
    root.append(style)
  }
}

/**
 * `<csp-crime-table>`: an open shadow root holding {@link CspCrimeTable}, whose props follow
 * the element's attributes.
 */
export class CspCrimeTableElement extends HTMLElement {
  static observedAttributes = Object.keys(props)

  #props: Props = $state({})
  #app: Record<string, unknown> | undefined

  constructor() {
    super()
    adoptStyles(this.attachShadow({ mode: 'open' }))
  }

  connectedCallback() {
    this.#app ??= mount(CspCrimeTable, { target: this.shadowRoot!, props: this.#props })
  }

  disconnectedCallback() {
    // Moving the element around the page disconnects and reconnects it in one task: keep it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return
      void unmount(this.#app)
      this.#app = undefined
    })
  }

  attributeChangedCallback(name: Attribute, _old: string | null, value: string | null) {
    this.#props[props[name]] = value ?? undefined
  }
}

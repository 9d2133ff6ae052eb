import { caseReviewFiguresHtml, escape, type PublishedReturn } from './case-review-figures.ts'
import { scriptApiBase } from './script-origin.ts'
import { widgetStyles } from './styles.ts'

/**
 * `<csp-case-review-figures api="…" period="2024/25">`: the partnership's published ASB Case
 * Review figures (the latest year unless `period` says which), read from the API the script
 * came from unless `api` names another.
 */
export class CspCaseReviewFiguresElement extends HTMLElement {
  static observedAttributes = ['api', 'period']
  #controller: AbortController | undefined

  constructor() {
    super()
    const root = this.attachShadow({ mode: 'open' })
    const style = document.createElement('style')
    style.textContent = widgetStyles
    root.append(style, document.createElement('div'))
  }

  connectedCallback() {
    void this.#load()
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.#load()
  }

  async #load() {
    this.#controller?.abort()
    const controller = (this.#controller = new AbortController())
    const target = this.shadowRoot!.lastElementChild!
    const base = this.getAttribute('api') ?? scriptApiBase
    if (!base) {
      target.innerHTML = '<p>Set the api attribute to the address of the CSP Toolkit API.</p>'
      return
    }
    try {
      const url = new URL(
        'v1/asb-case-reviews/annual-returns',
        base.endsWith('/') ? base : `${base}/`
      )
      const response = await fetch(url, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      })
      if (!response.ok) throw new Error(`The server answered ${response.status}.`)
      const { items } = (await response.json()) as { items: PublishedReturn[] }
      target.innerHTML = caseReviewFiguresHtml(items, this.getAttribute('period') ?? undefined)
    } catch (error) {
      if (controller.signal.aborted) return
      target.innerHTML = `<p>${escape(`The figures could not be loaded. ${(error as Error).message}`)}</p>`
    }
  }
}

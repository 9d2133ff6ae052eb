// The script's entry: registers <csp-crime-table> and <csp-case-review-figures> once, however
// many copies of the script a page loads (the build also wraps the whole file in the same check).
import { CspCaseReviewFiguresElement } from './case-review-figures-element.ts'
import { CspCrimeTableElement } from './element.svelte.ts'

const tag = 'csp-crime-table'
const figuresTag = 'csp-case-review-figures'

if (!customElements.get(tag)) customElements.define(tag, CspCrimeTableElement)
if (!customElements.get(figuresTag)) {
  customElements.define(figuresTag, CspCaseReviewFiguresElement)
}

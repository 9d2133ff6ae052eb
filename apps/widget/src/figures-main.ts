// The entry of csp-case-review-figures.js: registers <csp-case-review-figures> once. A script
// of its own, so <csp-crime-table>'s script stays within its budget.
import { CspCaseReviewFiguresElement } from './case-review-figures-element.ts'

const tag = 'csp-case-review-figures'

if (!customElements.get(tag)) customElements.define(tag, CspCaseReviewFiguresElement)

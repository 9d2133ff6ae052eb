// The script's entry: registers <csp-crime-table> once, however many copies of the script a
// page loads (the build also wraps the whole file in the same check).
import { CspCrimeTableElement } from './element.svelte.ts'

const tag = 'csp-crime-table'

if (!customElements.get(tag)) customElements.define(tag, CspCrimeTableElement)

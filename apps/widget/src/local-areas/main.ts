// The second element's script: registers <csp-local-areas> once.
import { CspLocalAreasElement } from './element.ts'

const tag = 'csp-local-areas'

if (!customElements.get(tag)) customElements.define(tag, CspLocalAreasElement)

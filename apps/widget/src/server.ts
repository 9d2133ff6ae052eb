// @csp/widget/server: what the API needs to serve the iframe variant. Node only (the embed
// page hashes its inline script and style for its Content-Security-Policy).
export {
  embedPageCsp,
  heightMessageType,
  renderEmbedPage,
  type EmbedPage,
  type RenderOptions,
} from './embed-page.ts'
export type { SortKey, SortState } from './sort.ts'
export { widgetStyles } from './styles.ts'
export type { CrimeTableData } from './view.ts'

import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { scriptApiBase } from '../script-origin.ts'

// `<csp-local-areas district="E07000039" measure="police-uk.anti-social-behaviour">`: the
// district's wards, this period against the baseline with the API's significance flag, as a
// map (geometry fetched from the API, never bundled) and a table of the same figures. Plain
// DOM, no framework: the whole element stays far inside the 20 kB budget.

interface Row {
  area: string
  name: string
  current: number | null
  baseline: number | null
  difference: number | null
  flag: 'increase' | 'decrease' | null
}

interface Changes {
  area: { name: string }
  measure: string
  current: { from: string; to: string }
  baseline: { from: string; to: string }
  rows: Row[]
  source: { publisher: string; note?: string }
  suppression: { rule: string } | null
}

type Ring = [number, number][]
type Geometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }

const svgNs = 'http://www.w3.org/2000/svg'
const styles = `:host{display:block;font-family:Arial,sans-serif;color:#0b0c0c}
svg{width:100%;max-width:560px;height:auto;display:block}
path{stroke:#505a5f;stroke-width:1}path:focus{outline:3px solid #fd0;stroke:#0b0c0c;stroke-width:3}
table{border-collapse:collapse;width:100%;margin-top:1em}th,td{text-align:left;padding:.4em .6em .4em 0;border-bottom:1px solid #b1b4b6}
td.n{text-align:right}p{margin:.5em 0}.s{font-size:.875em}`

/** One element per tag name, with its children; text is always set as text, never as HTML. */
function el(tag: string, text?: string, attrs: Record<string, string> = {}, ns?: string) {
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

const figure = (value: number | null) => (value === null ? '–' : value.toLocaleString('en-GB'))

/** Lon/lat rings projected into a width × height box (equirectangular, scaled by cos lat). */
function project(geometries: Geometry[], width: number, height: number) {
  const rings = geometries.flatMap((g) =>
    g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()
  )
  const points = rings.flat()
  const lons = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ]
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180)
  const scale = Math.min(width / ((east - west) * k || 1), height / (north - south || 1))
  return (ring: Ring) =>
    'M' +
    ring
      .map(
        ([lon, lat]) =>
          `${((lon - west) * k * scale).toFixed(1)},${((north - lat) * scale).toFixed(1)}`
      )
      .join('L') +
    'Z'
}

export class CspLocalAreasElement extends HTMLElement {
  static observedAttributes = ['district', 'measure', 'api']
  #started = false

  constructor() {
    super()
    const root = this.attachShadow({ mode: 'open' })
    root.append(el('style', styles))
  }

  connectedCallback() {
    if (!this.#started) void this.#load()
    this.#started = true
  }

  attributeChangedCallback() {
    if (this.#started) void this.#load()
  }

  #show(...nodes: Node[]) {
    const root = this.shadowRoot!
    root.replaceChildren(root.firstChild!, ...nodes)
  }

  async #load() {
    const district = this.getAttribute('district') ?? ''
    const measure = this.getAttribute('measure') ?? 'police-uk.anti-social-behaviour'
    const base = (this.getAttribute('api') ?? scriptApiBase ?? '').replace(/\/?$/, '/')
    if (!/^[EW]\d{8}$/.test(district)) {
      this.#show(el('p', 'Local areas: set district to a district code such as E07000039.'))
      return
    }
    this.#show(el('p', 'Loading local figures…', { role: 'status' }))
    try {
      const query = new URLSearchParams({ measure, level: 'ward' })
      const [changes, topology] = (await Promise.all(
        [`v1/areas/${district}/changes?${query}`, `v1/geography/${district}.topojson`].map(
          async (path) => {
            const response = await fetch(new URL(path, base))
            const body = await response.json()
            if (!response.ok) throw new Error(String(body?.detail ?? response.status))
            return body
          }
        )
      )) as [Changes, Topology & { metadata: { attribution: string } }]
      this.#render(changes, topology)
    } catch (error) {
      this.#show(
        el('p', `The local figures could not be loaded: ${(error as Error).message}`, {
          role: 'alert',
        })
      )
    }
  }

  #render(changes: Changes, topology: Topology & { metadata: { attribution: string } }) {
    const rows = new Map(changes.rows.map((row) => [row.area, row]))
    const wards = feature(topology, topology.objects['wards']!) as unknown as {
      features: { id: string; geometry: Geometry }[]
    }
    const width = 560
    const height = 440
    const path = project(
      wards.features.map((f) => f.geometry),
      width,
      height
    )
    const title = `${changes.area.name}: ${changes.measure}, ${changes.current.from} to ${changes.current.to} against ${changes.baseline.from} to ${changes.baseline.to}`
    const svg = el(
      'svg',
      undefined,
      { viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `Map of ${title}` },
      svgNs
    )
    const defs = el('defs', undefined, {}, svgNs)
    const hatch = el(
      'pattern',
      undefined,
      {
        id: 'u',
        width: '8',
        height: '8',
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      svgNs
    )
    hatch.append(
      el('rect', undefined, { width: '8', height: '8', fill: '#f4b2a6' }, svgNs),
      el('line', undefined, { y2: '8', stroke: '#d4351c', 'stroke-width': '4' }, svgNs)
    )
    const dots = el(
      'pattern',
      undefined,
      { id: 'd', width: '8', height: '8', patternUnits: 'userSpaceOnUse' },
      svgNs
    )
    dots.append(
      el('rect', undefined, { width: '8', height: '8', fill: '#b7d3ee' }, svgNs),
      el('circle', undefined, { cx: '4', cy: '4', r: '2.2', fill: '#1d70b8' }, svgNs)
    )
    defs.append(hatch, dots)
    svg.append(defs)
    for (const ward of wards.features) {
      const row = rows.get(String(ward.id))
      const flag = row?.flag ?? null
      const rings =
        ward.geometry.type === 'Polygon'
          ? ward.geometry.coordinates
          : ward.geometry.coordinates.flat()
      const said = flag === null ? 'no significant change' : `significant ${flag}`
      const label = `${row?.name ?? ward.id}: ${figure(row?.current ?? null)} against ${figure(row?.baseline ?? null)}, ${said}`
      svg.append(
        el(
          'path',
          undefined,
          {
            d: rings.map(path).join(''),
            fill: flag === 'increase' ? 'url(#u)' : flag === 'decrease' ? 'url(#d)' : '#f3f2f1',
            'fill-rule': 'evenodd',
            tabindex: '0',
            role: 'img',
            'aria-label': label,
          },
          svgNs
        )
      )
    }
    const table = el('table')
    table.append(el('caption', title))
    const head = el('tr')
    for (const text of ['Ward', 'This period', 'Baseline', 'Difference', 'Significant change']) {
      head.append(el('th', text, { scope: 'col' }))
    }
    const thead = el('thead')
    thead.append(head)
    table.append(thead)
    const body = el('tbody')
    for (const row of changes.rows) {
      const tr = el('tr')
      tr.append(el('th', row.name, { scope: 'row' }))
      for (const value of [row.current, row.baseline, row.difference])
        tr.append(el('td', figure(value), { class: 'n' }))
      tr.append(
        el(
          'td',
          row.flag === 'increase' ? 'Increase' : row.flag === 'decrease' ? 'Decrease' : 'None'
        )
      )
      body.append(tr)
    }
    table.append(body)
    const key =
      'Hatched red: significant increase. Dotted blue: significant decrease. Grey: no significant change (exact test, adjusted across the wards). Ward figures are summed from best-fit LSOAs.'
    this.#show(
      svg,
      el('p', key, { class: 's' }),
      table,
      el(
        'p',
        `Source: ${changes.source.publisher}. ${changes.source.note ?? ''} ${changes.suppression?.rule ?? ''} ${topology.metadata.attribution}`,
        { class: 's' }
      )
    )
  }
}

// What the tests compare, read inside the page. Each function is sent to the browser as source,
// so it must not use anything from this module's scope.

/** Attributes that carry meaning for assistive technology or the tests' comparisons. */
export const meaningfulAttributes = [
  'scope',
  'aria-sort',
  'role',
  'colspan',
  'aria-hidden',
  'aria-labelledby',
  'aria-label',
  'aria-busy',
  'class',
  'id',
  'download',
  'type',
]

/**
 * One line per element under `root` (a shadow root or an element): indentation for depth, the
 * tag, the meaningful attributes and the element's own text with whitespace collapsed.
 */
export function describeTree([root, attributes]: readonly [
  ParentNode,
  readonly string[],
]): string[] {
  const lines: string[] = []
  const walk = (node: ParentNode, depth: number) => {
    for (const child of Array.from(node.children)) {
      if (child.localName === 'style') continue
      const attrs = attributes
        .filter((name) => child.hasAttribute(name))
        .map((name) => `${name}=${child.getAttribute(name)}`)
      const own = Array.from(child.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
      lines.push(
        `${'  '.repeat(depth)}${child.localName}${attrs.length ? `[${attrs.join(' ')}]` : ''}${own ? ` ${JSON.stringify(own)}` : ''}`
      )
      walk(child, depth + 1)
    }
  }
  walk(root, 0)
  return lines
}

/** Computed styles that show whether a host page's CSS got in. */
export function keyStyles(root: ParentNode): Record<string, string> {
  const picks: [string, string[]][] = [
    [
      '.csp',
      [
        'font-family',
        'font-size',
        'line-height',
        'color',
        'background-color',
        'text-transform',
        'letter-spacing',
      ],
    ],
    ['.csp-title', ['font-size', 'font-weight', 'margin-bottom']],
    ['table', ['display', 'border-collapse', 'width']],
    ['caption', ['font-size', 'text-align']],
    ['thead th', ['font-size', 'padding-top', 'text-align', 'font-weight']],
    ['tbody td', ['font-size', 'padding-top', 'text-align']],
    ['.csp-sort', ['color', 'text-decoration-line', 'font-size']],
    ['tr:has(.csp-you) > th', ['background-color', 'font-weight']],
    ['.csp-download a', ['color']],
  ]
  const out: Record<string, string> = {}
  for (const [selector, properties] of picks) {
    const element = root.querySelector(selector)
    if (!element) {
      out[selector] = 'missing'
      continue
    }
    const style = getComputedStyle(element)
    for (const p of properties) out[`${selector} ${p}`] = style.getPropertyValue(p)
  }
  const table = root.querySelector('table')
  const box = table?.getBoundingClientRect()
  out['table size'] = box ? `${Math.round(box.width)}x${Math.round(box.height)}` : 'missing'
  return out
}

/** The rows' text, cell by cell, in the order shown. */
export function tableCells(root: ParentNode): string[][] {
  return Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
  )
}

/** The size of a PNG from its header, for comparing screenshots' dimensions. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

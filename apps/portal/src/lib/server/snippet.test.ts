import { describe, expect, it } from 'vitest'
import { widgetSnippet } from './snippet.ts'

const script = { src: 'https://api.example/widget/csp-widget.js', integrity: 'sha384-abc' }

describe('widgetSnippet', () => {
  it('is the script with its integrity hash, then the element', () => {
    expect(
      widgetSnippet({ script, measure: 'hate-crime', period: '2023', highlight: 'E07000039' })
    ).toBe(
      '<script src="https://api.example/widget/csp-widget.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>\n' +
        '<csp-crime-table measure="hate-crime" period="2023" highlight="E07000039"></csp-crime-table>'
    )
  })

  it('leaves out the highlight when none is chosen', () => {
    expect(
      widgetSnippet({ script, measure: 'hate-crime', period: '2023', highlight: '' })
    ).toContain('<csp-crime-table measure="hate-crime" period="2023"></csp-crime-table>')
  })

  it('escapes attribute values', () => {
    const snippet = widgetSnippet({ script, measure: 'a"><script>', period: '2023' })
    expect(snippet).toContain('measure="a&quot;>&lt;script>"')
    expect(snippet.match(/<script/g)).toHaveLength(1)
  })
})

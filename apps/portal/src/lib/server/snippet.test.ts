import { describe, expect, it } from 'vitest'
import { embedPageUrl, iframeSnippet, widgetSnippet } from './snippet.ts'

const script = { src: 'https://api.example/widget/csp-widget.abc123.js', integrity: 'sha384-abc' }

describe('widgetSnippet', () => {
  it('is the script with its integrity hash, then the element', () => {
    expect(
      widgetSnippet(script, { measure: 'hate-crime', period: '2023', highlight: 'E07000039' })
    ).toBe(
      '<script src="https://api.example/widget/csp-widget.abc123.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>\n' +
        '<csp-crime-table measure="hate-crime" period="2023" highlight="E07000039"></csp-crime-table>'
    )
  })

  it('leaves out the highlight when none is chosen', () => {
    expect(
      widgetSnippet(script, { measure: 'hate-crime', period: '2023', highlight: '' })
    ).toContain('<csp-crime-table measure="hate-crime" period="2023"></csp-crime-table>')
  })

  it('escapes attribute values', () => {
    const snippet = widgetSnippet(script, { measure: 'a"><script>', period: '2023' })
    expect(snippet).toContain('measure="a&quot;>&lt;script>"')
    expect(snippet.match(/<script/g)).toHaveLength(1)
  })
})

describe('iframeSnippet and embedPageUrl', () => {
  it('point at the API’s embed page with the same choice', () => {
    const choice = { measure: 'anti-social-behaviour', period: '2023', highlight: 'E07000039' }
    expect(embedPageUrl('https://api.example', choice)).toBe(
      'https://api.example/widget/embed?measure=anti-social-behaviour&period=2023&highlight=E07000039'
    )
    expect(iframeSnippet('https://api.example', choice, 'Anti-social behaviour, 2023')).toBe(
      '<iframe src="https://api.example/widget/embed?measure=anti-social-behaviour&amp;period=2023&amp;highlight=E07000039" title="Anti-social behaviour, 2023" style="width: 100%; border: 0" height="760"></iframe>'
    )
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { rewriteGovukFonts, systemFontStack } from './govuk-system-font.ts'

const css = readFileSync(
  createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'),
  'utf8'
)

describe('rewriteGovukFonts', () => {
  it('leaves no trace of GDS Transport in govuk-frontend’s CSS', () => {
    expect(css).toContain('GDS Transport')
    const rewritten = rewriteGovukFonts(css)
    expect(rewritten).not.toContain('GDS Transport')
    expect(rewritten).not.toContain('@font-face')
    expect(rewritten).not.toContain('/assets/fonts/')
  })

  it('puts the system stack wherever the font was named', () => {
    const named = css.match(/font-family:GDS Transport/g)!.length
    const rewritten = rewriteGovukFonts(css)
    const declarations = rewritten.split(`font-family:${systemFontStack}`).length - 1
    // Two of the names were the @font-face rules themselves.
    expect(declarations).toBe(named - 2)
  })
})

import { describe, expect, it } from 'vitest'
import { safeReturnTo, signInPath } from './return-to.ts'

describe('safeReturnTo', () => {
  it.each([
    ['/figures/hate-crime?period=2023', '/figures/hate-crime?period=2023'],
    ['/plan#duties', '/plan#duties'],
    ['/', '/'],
  ])('keeps the same-origin path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected)
  })

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['\\\\evil.example'],
    ['/%0d%0aSet-Cookie:x'.replace('%0d%0a', '\r\n')],
    ['javascript:alert(1)'],
    ['figures'],
    ['/sign-in?returnTo=/x'],
    ['/sign-out'],
    ['/..//evil.example'],
    ['/.//evil.example/x'],
    ['/a/../..//evil.example'],
  ])('refuses %j and goes home instead', (value) => {
    expect(safeReturnTo(value)).toBe('/')
  })

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/figures/../plan')).toBe('/plan')
    expect(safeReturnTo('/../../evil')).toBe('/evil')
  })
})

describe('signInPath', () => {
  it('comes back to the page and its query afterwards', () => {
    expect(signInPath(new URL('http://portal/figures/hate-crime?period=2023'))).toBe(
      '/sign-in?returnTo=%2Ffigures%2Fhate-crime%3Fperiod%3D2023'
    )
  })

  it('says when a session ended, and leaves out a return to the home page', () => {
    expect(signInPath(new URL('http://portal/'), { expired: true })).toBe('/sign-in?expired=1')
    expect(signInPath(new URL('http://portal/'))).toBe('/sign-in')
  })
})

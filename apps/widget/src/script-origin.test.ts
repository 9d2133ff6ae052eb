import { expect, test } from 'vitest'
import { apiBaseOf } from './script-origin.ts'

test.each([
  ['https://api.example/widget/csp-widget.js', 'https://api.example/'],
  ['https://csp.example/toolkit/widget/csp-widget.0.1.0.js?v=1', 'https://csp.example/toolkit/'],
  ['http://127.0.0.1:8080/widget/csp-widget.js', 'http://127.0.0.1:8080/'],
  ['https://cdn.example/csp-widget.js', null],
  ['file:///widget/csp-widget.js', null],
  ['not a url', null],
])('the API behind %s is %s', (src, base) => {
  expect(apiBaseOf(src)).toBe(base)
})

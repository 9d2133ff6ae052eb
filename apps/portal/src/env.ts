import { defineEnvVars } from '@sveltejs/kit/env'

function httpUrl(name: string, value: string): string {
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http or https address`)
  }
  return url.href.replace(/\/$/, '')
}

// Read when the server starts (never inlined at build time), so one build serves any deployment.
export const variables = defineEnvVars({
  API_URL: {
    description: 'The CSP Toolkit API the portal calls from its server, e.g. http://127.0.0.1:8787',
    // Optional here only because `vite build` checks variables too; the server's init hook
    // refuses to start without it.
    schema: (value) => (value ? httpUrl('API_URL', value) : undefined),
  },
  CSP_PORTAL_SECRET: {
    description:
      'A secret of 32 characters or more shared with the API (set the same CSP_PORTAL_SECRET there): the portal signs each sign-in’s client address with it, so the API limits attempts per person, not per portal',
    // Optional here only because `vite build` checks variables too; init refuses to start without it.
    schema: (value) => (value ? value.trim() : undefined),
  },
  PUBLIC_API_URL: {
    description:
      'The same API as browsers on other sites reach it (embed snippets, CSV links); defaults to API_URL',
    schema: (value) => (value ? httpUrl('PUBLIC_API_URL', value) : undefined),
  },
})

import { describe, expect, it } from 'vitest'
import { setupRoutes } from '../auth/middleware.ts'
import { appWithoutDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and matches the committed contract', async () => {
    const res = await appWithoutDb().request('/v1/openapi.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const document = await json(res)
    expect(document.openapi).toBe('3.1.0')
    // A change here is a change of the public contract: review the diff, then run
    // `pnpm --filter @csp/api test -u` to accept it.
    await expect(JSON.stringify(document, null, 2) + '\n').toMatchFileSnapshot(
      './__snapshots__/openapi.json.snap'
    )
  })

  it('documents every route of the app, each error as a problem', async () => {
    const document = await json(await appWithoutDb().request('/v1/openapi.json'))
    expect(Object.keys(document.paths).sort()).toEqual([
      '/healthz',
      '/readyz',
      '/v1/actions',
      '/v1/actions/summary',
      '/v1/areas',
      '/v1/asb-case-reviews',
      '/v1/asb-case-reviews/annual-return',
      '/v1/asb-case-reviews/annual-returns',
      '/v1/asb-case-reviews/statistics',
      '/v1/asb-case-reviews/{id}',
      '/v1/asb-case-reviews/{id}/events',
      '/v1/asb-case-reviews/{id}/threshold-decision',
      '/v1/asb-case-reviews/{id}/threshold-decision/confirm',
      '/v1/asb-case-reviews/{id}/threshold-decision/override',
      '/v1/assessments/{year}',
      '/v1/audit',
      '/v1/auth/token',
      '/v1/auth/token/two-factor',
      '/v1/crime-tables',
      '/v1/crime-tables/{measure}/{period}',
      '/v1/duties',
      '/v1/duties/done',
      '/v1/duties/due',
      '/v1/duties/status',
      '/v1/imports',
      '/v1/imports/police-uk',
      '/v1/imports/{id}',
      '/v1/me',
      '/v1/me/password',
      '/v1/me/two-factor',
      '/v1/me/two-factor/enrolment',
      '/v1/me/two-factor/removal',
      '/v1/measures',
      '/v1/organisations',
      '/v1/plan',
      '/v1/plan/revisions',
      '/v1/plan/revisions/{id}',
      '/v1/plan/revisions/{id}/adoption',
      '/v1/plan/revisions/{id}/publication',
      '/v1/priorities',
      '/v1/pspos',
      '/v1/pspos/{id}',
      '/v1/pspos/{id}/extensions',
      '/v1/settings/case-reviews',
      '/v1/settings/partnership',
      '/v1/settings/sign-in',
      '/v1/tokens/{id}',
      '/v1/users',
      '/v1/users/{id}',
      '/v1/users/{id}/tokens',
    ])
    for (const [path, item] of Object.entries<Json>(document.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        for (const [status, response] of Object.entries<Json>(operation.responses)) {
          if (Number(status) < 400) continue
          expect(Object.keys(response.content), `${method} ${path} ${status}`).toEqual([
            'application/problem+json',
          ])
        }
      }
    }
    for (const csvPath of [
      '/v1/crime-tables/{measure}/{period}',
      '/v1/asb-case-reviews/annual-return',
    ]) {
      const ok = document.paths[csvPath].get.responses['200']
      expect(Object.keys(ok.content), csvPath).toEqual(['application/json', 'text/csv'])
    }
    // No shared component may be nullable: that would make every use of it accept null
    // (see nullable-refs.ts).
    for (const [name, schema] of Object.entries<Json>(document.components.schemas)) {
      expect(JSON.stringify(schema.type ?? ''), name).not.toContain('null')
    }
    // The domain's schemas are reused as components, not copied.
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Area',
        'Measure',
        'CrimeTableFinding',
        'AreaRank',
        'PartnershipPlan',
        'Problem',
      ])
    )
  })

  it('marks every operation that needs a token with the bearer scheme, and documents its 401', async () => {
    const document = await json(await appWithoutDb().request('/v1/openapi.json'))
    expect(document.components.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer', description: expect.any(String) },
    })
    const open = new Set([
      'get /healthz',
      'get /readyz',
      'post /v1/auth/token',
      'post /v1/auth/token/two-factor',
    ])
    // Public for some requests, signed in for others (the annual return's other windows).
    const optional = new Set(['get /v1/asb-case-reviews/annual-return'])
    for (const [path, item] of Object.entries<Json>(document.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        const name = `${method} ${path}`
        if (optional.has(name)) {
          expect(operation.security, name).toEqual([{}, { bearerAuth: [] }])
          expect(operation.responses['401'], name).toBeDefined()
          continue
        }
        const isPublic = open.has(name) || (method === 'get' && !operation.responses['401'])
        if (isPublic) {
          expect(operation.security, name).toBeUndefined()
          continue
        }
        expect(operation.security, name).toEqual([{ bearerAuth: [] }])
        expect(operation.responses['401'], name).toBeDefined()
        // A token that may only finish setting up its account is refused everywhere else.
        if (!setupRoutes.has(name)) expect(operation.responses['403'], name).toBeDefined()
      }
    }
    // The ones that must be protected are.
    for (const name of [
      'get /v1/me',
      'get /v1/users',
      'get /v1/organisations',
      'get /v1/audit',
      'post /v1/imports/police-uk',
      'get /v1/imports/{id}',
      'get /v1/duties/due',
      'get /v1/settings/partnership',
      'post /v1/asb-case-reviews/annual-returns',
    ]) {
      const [method, path] = name.split(' ') as [string, string]
      expect(document.paths[path][method].security, name).toEqual([{ bearerAuth: [] }])
    }
  })

  it('has a reference page that works offline', async () => {
    const app = appWithoutDb()
    const res = await app.request('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    )
    const html = await res.text()
    expect(html).not.toMatch(/<script|(?:src|href)="https?:/)
    const document = await json(await app.request('/v1/openapi.json'))
    for (const path of Object.keys(document.paths)) {
      expect(html).toContain(`<code>${path}</code>`)
    }
    expect(html).toContain('<details id="schema-CrimeTableView">')
  })
})

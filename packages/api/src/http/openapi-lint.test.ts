import { fileURLToPath } from 'node:url'
import { lintFromString, loadConfig } from '@redocly/openapi-core'
import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json, type Json } from '../test/http.ts'
import { operationIdOf } from './openapi.ts'

const configPath = fileURLToPath(new URL('../../redocly.yaml', import.meta.url))

describe('the OpenAPI document under Redocly’s recommended rules', () => {
  it('has no errors and no warnings', async () => {
    const source = await (await appWithoutDb().request('/v1/openapi.json')).text()
    const config = await loadConfig({ configPath })
    const problems = await lintFromString({ source, absoluteRef: '/v1/openapi.json', config })
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`)
    ).toEqual([])
  })

  it('documents a 4xx for every operation that takes parameters or a body', async () => {
    const document = await json(await appWithoutDb().request('/v1/openapi.json'))
    for (const [path, item] of Object.entries<Json>(document.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        if (!operation.parameters?.length && !operation.requestBody) continue
        const statuses = Object.keys(operation.responses).map(Number)
        expect(
          statuses.some((s) => s >= 400 && s < 500),
          `${method} ${path}`
        ).toBe(true)
      }
    }
  })

  it('names operations from their method and path, and states public ones as such', async () => {
    expect(operationIdOf('get', '/v1/asb-case-reviews/{id}/events')).toBe(
      'getAsbCaseReviewsByIdEvents'
    )
    expect(operationIdOf('DELETE', '/v1/tokens/{id}')).toBe('deleteTokensById')
    const document = await json(await appWithoutDb().request('/v1/openapi.json'))
    expect(document.paths['/v1/areas'].get).toMatchObject({ operationId: 'getAreas', security: [] })
    expect(document.paths['/v1/users'].post.security).toEqual([{ bearerAuth: [] }])
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })])
  })
})

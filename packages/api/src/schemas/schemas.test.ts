import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CreateOrganisationRequest,
  CreateUserRequest,
  SignInRequest,
  UpdateUserRequest,
} from './index.ts'

const here = dirname(fileURLToPath(import.meta.url))

describe('@csp/api/schemas', () => {
  it('imports nothing server-only, so browsers and the portal can use it', () => {
    // zod, the (pure) domain package and each other: no node:, drizzle, hono or ../ modules.
    for (const file of readdirSync(here).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')
    )) {
      const imports = [...readFileSync(join(here, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => m[1]
      )
      for (const source of imports)
        expect(source, file).toMatch(/^(zod|@csp\/domain|\.\/[a-z-]+\.ts)$/)
    }
  })

  it('gives form-ready messages at field paths', () => {
    const result = CreateUserRequest.safeParse({
      email: 'x',
      name: ' ',
      role: 'boss',
      organisationId: '1',
      password: 'short',
    })
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['email', 'enter an email address such as name@example.org'],
      ['name', 'enter a name'],
      ['role', 'Invalid option: expected one of "admin"|"analyst"|"officer"|"viewer"'],
      ['organisationId', 'Invalid UUID'],
      ['password', 'must be at least 12 characters'],
    ])
    expect(SignInRequest.parse({ email: ' Jo@Example.ORG ', password: 'x' }).email).toBe(
      'jo@example.org'
    )
    expect(UpdateUserRequest.safeParse({}).success).toBe(false)
    expect(
      CreateOrganisationRequest.safeParse({ name: 'Youth Justice Service', kind: 'youth-justice' })
        .success
    ).toBe(true)
  })
})

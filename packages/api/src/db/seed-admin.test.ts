import { describe, expect, it } from 'vitest'
import { postSignIn } from '../test/auth.ts'
import { testAuthConfig, testClock, testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'
import { organisations, users } from './schema/index.ts'
import { adminSeedStep } from './seed-admin.ts'
import { seed } from './seed.ts'

const env = {
  CSP_ADMIN_EMAIL: ' Admin@Example.org ',
  CSP_ADMIN_PASSWORD: 'the first admin password',
}
const cheap = testAuthConfig.passwordHashing

describe.each(testDatabases)('the first admin on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('is created from the environment, once, and can sign in', async () => {
    const run = () => seed(t.db, { steps: [adminSeedStep(cheap)], clock: testClock, env })
    expect(await run()).toEqual([
      {
        step: 'admin',
        summary: 'created the first admin admin@example.org (South Derbyshire District Council)',
      },
    ])
    expect(await run()).toEqual([
      { step: 'admin', summary: 'admin@example.org already exists (role admin); unchanged' },
    ])
    expect(await t.db.$count(users)).toBe(1)
    expect(
      await t.db.select({ name: organisations.name, kind: organisations.kind }).from(organisations)
    ).toEqual([{ name: 'South Derbyshire District Council', kind: 'council' }])
    const res = await postSignIn(t.app(), {
      email: 'admin@example.org',
      password: env.CSP_ADMIN_PASSWORD,
    })
    expect(res.status).toBe(201)
    expect((await json(res)).user.role).toBe('admin')
  })

  it('needs both variables or neither', async () => {
    const run = (vars: Record<string, string>) =>
      seed(t.db, { steps: [adminSeedStep(cheap)], clock: testClock, env: vars })
    await expect(run({ CSP_ADMIN_EMAIL: 'someone@example.org' })).rejects.toThrow(
      'CSP_ADMIN_PASSWORD is not set'
    )
    await expect(
      run({ CSP_ADMIN_EMAIL: 'nope', CSP_ADMIN_PASSWORD: env.CSP_ADMIN_PASSWORD })
    ).rejects.toThrow('CSP_ADMIN_EMAIL: enter an email address such as name@example.org')
  })

  it('refuses a common or breached CSP_ADMIN_PASSWORD, and asks no change of one the admin chose', async () => {
    const run = (vars: Record<string, string>) =>
      seed(t.db, { steps: [adminSeedStep(cheap)], clock: testClock, env: vars })
    await expect(
      run({ CSP_ADMIN_EMAIL: 'weak@example.org', CSP_ADMIN_PASSWORD: 'password1234' })
    ).rejects.toThrow('CSP_ADMIN_PASSWORD: is too close to a commonly used password')
    await run({ CSP_ADMIN_EMAIL: 'chosen@example.org', CSP_ADMIN_PASSWORD: env.CSP_ADMIN_PASSWORD })
    const res = await postSignIn(t.app(), {
      email: 'chosen@example.org',
      password: env.CSP_ADMIN_PASSWORD,
    })
    expect((await json(res)).requires).toEqual([])
  })
})

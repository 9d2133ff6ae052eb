import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { createOrganisation, createUser } from '../auth/accounts.ts'
import type { PasswordHashing } from '../auth/passwords.ts'
import { Email, NewPassword } from '../schemas/index.ts'
import { findOrganisation } from './repositories/people.ts'
import { users } from './schema/index.ts'
import { SeedError, type SeedStep } from './seed-step.ts'

/** The organisation the first admin belongs to. */
export const firstAdminOrganisation = {
  name: 'South Derbyshire District Council',
  kind: 'council',
} as const

const AdminEnv = z.object({ CSP_ADMIN_EMAIL: Email, CSP_ADMIN_PASSWORD: NewPassword })

/**
 * The seed step for the first admin, from CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD, in the
 * South Derbyshire District Council organisation (created if missing). Without those variables
 * it creates nothing and says so; an existing user of that email is left as they are (the
 * password is never reset by seeding), so it is safe to repeat.
 *
 * @example
 * ```ts
 * await seed(db, { steps: [adminSeedStep()], clock, env: { CSP_ADMIN_EMAIL: 'a@x.org', CSP_ADMIN_PASSWORD: '…' } })
 * //=> [{ step: 'admin', summary: 'created the first admin a@x.org (South Derbyshire District Council)' }]
 * ```
 */
export function adminSeedStep(hashing?: PasswordHashing): SeedStep {
  return {
    name: 'admin',
    async run(db, { clock, env }) {
      const given = {
        CSP_ADMIN_EMAIL: env['CSP_ADMIN_EMAIL'],
        CSP_ADMIN_PASSWORD: env['CSP_ADMIN_PASSWORD'],
      }
      if (!given.CSP_ADMIN_EMAIL && !given.CSP_ADMIN_PASSWORD) {
        return 'no admin created (set CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD to create the first admin)'
      }
      const parsed = AdminEnv.safeParse(given)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const name = String(issue?.path[0] ?? 'CSP_ADMIN_EMAIL')
        throw new SeedError(
          issue?.code === 'invalid_type'
            ? `${name} is not set`
            : `${name}: ${issue?.message ?? 'is not valid'}`
        )
      }
      const { CSP_ADMIN_EMAIL: email, CSP_ADMIN_PASSWORD: password } = parsed.data
      const at = clock.now()
      const context = { actorId: null, at, via: 'seed' }
      let organisation = await findOrganisation(db, firstAdminOrganisation.name, 'name')
      if (!organisation) {
        const created = await createOrganisation(db, firstAdminOrganisation, context)
        if ('refused' in created) throw new Error(`cannot create ${firstAdminOrganisation.name}`)
        organisation = created
      }
      const [existing] = await db
        .select({ role: users.role })
        .from(users)
        .where(eq(users.email, email))
      if (existing) return `${email} already exists (role ${existing.role}); unchanged`
      const input = {
        email,
        name: 'Administrator',
        role: 'admin' as const,
        organisationId: organisation.id,
        password,
      }
      // The person who set CSP_ADMIN_PASSWORD (or `npm start`, for them) chose it: no forced change.
      const user = await createUser(db, input, context, hashing, { ownPassword: true })
      if ('refused' in user) {
        if (user.refused === 'weak-password') {
          throw new SeedError(`CSP_ADMIN_PASSWORD: ${user.message ?? 'is too easy to guess'}`)
        }
        throw new Error(`cannot create ${email}: ${user.refused}`)
      }
      return `created the first admin ${email} (${organisation.name})`
    },
  }
}

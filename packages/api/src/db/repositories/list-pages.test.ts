// The pages of the users and import-job lists, ready for their routes: every item once, in
// the order of the whole list.
import { describe, expect, it } from 'vitest'
import type { User } from '../../schemas/index.ts'
import { addTestUser, testOrganisation } from '../../test/auth.ts'
import { testClock, testDatabases, useTestDb } from '../../test/databases.ts'
import {
  createImportJob,
  listImportJobs,
  listImportJobsPage,
  type ImportJobKey,
  type ImportJobRow,
} from './import-jobs.ts'
import { listUsers, listUsersPage, type UserKey } from './people.ts'

async function everyPage<T, K>(
  page: (after: K | undefined) => Promise<{ items: T[]; last: K | undefined }>
): Promise<T[]> {
  const all: T[] = []
  let after: K | undefined
  for (let n = 0; n < 100; n += 1) {
    const { items, last } = await page(after)
    all.push(...items)
    if (last === undefined) return all
    after = last
  }
  throw new Error('too many pages')
}

describe.each(testDatabases)('pages of users and imports on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('pages users by name, then email, then id', async () => {
    const council = await testOrganisation(t.db)
    for (let n = 0; n < 7; n += 1) {
      await addTestUser(t.db, 'viewer', { organisationId: council.id })
    }
    const whole = await listUsers(t.db)
    const paged = await everyPage<User, UserKey>((after) =>
      listUsersPage(t.db, { limit: 2, after })
    )
    expect(paged.map((u) => u.id)).toEqual(whole.map((u) => u.id))
  })

  it('pages import jobs newest first', async () => {
    for (let n = 0; n < 5; n += 1) {
      const at = new Date(testClock.now().getTime() + (n % 2) * 1000)
      await createImportJob(t.db, { kind: 'police-uk', fileName: `f${n}.csv`, createdBy: null, at })
    }
    const whole = await listImportJobs(t.db, 100)
    const paged = await everyPage<ImportJobRow, ImportJobKey>((after) =>
      listImportJobsPage(t.db, { limit: 2, after })
    )
    expect(paged.map((j) => j.id)).toEqual(whole.map((j) => j.id))
  })
})

// Every list is paged by a cursor: `limit` (1–100) items, and a `next` link to the rest.
import { beforeAll, describe, expect, it } from 'vitest'
import { application, session, testPartners, testUser, type Session } from '../test/casework.ts'
import { addTestUser, testOrganisation } from '../test/auth.ts'
import { createImportJob } from '../db/repositories/import-jobs.ts'
import { testClock } from '../test/databases.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType, type Json } from '../test/http.ts'

interface List {
  name: string
  who: () => Session
  path: string
  /** What identifies an item. */
  id: (item: Json) => string
}

describe.each(testDatabases)('paged lists on $name', (target) => {
  const t = useTestDb(target)
  const as = {} as Record<'admin' | 'officer' | 'viewer' | 'anonymous', Session>

  beforeAll(async () => {
    const p = await testPartners(t.db)
    for (const role of ['admin', 'officer', 'viewer'] as const) {
      as[role] = await (await testUser(t.db, role, p.council.id)).on(t.app())
    }
    as.anonymous = session(t.app(), null)
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    for (let n = 0; n < 7; n += 1) {
      // Two a day, so that pages break between items of the same day.
      const day = `2025-05-${String(10 + Math.floor(n / 2)).padStart(2, '0')}`
      const res = await as.officer.post(
        '/v1/asb-case-reviews',
        application(bodies, { receivedOn: day })
      )
      expect(res.status).toBe(201)
      const action = { power: n % 2 ? 'warning-letter' : 'community-protection-warning', date: day }
      expect((await as.officer.post('/v1/actions', action)).status).toBe(201)
      const pspo = {
        title: `Order ${n}`,
        place: 'Swadlincote',
        madeOn: '2025-05-20',
        startsOn: '2025-06-01',
        endsOn: `2027-0${1 + Math.floor(n / 3)}-28`,
      }
      expect((await as.officer.post('/v1/pspos', pspo)).status).toBe(201)
      await testOrganisation(t.db, `Partner ${n % 3}`, 'voluntary')
      // Two users of each name, so that pages break between people of the same name.
      await addTestUser(t.db, 'viewer', { organisationId: p.council.id })
      // All at the same instant (the test clock): pages break between jobs of one time.
      await createImportJob(t.db, {
        kind: 'police-uk',
        fileName: `upload-${n}.csv`,
        createdBy: null,
        at: testClock.now(),
      })
    }
  })

  const lists: List[] = [
    { name: 'case reviews', who: () => as.admin, path: '/v1/asb-case-reviews', id: (i) => i.id },
    { name: 'actions', who: () => as.officer, path: '/v1/actions', id: (i) => i.id },
    {
      name: 'actions of one power',
      who: () => as.officer,
      path: '/v1/actions?power=warning-letter',
      id: (i) => i.id,
    },
    { name: 'organisations', who: () => as.viewer, path: '/v1/organisations', id: (i) => i.id },
    { name: 'the audit log', who: () => as.admin, path: '/v1/audit', id: (i) => String(i.id) },
    { name: 'the PSPO register', who: () => as.anonymous, path: '/v1/pspos', id: (i) => i.id },
    { name: 'users', who: () => as.admin, path: '/v1/users', id: (i) => i.id },
    { name: 'import jobs', who: () => as.admin, path: '/v1/imports', id: (i) => i.id },
  ]

  const withQuery = (path: string, query: string) =>
    `${path}${path.includes('?') ? '&' : '?'}${query}`

  it.each(lists.map((l) => [l.name, l] as const))(
    'pages %s by `next`, in the order of the whole list',
    async (_, list) => {
      const whole = await json(await list.who().get(withQuery(list.path, 'limit=100')))
      expect(whole.next).toBeNull()
      const everything = whole.items.map(list.id)
      expect(everything.length).toBeGreaterThan(2)
      const seen: string[] = []
      let next: string | null = withQuery(list.path, 'limit=2')
      for (let pages = 0; next !== null; pages += 1) {
        expect(pages).toBeLessThan(100)
        const res = await list.who().get(next)
        expect(res.status, next).toBe(200)
        const page = await json(res)
        expect(page.items.length).toBeLessThanOrEqual(2)
        seen.push(...page.items.map(list.id))
        if (page.next !== null) {
          expect(page.items).toHaveLength(2)
          // The filters and the page size travel in the link.
          for (const [name, value] of new URL(list.path, 'http://x').searchParams) {
            expect(new URL(page.next, 'http://x').searchParams.get(name)).toBe(value)
          }
          expect(new URL(page.next, 'http://x').searchParams.get('limit')).toBe('2')
        }
        next = page.next
      }
      expect(seen).toEqual(everything)
    }
  )

  it.each(lists.map((l) => [l.name, l] as const))(
    'refuses a page size over 100 or a made-up cursor for %s, naming the field',
    async (_, list) => {
      for (const [query, field] of [
        ['limit=101', 'limit'],
        ['limit=0', 'limit'],
        ['cursor=bm90IGEgY3Vyc29y', 'cursor'],
        ['cursor=%00', 'cursor'],
      ]) {
        const res = await list.who().get(withQuery(list.path, query!))
        expect(res.status, query).toBe(400)
        const problem = await json(res)
        expect(problem.type).toBe(problemType('validation'))
        expect(problem.errors.map((e: { path: string }) => e.path)).toContain(field)
      }
      const first = await json(await list.who().get(list.path))
      expect(first.items.length).toBeLessThanOrEqual(50)
    }
  )
})

import { describe, expect, it } from 'vitest'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe.each(testDatabases)('plan revisions on $name', (target) => {
  const t = useTestDb(target)

  it('the seed is the first adopted revision, its three contradicted claims flagged', async () => {
    const app = t.app()
    const viewer = await signedInUser(t.db, app, 'viewer')
    const { items } = await json(await viewer.get('/v1/plan/revisions'))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ planYear: 2023, status: 'adopted', basedOn: null })
    expect(items[0].adopted.overrideReason).toMatch(/as the plan makes them/)
    const revision = await json(await viewer.get(`/v1/plan/revisions/${items[0].id}`))
    const verdicts = revision.claims.map((c: { verdict: string }) => c.verdict)
    expect(verdicts.filter((v: string) => v === 'contradicted')).toHaveLength(3)
    expect(verdicts.filter((v: string) => v === 'supported').length).toBeGreaterThan(0)
  })

  it('only admins and analysts write; signed-out users read nothing', async () => {
    const app = t.app()
    expect((await app.request('/v1/plan/revisions')).status).toBe(401)
    for (const role of ['officer', 'viewer'] as const) {
      const user = await signedInUser(t.db, app, role)
      expect((await user.post('/v1/plan/revisions', { planYear: 2024 })).status).toBe(403)
    }
  })

  it('draft → claims checked on save → adopt with an override → publish', async () => {
    const app = t.app()
    const analyst = await signedInUser(t.db, app, 'analyst')
    const created = await analyst.post('/v1/plan/revisions', { planYear: 2024 })
    expect(created.status).toBe(201)
    const draft = await json(created)
    expect(draft).toMatchObject({ status: 'draft', planYear: 2024, changes: [] })

    const document = structuredClone(draft.document)
    document.narrativeClaims = [
      {
        quote: 'Hate crime in South Derbyshire rose in 2023.',
        claim: {
          kind: 'direction',
          area: 'E07000039',
          measure: 'hate-crime',
          period: '2023',
          direction: 'increase',
        },
      },
      {
        quote: 'Anti-social behaviour in South Derbyshire fell in 2023.',
        claim: {
          kind: 'direction',
          area: 'E07000039',
          measure: 'anti-social-behaviour',
          period: '2023',
          direction: 'decrease',
        },
      },
    ]
    document.priorities.themes[0].title = 'Renamed theme'
    const saved = await json(await analyst.put(`/v1/plan/revisions/${draft.id}`, document))
    expect(saved.claims.map((c: { verdict: string }) => c.verdict)).toEqual([
      'contradicted',
      'supported',
    ])
    expect(saved.changes).toContain('Claim added: “Hate crime in South Derbyshire rose in 2023.”.')
    expect(saved.changes.some((line: string) => line.startsWith('Priority renamed:'))).toBe(true)

    const bad = structuredClone(document)
    bad.contacts.email = 'not an email'
    const refused = await analyst.put(`/v1/plan/revisions/${draft.id}`, bad)
    expect(refused.status).toBe(400)
    expect((await json(refused)).errors).toEqual([
      expect.objectContaining({ path: 'contacts.email', in: 'json' }),
    ])

    const noReason = await analyst.post(`/v1/plan/revisions/${draft.id}/adoption`, {})
    expect(noReason.status).toBe(409)
    expect((await json(noReason)).detail).toMatch(/Hate crime in South Derbyshire rose/)
    expect(
      (
        await analyst.post(`/v1/plan/revisions/${draft.id}/publication`, {
          link: 'https://example.org/p.pdf',
        })
      ).status
    ).toBe(409)

    const adopted = await json(
      await analyst.post(`/v1/plan/revisions/${draft.id}/adoption`, {
        overrideReason: 'The board wishes to keep the sentence as written.',
      })
    )
    expect(adopted.status).toBe('adopted')
    expect(adopted.adopted).toMatchObject({ on: '2025-06-01', by: analyst.user.id })
    expect(adopted.adopted.overrideReason).toBe('The board wishes to keep the sentence as written.')
    expect((await analyst.put(`/v1/plan/revisions/${draft.id}`, document)).status).toBe(409)

    const served = await json(await app.request('/v1/plan'))
    expect(served.priorities.themes[0].title).toBe('Renamed theme')

    const second = await json(await analyst.post('/v1/plan/revisions', { planYear: 2024 }))
    const clash = await analyst.post(`/v1/plan/revisions/${second.id}/adoption`, {})
    expect(clash.status).toBe(409)
    expect((await json(clash)).detail).toMatch(/already adopted for 2024/)

    const published = await json(
      await analyst.post(`/v1/plan/revisions/${draft.id}/publication`, {
        link: 'https://example.org/plan-2024.pdf',
      })
    )
    expect(published).toMatchObject({
      status: 'published',
      published: { on: '2025-06-01', link: 'https://example.org/plan-2024.pdf' },
    })
    const admin = await signedInUser(t.db, app, 'admin')
    const audit = await json(await admin.get('/v1/audit?limit=50'))
    const actions = audit.items.map((e: { action: string }) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'plan.revision.create',
        'plan.revision.update',
        'plan.revision.adopt',
        'plan.revision.publish',
      ])
    )
    const adoption = audit.items.find((e: { action: string }) => e.action === 'plan.revision.adopt')
    expect(adoption.details.overrideReason).toBe(
      'The board wishes to keep the sentence as written.'
    )
  })
})

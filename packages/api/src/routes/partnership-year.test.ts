// "Not done until": the partnership's year as a newcomer goes through it, through the API —
// import police.uk months, upload a force table, open the assessment, revise the plan, adopt
// with an override, publish, send the copy to the PCC, and see the duties done.
import { describe, expect, it } from 'vitest'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { forceTable2024Csv } from '../test/force-table.ts'
import { json, type Json } from '../test/http.ts'
import { uploadCsv } from '../test/imports.ts'
import { generateRows, monthsOf, streetFile } from '../test/police-uk-files.ts'

describe.each(testDatabases)('a partnership year on $name', (target) => {
  const t = useTestDb(target)

  it('runs from the police.uk import to the duties done', { timeout: 120_000 }, async () => {
    const app = t.app()
    const analyst = await signedInUser(t.db, app, 'analyst')
    const send = (path: string, body: string) =>
      app.request(path, {
        method: 'POST',
        headers: { Authorization: `Bearer ${analyst.token}`, 'Content-Type': 'text/csv' },
        body,
      })

    // 1. police.uk months for 2024, March missing.
    const months = monthsOf(2024).filter((m) => m !== '2024-03')
    const imported = await uploadCsv(
      app,
      analyst.token,
      streetFile(generateRows(7, months, 300)),
      'street.csv'
    )
    expect(imported.status).toBe(202)
    expect((await json(imported)).status).toBe('succeeded')

    // 2. A force table for 2024: a wrong county row is refused with the finding, a valid one accepted.
    const wrong = await send(
      '/v1/crime-tables/domestic-abuse/2024',
      forceTable2024Csv().replace(',12193,', ',12000,')
    )
    expect(wrong.status).toBe(400)
    expect((await json(wrong)).errors).toContainEqual({
      path: 'line 11, column 7 (volume)',
      message: 'Derbyshire volume 12,000 is not the sum of its 8 districts (12,193).',
    })
    expect((await send('/v1/crime-tables/domestic-abuse/2024', forceTable2024Csv())).status).toBe(
      201
    )

    // 3. The 2024 assessment: the force table is complete; police.uk's gap says so, no trend or rank.
    const assessment = await json(await app.request('/v1/assessments/2024'))
    const byMeasure = new Map(assessment.measures.map((m: Json) => [m.measure, m]))
    expect(byMeasure.get('domestic-abuse')).toMatchObject({
      complete: true,
      volume: 1434,
      rank: { position: 4 },
    })
    const policeUk = assessment.measures.filter((m: Json) => m.measure.startsWith('police-uk.'))
    expect(policeUk.length).toBeGreaterThan(0)
    for (const m of policeUk) {
      expect(m).toMatchObject({ complete: false, trend: null, rank: null, change: null })
      expect(m.findings[0]).toMatch(/incomplete.*no trend or rank/)
    }
    expect((await app.request('/v1/assessments/2024?format=docx')).status).toBe(200)

    // 4. A draft from the adopted plan, with a claim the data contradicts and one it supports.
    const draft = await json(await analyst.post('/v1/plan/revisions', { planYear: 2024 }))
    const document = structuredClone(draft.document)
    document.narrativeClaims.push(
      {
        quote: 'Domestic abuse in South Derbyshire was the lowest in the county in 2024.',
        claim: {
          kind: 'rank',
          area: 'E07000039',
          measure: 'domestic-abuse',
          period: '2024',
          order: 'lowest',
          position: 1,
        },
      },
      {
        quote: 'Domestic abuse in South Derbyshire was the fourth lowest in the county in 2024.',
        claim: {
          kind: 'rank',
          area: 'E07000039',
          measure: 'domestic-abuse',
          period: '2024',
          order: 'lowest',
          position: 4,
        },
      }
    )
    const saved = await json(await analyst.put(`/v1/plan/revisions/${draft.id}`, document))
    expect(saved.claims.slice(-2).map((c: Json) => c.verdict)).toEqual([
      'contradicted',
      'supported',
    ])

    // 5. Adopt (an override reason is needed), then publish.
    expect((await analyst.post(`/v1/plan/revisions/${draft.id}/adoption`, {})).status).toBe(409)
    const adopted = await analyst.post(`/v1/plan/revisions/${draft.id}/adoption`, {
      overrideReason: 'Kept as the board approved it; to be corrected at the next refresh.',
    })
    expect(adopted.status).toBe(200)
    const published = await analyst.post(`/v1/plan/revisions/${draft.id}/publication`, {
      link: 'https://example.org/community-safety-plan-2024.pdf',
    })
    expect((await json(published)).status).toBe('published')

    // 6. The duties: the assessment, the plan refresh and the PCC copy marked done.
    const window = '/v1/duties/status?from=2024-01-01&to=2025-12-31'
    const before = await json(await analyst.get(window))
    const pick = (ruleId: string) =>
      before.items.find((i: Json) => i.ruleId === ruleId && i.due < before.today)
    const done = ['CDA-06', 'CDA-07', 'CDA-11'].map(pick).filter(Boolean)
    expect(done.map((i: Json) => i.ruleId)).toContain('CDA-11')
    expect(done.every((i: Json) => i.state === 'overdue')).toBe(true)
    for (const item of done) {
      const res = await analyst.post('/v1/duties/done', {
        ruleId: item.ruleId,
        due: item.due,
        doneOn: '2025-05-30',
        evidence: 'https://example.org/community-safety-plan-2024.pdf',
      })
      expect(res.status).toBe(201)
    }
    const after = await json(await analyst.get(window))
    for (const item of done) {
      const now = after.items.find((i: Json) => i.ruleId === item.ruleId && i.due === item.due)
      expect(now).toMatchObject({
        state: 'done',
        done: { doneOn: '2025-05-30', doneBy: 'Test analyst' },
      })
    }
    const again = await analyst.post('/v1/duties/done', {
      ...done[0],
      doneOn: '2025-05-30',
      evidence: 'x',
    })
    expect(again.status).toBe(409)
  })
})

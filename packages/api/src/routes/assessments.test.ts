import { describe, expect, it } from 'vitest'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { forceTable2024Csv } from '../test/force-table.ts'
import { json } from '../test/http.ts'
import { unzip } from '../test/unzip.ts'

describe.each(testDatabases)('strategic assessments on $name', (target) => {
  const t = useTestDb(target)

  it('assesses 2023 from the plan tables: each measure with measure, complete, period and source', async () => {
    const res = await t.app().request('/v1/assessments/2023')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.area).toEqual({ code: 'E07000039', name: 'South Derbyshire' })
    expect(body.measures).toHaveLength(6)
    for (const m of body.measures) {
      expect(m).toEqual(
        expect.objectContaining({ measure: expect.any(String), complete: true, period: '2023' })
      )
      expect(m.source.publisher).toBeTruthy()
    }
    expect(body.measures[0]).toMatchObject({ volume: 1695, rate: '19.5', rank: { position: 2 } })
  })

  it('the .docx opens and its document XML holds the figures', async () => {
    const analyst = await signedInUser(t.db, t.app(), 'analyst')
    const upload = await t.app().request('/v1/crime-tables/domestic-abuse/2024', {
      method: 'POST',
      headers: { Authorization: `Bearer ${analyst.token}`, 'Content-Type': 'text/csv' },
      body: forceTable2024Csv()
        .replace(',1434,', ',1721,')
        .replace(',12193,', ',12480,')
        .replace(',18126,', ',18413,'),
    })
    expect(upload.status).toBe(400) // rates no longer match the new volumes: every finding refused
    expect(
      (
        await t.app().request('/v1/crime-tables/domestic-abuse/2024', {
          method: 'POST',
          headers: { Authorization: `Bearer ${analyst.token}`, 'Content-Type': 'text/csv' },
          body: forceTable2024Csv(),
        })
      ).status
    ).toBe(201)
    const assessment = await json(await t.app().request('/v1/assessments/2024'))
    expect(assessment.measures).toEqual([
      expect.objectContaining({
        measure: 'domestic-abuse',
        complete: true,
        volume: 1434,
        trend: 0,
      }),
    ])
    const res = await t.app().request('/v1/assessments/2024?format=docx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    )
    const files = unzip(new Uint8Array(await res.arrayBuffer()))
    const xml = files.get('word/document.xml')?.toString('utf8') ?? ''
    const text = xml.replace(/<[^>]+>/g, ' ')
    expect(text).toContain('Strategic assessment 2024: South Derbyshire')
    expect(text).toContain('1,434')
    expect(text).toContain('16.5')
    expect(text).toContain('Derbyshire Constabulary: Force-recorded crime, 2024')
  })

  it('an unknown year has no measures; a bad year is refused', async () => {
    expect((await json(await t.app().request('/v1/assessments/2031'))).measures).toEqual([])
    expect((await t.app().request('/v1/assessments/nineteen')).status).toBe(400)
  })
})

// A failed query's error carries every bound parameter (drizzle puts them in its message):
// the error log must never show them.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { application, testPartners, testUser } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { describeError, type LogEntry } from './logger.ts'

describe('describeError', () => {
  it('keeps the name, message, frames and causes, and drops query parameters', () => {
    const cause = new Error('new row violates check constraint')
    const error = new Error(
      'Failed query: insert into "people" ("name") values ($1)\nparams: Alex Example,01283 000000',
      { cause }
    )
    const text = describeError(error)
    expect(text).not.toMatch(/Alex Example|01283/)
    expect(text).toMatch(
      /^Error: Failed query: insert into "people" \("name"\) values \(\$1\) \(parameters not logged\)\n {4}at /
    )
    expect(text).toContain('caused by: Error: new row violates check constraint\n    at ')
    expect(describeError('Failed query: x\nparams: secret')).toBe(
      'Failed query: x (parameters not logged)'
    )
  })
})

describe.each(testDatabases)('the error log on $name', (target) => {
  const t = useTestDb(target)

  it('logs a failed insert without the personal data it carried', async () => {
    const logged: LogEntry[] = []
    const app = t.app({ logger: (entry) => logged.push(entry) })
    const p = await testPartners(t.db)
    const officer = await (await testUser(t.db, 'officer', p.council.id)).on(app)
    // A real failure inside the insert: a trigger that refuses every new case review.
    await t.db.execute(
      sql.raw(`create function refuse_case_review() returns trigger
      language plpgsql as $$ begin raise exception 'refused by the test trigger'; end $$`)
    )
    await t.db.execute(
      sql.raw(`create trigger refuse_case_review before insert on asb_case_reviews
      for each row execute function refuse_case_review()`)
    )
    try {
      const body = application(
        { council: p.council.id, police: p.police.id, housing: p.housing.id },
        { applicant: { name: 'Alex Victimname', contact: { phone: '07700 900123' } } }
      )
      const res = await officer.post('/v1/asb-case-reviews', body)
      expect(res.status).toBe(500)
    } finally {
      await t.db.execute(sql.raw('drop trigger refuse_case_review on asb_case_reviews'))
    }
    const [entry] = logged.filter((e) => e.msg === 'unhandled error')
    expect(entry?.error).toContain('refused by the test trigger')
    expect(entry?.error).toContain('(parameters not logged)')
    const line = JSON.stringify(logged)
    expect(line).not.toContain('Victimname')
    expect(line).not.toContain('07700')
  })
})

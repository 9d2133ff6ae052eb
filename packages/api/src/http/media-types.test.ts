import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType, type Json } from '../test/http.ts'

describe.each(testDatabases)('request media types on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('answers 415, documented, to every JSON operation sent a body of another type', async () => {
    const app = t.app()
    const admin = await signedInUser(t.db, app, 'admin')
    const document = await json(await app.request('/v1/openapi.json'))
    const checked: string[] = []
    for (const [route, item] of Object.entries<Json>(document.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        if (!operation.requestBody?.content?.['application/json']) continue
        const path = route.replace(/\{[^}]+\}/g, randomUUID())
        const where = `${method.toUpperCase()} ${route}`
        expect(Object.keys(operation.responses), where).toEqual(
          expect.arrayContaining(['413', '415'])
        )
        for (const contentType of ['text/plain', 'application/xml', undefined]) {
          const res = await app.request(path, {
            method: method.toUpperCase(),
            headers: {
              Authorization: `Bearer ${admin.token}`,
              ...(contentType ? { 'Content-Type': contentType } : {}),
            },
            // Bytes, so that no Content-Type is added for us (a string would be text/plain).
            body: new TextEncoder().encode('<x>1</x>'),
          })
          expect(res.status, `${where} ${contentType}`).toBe(415)
          const problem = await json(res)
          expect(problem.type).toBe(problemType('unsupported-media-type'))
          expect(problem.detail).toBe(
            `This operation does not take ${contentType ? `a ${contentType} body` : 'a body without a Content-Type'}; send ${Object.keys(operation.requestBody.content).join(' or ')}.`
          )
        }
        checked.push(where)
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(14)
  })
})

import { isHttpError } from '@sveltejs/kit'
import { describe, expect, it } from 'vitest'
import { problemErrors } from './problem.ts'

const response = (body: unknown, status = 400) => ({ status, json: async () => body })

describe('problemErrors', () => {
  it('puts each field error on its field, as a sentence without the field’s own name', async () => {
    expect(
      await problemErrors(
        response({
          detail: 'x',
          errors: [
            { path: 'email', message: 'a user with this email address already exists' },
            { path: 'endsOn', message: 'endsOn 2030-06-01 is after 2028-05-31' },
          ],
        }),
        'name'
      )
    ).toEqual({
      email: 'A user with this email address already exists',
      endsOn: '2030-06-01 is after 2028-05-31',
    })
  })

  it('puts a problem that names no field on the fallback field', async () => {
    expect(await problemErrors(response({ detail: 'Not allowed now.' }), 'type')).toEqual({
      type: 'Not allowed now.',
    })
    expect(
      await problemErrors({ status: 409, json: async () => Promise.reject(new Error('html')) }, 'x')
    ).toEqual({
      x: 'The change could not be saved. Try again.',
    })
  })

  it('shows 400, 409 and 422 problems beside the fields', async () => {
    for (const status of [400, 409, 422]) {
      const problem = new Response(JSON.stringify({ detail: 'Taken.' }), {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
      })
      expect(await problemErrors(problem, 'name')).toEqual({ name: 'Taken.' })
    }
  })

  it.each([
    [500, 503],
    [502, 503],
    [404, 404],
    [403, 403],
  ])(
    'sends a %i from the API to the error page (%i), never beside a field',
    async (status, page) => {
      const problem = new Response(JSON.stringify({ detail: 'Internal server error' }), {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
      })
      const thrown = await problemErrors(problem, 'name').then(
        () => null,
        (reason: unknown) => reason
      )
      expect(isHttpError(thrown) && thrown.status).toBe(page)
    }
  )
})

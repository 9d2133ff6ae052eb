import { describe, expect, it } from 'vitest'
import { problemErrors } from './problem.ts'

const response = (body: unknown) => ({ json: async () => body })

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
      await problemErrors({ json: async () => Promise.reject(new Error('html')) }, 'x')
    ).toEqual({
      x: 'The change could not be saved. Try again.',
    })
  })
})

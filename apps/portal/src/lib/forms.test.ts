import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { errorList, fieldErrors, fieldId } from './forms.ts'

describe('fieldErrors', () => {
  it('keeps the first message for each dotted path, from zod issues', () => {
    const result = z
      .object({
        email: z.email().min(30),
        address: z.object({ postcode: z.string().min(5) }),
      })
      .safeParse({ email: 'nope', address: { postcode: 'x' } })
    expect(result.success).toBe(false)
    const errors = fieldErrors(result.error!.issues)
    expect(Object.keys(errors)).toEqual(['email', 'address.postcode'])
    expect(errors['email']).toBe(result.error!.issues[0]!.message)
  })

  it('takes the API problem’s dotted string paths as they are', () => {
    expect(
      fieldErrors([
        { path: 'rows.0.volume', message: 'Too small' },
        { path: 'rows.0.volume', message: 'Not a whole number' },
      ])
    ).toEqual({ 'rows.0.volume': 'Too small' })
  })

  it('puts errors about the whole form under the empty path', () => {
    expect(fieldErrors([{ path: [], message: 'Nothing to save' }])).toEqual({
      '': 'Nothing to save',
    })
  })
})

describe('fieldId', () => {
  it('turns dots into hyphens, as the inputs’ ids', () => {
    expect(fieldId('address.postcode')).toBe('address-postcode')
    expect(fieldId('email')).toBe('email')
    expect(fieldId('')).toBe('form')
  })
})

describe('errorList', () => {
  it('orders entries as the fields appear on the page and links to them', () => {
    expect(
      errorList({ password: 'Enter your password', email: 'Enter your email address' }, [
        'email',
        'password',
      ])
    ).toEqual([
      { text: 'Enter your email address', href: '#email' },
      { text: 'Enter your password', href: '#password' },
    ])
  })

  it('puts fields it was not told about last, and is empty without errors', () => {
    expect(errorList({ other: 'B', email: 'A' }, ['email']).map((e) => e.text)).toEqual(['A', 'B'])
    expect(errorList(undefined)).toEqual([])
  })
})

describe('errorList with nested paths and dates', () => {
  it('orders paths under a listed prefix with it, and sends dates to their day box', () => {
    const errors = {
      'complaints.1.behaviourOn': 'Enter the date of the behaviour',
      receivedOn: 'Enter the date the application was received',
      address: 'Enter where the behaviour happens',
    }
    expect(
      errorList(errors, ['receivedOn', 'address', 'complaints'], {
        isDate: (path) => path.endsWith('On'),
      })
    ).toEqual([
      { text: 'Enter the date the application was received', href: '#receivedOn-day' },
      { text: 'Enter where the behaviour happens', href: '#address' },
      { text: 'Enter the date of the behaviour', href: '#complaints-1-behaviourOn-day' },
    ])
  })
})

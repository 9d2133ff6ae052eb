import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formValues, validate } from './validate.ts'

const Schema = z.object({
  email: z.email(),
  role: z.enum(['admin', 'viewer']),
  name: z.string().trim().min(1).max(5),
})
const messages = {
  email: {
    missing: 'Enter an email address',
    invalid: 'Enter an email address like name@example.com',
  },
  role: { missing: 'Select a role' },
}

describe('validate', () => {
  it('returns the parsed data when the values pass the schema', () => {
    expect(validate(Schema, { email: 'a@b.org', role: 'viewer', name: ' Jo ' }, messages)).toEqual({
      ok: true,
      data: { email: 'a@b.org', role: 'viewer', name: 'Jo' },
    })
  })

  it('says “missing” for an empty field and “invalid” for a wrong one', () => {
    const empty = validate(Schema, { email: '  ', name: 'Jo' }, messages)
    expect(empty).toEqual({
      ok: false,
      errors: { email: 'Enter an email address', role: 'Select a role' },
    })
    const wrong = validate(Schema, { email: 'nope', role: 'viewer', name: 'Jo' }, messages)
    expect(wrong).toEqual({
      ok: false,
      errors: { email: 'Enter an email address like name@example.com' },
    })
  })

  it('falls back to the schema’s own message for fields without wording', () => {
    const result = validate(Schema, { email: 'a@b.org', role: 'admin', name: 'Toolong' }, messages)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors['name']).toMatch(/5/)
  })

  it('uses the one wording it has when only one is given', () => {
    const result = validate(Schema, { email: 'a@b.org', role: 'root', name: 'Jo' }, messages)
    expect(result).toEqual({ ok: false, errors: { role: 'Select a role' } })
  })
})

describe('formValues', () => {
  it('reads the named fields of a form, leaving out absent ones and files', () => {
    const form = new FormData()
    form.set('email', 'a@b.org')
    form.set('upload', new Blob(['x']))
    expect(formValues(form, ['email', 'role', 'upload'])).toEqual({ email: 'a@b.org' })
  })

  it('reads a query string too (GET forms)', () => {
    expect(formValues(new URLSearchParams('measure=hate-crime&x=1'), ['measure'])).toEqual({
      measure: 'hate-crime',
    })
  })
})

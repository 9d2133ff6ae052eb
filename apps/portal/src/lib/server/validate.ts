import type { z } from 'zod'
import { fieldErrors, type FieldErrors } from '../forms.ts'

/**
 * What to tell a person about one field: `missing` when they left it empty, `invalid` when
 * what they typed is wrong. Schema messages are written for developers ("Invalid email
 * address"); these follow the GOV.UK error-message guidance instead.
 */
export interface FieldMessages {
  missing?: string
  invalid?: string
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * Checks form values with a zod schema — the same schema the API checks the request with —
 * and returns the data or one message per field.
 *
 * @example
 * ```ts
 * validate(SignInRequest, { email: '', password: 'x' }, { email: { missing: 'Enter your email address' } })
 * //=> { ok: false, errors: { email: 'Enter your email address' } }
 * ```
 */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  values: Record<string, unknown>,
  messages: Record<string, FieldMessages> = {}
): Validation<z.output<Schema>> {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors = fieldErrors(result.error.issues)
  for (const [path, message] of Object.entries(errors)) {
    const wording = messages[path]
    if (!wording) continue
    const chosen = isEmpty(valueAt(values, path)) ? wording.missing : wording.invalid
    errors[path] = chosen ?? wording.invalid ?? wording.missing ?? message
  }
  return { ok: false, errors }
}

function valueAt(values: Record<string, unknown>, path: string): unknown {
  let value: unknown = values
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** A submitted form's fields, or a query string's (a GET form). */
export interface Fields {
  get(name: string): FormDataEntryValue | null
}

/**
 * The named fields of a submitted form as strings (absent ones are left out, so a schema sees
 * `undefined`, not `''`, for a radio nobody chose).
 *
 * @example
 * ```ts
 * formValues(formData, ['email', 'role']) //=> { email: 'a@b.c' }
 * ```
 */
export function formValues<Name extends string>(
  form: Fields,
  names: readonly Name[]
): Partial<Record<Name, string>> {
  const values: Partial<Record<Name, string>> = {}
  for (const name of names) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value
  }
  return values
}

import { fieldErrors, type FieldErrors } from '../forms.ts'

interface ProblemBody {
  detail?: string
  errors?: { path: string; message: string }[]
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

// Some rules name the field in their message ("endsOn 2030-06-01 is after …"); the form shows
// the message beside the field, so the name goes.
const withoutName = (path: string, text: string) => {
  const name = path.split('.').at(-1) ?? ''
  return name && text.startsWith(`${name} `) ? text.slice(name.length + 1) : text
}

/**
 * The field errors of an API problem (`application/problem+json`), worded as sentences; a
 * problem that names no field is put on `field`, so the form still shows it beside something.
 *
 * @example
 * ```ts
 * await problemErrors(response, 'email')
 * //=> { email: 'A user with this email address already exists' }
 * ```
 */
export async function problemErrors(
  response: { json(): Promise<unknown> },
  field: string
): Promise<FieldErrors> {
  const body = ((await response.json().catch(() => ({}))) ?? {}) as ProblemBody
  if (body.errors?.length) {
    const errors = fieldErrors(body.errors)
    return Object.fromEntries(
      Object.entries(errors).map(([path, text]) => [path, sentence(withoutName(path, text))])
    )
  }
  return { [field]: body.detail ?? 'The change could not be saved. Try again.' }
}

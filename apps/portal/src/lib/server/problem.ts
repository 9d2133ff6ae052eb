import { error } from '@sveltejs/kit'
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

// The answers a person can fix by changing what they typed: a field that fails a rule (400,
// 422) or clashes with what is stored (409). Anything else is not the form's to show.
const fieldStatuses = new Set([400, 409, 422])

/**
 * The portal's one way of reading a refused form submission. A 400, 409 or 422 problem
 * (`application/problem+json`) becomes field errors worded as sentences; a problem that names
 * no field is put on `field`, so the form still shows it beside something. A 403 goes to the
 * "not allowed" error page, a 404 to "not found", and anything else (a 5xx, a 401) to the
 * "service unavailable" one: a server fault is never shown beside a field as if the person
 * could fix it. A network failure throws before there is a response, and reaches the error page the same way.
 *
 * @example
 * ```ts
 * await problemErrors(response, 'email')
 * //=> { email: 'A user with this email address already exists' }
 * ```
 */
export async function problemErrors(
  response: { status: number; json(): Promise<unknown> },
  field: string
): Promise<FieldErrors> {
  if (response.status === 403) error(403, 'You are not allowed to make this change.')
  if (response.status === 404) error(404, 'There is no such record: it may have been removed.')
  if (!fieldStatuses.has(response.status)) {
    error(503, `The toolkit's API could not save the change (it answered ${response.status}).`)
  }
  const body = ((await response.json().catch(() => ({}))) ?? {}) as ProblemBody
  if (body.errors?.length) {
    const errors = fieldErrors(body.errors)
    return Object.fromEntries(
      Object.entries(errors).map(([path, text]) => [path, sentence(withoutName(path, text))])
    )
  }
  return { [field]: body.detail ?? 'The change could not be saved. Try again.' }
}

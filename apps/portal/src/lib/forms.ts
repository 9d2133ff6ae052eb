// Form errors as the GOV.UK pattern shows them: one message per field, inline and in the
// error summary, which links to the field.

/** One message per field, keyed by the field's dotted path (`address.postcode`). */
export type FieldErrors = Record<string, string>

/** An issue with a path, as zod reports it (and as the API's problem `errors` carry it). */
export interface PathIssue {
  readonly path: string | readonly PropertyKey[]
  readonly message: string
}

/**
 * The first message for each dotted path, in the order the issues came.
 *
 * @example
 * ```ts
 * fieldErrors([{ path: ['email'], message: 'Enter an email address' }])
 * //=> { email: 'Enter an email address' }
 * fieldErrors([{ path: 'rows.0.volume', message: 'Too small' }]) //=> { 'rows.0.volume': 'Too small' }
 * ```
 */
export function fieldErrors(issues: readonly PathIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.')
    errors[path] ??= issue.message
  }
  return errors
}

/**
 * The HTML id of the field for a dotted path (ids cannot usefully contain dots: `#a.b` is a
 * class selector), matching the `id` the form components give their inputs.
 *
 * @example
 * ```ts
 * fieldId('address.postcode') //=> 'address-postcode'
 * ```
 */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-') || 'form'
}

/** Options for {@link errorList}. */
export interface ErrorListOptions {
  /** Paths of date inputs, whose summary links go to the day box (`#path-day`). */
  isDate?: (path: string) => boolean
}

/**
 * The error summary's entries, in the order the fields appear on the page (`order`, where an
 * entry also covers the paths below it: `complaints` orders `complaints.0.behaviourOn`);
 * errors on fields not listed come last, in the order they came.
 *
 * @example
 * ```ts
 * errorList({ password: 'Enter your password', email: 'Enter your email address' }, ['email', 'password'])
 * //=> [{ text: 'Enter your email address', href: '#email' }, { text: 'Enter your password', href: '#password' }]
 * ```
 */
export function errorList(
  errors: FieldErrors | undefined,
  order: readonly string[] = [],
  { isDate = () => false }: ErrorListOptions = {}
): { text: string; href: string }[] {
  if (!errors) return []
  const rank = (path: string) => {
    const at = order.findIndex((entry) => path === entry || path.startsWith(`${entry}.`))
    return at < 0 ? order.length : at
  }
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([path, text]) => ({
      text,
      href: `#${fieldId(path)}${isDate(path) ? '-day' : ''}`,
    }))
}

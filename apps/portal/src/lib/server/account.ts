// What an account must do before anything else, and where the portal does it.

/** What the API says an account must still do (`requires` of GET /v1/me). */
export type AccountRequirement = 'password-change' | 'two-factor-setup'

const pages: Record<AccountRequirement, string> = {
  'password-change': '/account/password',
  'two-factor-setup': '/account/two-factor',
}

/**
 * The page that deals with the first thing an account must do, or undefined when it need do
 * nothing.
 *
 * @example
 * ```ts
 * setupPath(['password-change', 'two-factor-setup']) //=> '/account/password'
 * setupPath([]) //=> undefined
 * ```
 */
export function setupPath(requires: readonly AccountRequirement[]): string | undefined {
  const first = requires[0]
  return first === undefined ? undefined : pages[first]
}

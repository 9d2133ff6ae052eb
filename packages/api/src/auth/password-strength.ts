import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

// zxcvbn-ts with its common-language data: about 49,000 passwords seen most in breaches, common
// names and words, and keyboard patterns, all in the package (MIT), so nothing is fetched.
let checker: ZxcvbnFactory | undefined
const zxcvbn = () => (checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }))

/** zxcvbn's score (0–4) a new password must reach: 3 is about 10⁸ guesses or more. */
export const minPasswordScore = 3

const reasons: Record<string, string> = {
  topTen: 'is one of the most used passwords',
  topHundred: 'is one of the most used passwords',
  common: 'is a commonly used password',
  similarToCommon: 'is too close to a commonly used password',
  wordByItself: 'is a single word, which is easy to guess',
  namesByThemselves: 'is a name, which is easy to guess',
  commonNames: 'is built on a common name, which is easy to guess',
  simpleRepeat: 'repeats characters, which is easy to guess',
  extendedRepeat: 'repeats a pattern, which is easy to guess',
  sequences: 'is a sequence such as abcd or 1234, which is easy to guess',
  straightRow: 'is a row of keys, which is easy to guess',
  keyPattern: 'is a keyboard pattern, which is easy to guess',
  recentYears: 'is built on a recent year, which is easy to guess',
  dates: 'is built on a date, which is easy to guess',
}

/**
 * Why `password` is too easy to guess (a breached or common password, or a simple pattern of
 * one), or undefined when it is not. Words the user's account is known by (email, name) count
 * as common too. Checked offline against the bundled lists.
 *
 * @example
 * ```ts
 * weakPasswordReason('password1234') //=> 'is too close to a commonly used password'
 * weakPasswordReason('correct horse battery staple') //=> undefined
 * ```
 */
export function weakPasswordReason(
  password: string,
  userInputs: readonly string[] = []
): string | undefined {
  const inputs = userInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  const result = zxcvbn().check(password.normalize('NFKC'), inputs.filter(Boolean))
  if (result.score >= minPasswordScore) return undefined
  const warning = result.feedback.warning
  return (warning && reasons[warning]) ?? 'is too easy to guess'
}

/**
 * The base of every error the domain throws when a request breaks a rule it encodes (a PSPO
 * extended after it was discharged, a case-review event out of order). Its `code` is stable
 * for callers to branch on; its message says why in words. Bad arguments (not a date, a
 * negative count) are not rule violations: they stay `RangeError` or `TypeError`.
 *
 * @example
 * ```ts
 * try { extendPspo(discharged, { madeOn: '2027-04-01' }) }
 * catch (e) { if (e instanceof RuleViolation) e.code } //=> 'pspo-discharged'
 * ```
 */
export class RuleViolation extends Error {
  override readonly name: string = 'RuleViolation'
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

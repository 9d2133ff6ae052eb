/**
 * @module
 * The shapes of identifiers in addresses and attributes, without zod
 * (`@csp/domain/patterns`): the schemas, the API's parameters, the portal's routes and the
 * widget's attributes test against these.
 */

/**
 * A measure id: lowercase words joined by `-` or `.` (`anti-social-behaviour`, `asb.youth`).
 *
 * @example
 * ```ts
 * measureIdPattern.test('anti-social-behaviour') //=> true
 * measureIdPattern.test('../../x') //=> false
 * ```
 */
export const measureIdPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/

/**
 * A crime table's period: a calendar year (`2023`) or a financial year (`2024-25`).
 *
 * @example
 * ```ts
 * periodPattern.test('2024-25') //=> true
 * periodPattern.test('2024/25') //=> false
 * ```
 */
export const periodPattern = /^\d{4}(?:-\d{2})?$/

import { asbPowers } from '@csp/domain'

// Server-only: the domain brings zod with it, which is too big for a page's JavaScript and
// probes `new Function` (blocked by the Content-Security-Policy) when it first parses. Pages
// get these lists through their load data.

/**
 * The ASB powers and interventions, as choices (the domain's catalogue, in its order).
 *
 * @example
 * ```ts
 * powerChoices.find((p) => p.value === 'warning-letter')?.text //=> 'ASB warning letter'
 * ```
 */
export const powerChoices = asbPowers.map((power) => ({ value: power.id, text: power.name }))

/**
 * The name of a power, or the id itself for one the catalogue does not know.
 *
 * @example
 * ```ts
 * powerName('warning-letter') //=> 'ASB warning letter'
 * ```
 */
export function powerName(id: string): string {
  return asbPowers.find((power) => power.id === id)?.name ?? id
}

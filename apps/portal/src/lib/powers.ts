import { asbPowers } from '@csp/domain'

/** The ASB powers and interventions, as choices (the domain's catalogue, in its order). */
export const powerChoices = asbPowers.map((power) => ({ value: power.id, text: power.name }))

/** The name of a power: `powerName('warning-letter') //=> 'ASB warning letter'`. */
export function powerName(id: string): string {
  return asbPowers.find((power) => power.id === id)?.name ?? id
}

import type { Source } from '../source/index.ts'

/**
 * The source of a figure or statement taken from one section of the South Derbyshire plan.
 *
 * @example
 * ```ts
 * southDerbyshirePlanSource('Action Taken').title
 * //=> 'South Derbyshire CSP Partnership Plan 2023-26, Action Taken'
 * ```
 */
export function southDerbyshirePlanSource(section?: string, note?: string): Source {
  return {
    publisher: 'South Derbyshire Community Safety Partnership',
    title: `South Derbyshire CSP Partnership Plan 2023-26${section ? `, ${section}` : ''}`,
    ...(note ? { note } : {}),
  }
}

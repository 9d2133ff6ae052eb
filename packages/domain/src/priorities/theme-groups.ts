import type { CountyThemeGroup } from './schema.ts'
import { deepFreeze } from './freeze.ts'

/**
 * The Derbyshire Community Safety theme groups, as named in the plan's meeting-structure chart.
 *
 * The chart heads the list "Derbyshire Theme Group Meetings x8" but names nine groups. All nine
 * are recorded as listed, because the plan does not say which (if any) is not a separate group;
 * the "x8" may simply be out of date. Ids carry a `county-` prefix so they never collide with
 * local priority ids ("Serious Violence" is both a county group and a local sub-priority).
 *
 * @example
 * ```ts
 * derbyshireThemeGroups.length //=> 9 (the plan says "x8")
 * derbyshireThemeGroups[0]?.name //=> 'Serious Violence'
 * ```
 */
export const derbyshireThemeGroups: readonly CountyThemeGroup[] = deepFreeze([
  group('county-serious-violence', 'Serious Violence'),
  group('county-vawg', 'VAWG'),
  group(
    'county-serious-organised-crime-and-exploitation',
    'Serious Organised Crime and Exploitation'
  ),
  group('county-neighbourhood-crime-and-asb', 'Neighbourhood Crime and ASB'),
  group('county-prevent', 'Prevent'),
  group('county-domestic-and-sexual-abuse', 'Domestic and Sexual Abuse'),
  group('county-resettlement', 'Resettlement'),
  {
    id: 'county-cohesion-and-integration',
    name: 'Cohesion and Integration',
    printedAs: 'Cohesion and integration',
  },
  group('county-online-harm', 'Online Harm'),
])

/**
 * The number of theme groups the chart's heading claims ("x8"), kept so the discrepancy with
 * {@link derbyshireThemeGroups} stays visible in code.
 *
 * @example
 * ```ts
 * derbyshireThemeGroupCountAsPrinted //=> 8
 * ```
 */
export const derbyshireThemeGroupCountAsPrinted = 8

function group(id: string, name: string): CountyThemeGroup {
  return { id, name, printedAs: name }
}

// The Derbyshire areas as plain data, so code that must not load zod (the police.uk reader's
// entry, `@csp/domain/police-uk`) can default to them; index.ts validates them as `Area`s.
const county = 'E10000007'
const forceArea = 'E23000018'

/**
 * The 11 Derbyshire areas as rows: code, name, kind, parent code, Census 2021 usual residents
 * aged 16+, aliases. Use `derbyshireAreas` (validated) unless zod must not be loaded.
 *
 * @example
 * ```ts
 * derbyshireAreaRows[7] //=> ['E07000039', 'South Derbyshire', 'district', 'E10000007', 86949, []]
 * ```
 */
export const derbyshireAreaRows = Object.freeze([
  ['E07000032', 'Amber Valley', 'district', county, 105_058, []],
  ['E07000033', 'Bolsover', 'district', county, 66_282, []],
  ['E07000034', 'Chesterfield', 'district', county, 86_002, []],
  ['E07000035', 'Derbyshire Dales', 'district', county, 61_059, []],
  ['E07000036', 'Erewash', 'district', county, 93_523, []],
  ['E07000037', 'High Peak', 'district', county, 75_657, []],
  ['E07000038', 'North East Derbyshire', 'district', county, 85_273, []],
  ['E07000039', 'South Derbyshire', 'district', county, 86_949, []],
  ['E06000015', 'Derby', 'unitary', forceArea, 209_182, ['Derby City']],
  [county, 'Derbyshire', 'county', forceArea, 659_803, ['County Council area']],
  [forceArea, 'Derbyshire Police Force Area', 'force-area', null, 868_985, ['Force area']],
] as const)

import {
  census2021Population16PlusSource,
  derbyshireAreas,
  planMeasures,
  policeUkMeasures,
  type Measure,
  type Source,
} from '@csp/domain'

/**
 * Every measure a stored table may name: the plan's six and the police.uk crime types. The
 * catalogue is the domain's; the API stores none of it.
 */
export const measureCatalogue: readonly Measure[] = [...planMeasures, ...policeUkMeasures]

/** The areas the API serves (the partnership's comparison areas and their aggregates). */
export const areaCatalogue = derbyshireAreas

/** The period of the rate denominators: Census day 2021. */
export const populationPeriod = {
  label: 'Census 2021',
  from: census2021Population16PlusSource.date,
  to: census2021Population16PlusSource.date,
}

/** The rate denominators' source, in the domain's `Source` shape. */
export const populationSource: Source = {
  publisher: census2021Population16PlusSource.publisher,
  title: census2021Population16PlusSource.title,
  asAt: census2021Population16PlusSource.date,
  note: census2021Population16PlusSource.derivation,
}

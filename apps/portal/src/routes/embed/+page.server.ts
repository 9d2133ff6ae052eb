import { GssCode, MeasureId, periodPattern } from '@csp/domain'
import { z } from 'zod'
import type { FieldErrors } from '#lib/forms.ts'
import { partnershipArea, tablesByMeasure } from '#lib/server/figures.ts'
import { bodyOf } from '#lib/server/read.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import { publicApiUrl } from '#lib/server/api.ts'
import { embedPageUrl, iframeSnippet, widgetSnippet } from '#lib/server/snippet.ts'
import { widgetScript } from '#lib/server/widget.ts'
import type { PageServerLoad } from './$types'

// The widget's attributes, checked with the domain's schemas (the ones the API and the
// widget check them with), then against what the API actually holds.
const EmbedChoice = z.object({
  measure: MeasureId,
  period: z.string().regex(periodPattern),
  highlight: z.union([z.literal(''), GssCode]),
})

export const load: PageServerLoad = async (event) => {
  const { locals, url } = event
  const [tables, areas, own, script] = await Promise.all([
    tablesByMeasure(locals.api),
    bodyOf(await locals.api.v1.areas.$get(), 'list of areas'),
    partnershipArea(locals.api),
    widgetScript(event),
  ])
  const comparison = areas.items.filter((a) => a.kind === 'district' || a.kind === 'unitary')
  const measures = [...tables.values()].map((periods) => ({
    value: periods[0]!.measure,
    text: periods[0]!.measureLabel ?? periods[0]!.measure,
  }))

  const submitted = url.searchParams.has('measure')
  const query = formValues(url.searchParams, ['measure', 'period', 'highlight'])
  const defaultMeasure = tables.has('anti-social-behaviour')
    ? 'anti-social-behaviour'
    : measures[0]?.value
  const measure = query.measure ?? defaultMeasure ?? ''
  const periods = tables.get(measure)?.map((t) => t.period) ?? []
  const values = {
    measure,
    period: query.period ?? periods[0] ?? '',
    highlight: submitted ? (query.highlight ?? '') : own.code,
  }

  const checked = validate(EmbedChoice, values, {
    measure: { missing: 'Select a measure', invalid: 'Select a measure from the list' },
    period: { missing: 'Select a period', invalid: 'Select a period from the list' },
    highlight: { invalid: 'Select an area from the list, or none' },
  })
  const errors: FieldErrors = checked.ok ? {} : checked.errors
  if (checked.ok) {
    const label = measures.find((m) => m.value === measure)?.text ?? measure
    if (!tables.has(measure)) errors['measure'] = 'Select a measure from the list'
    else if (!periods.includes(values.period)) {
      errors['period'] =
        `There are no ${label} figures for ${values.period}; select one of ${periods.join(', ')}`
    }
    if (values.highlight && !comparison.some((a) => a.code === values.highlight)) {
      errors['highlight'] = 'Select an area from the list, or none'
    }
  }
  const valid = Object.keys(errors).length === 0

  const title = `${measures.find((m) => m.value === measure)?.text ?? measure}, ${values.period}`
  return {
    measures,
    periods,
    areas: comparison.map((a) => ({ value: a.code, text: a.name })),
    values,
    title,
    errors: submitted ? errors : {},
    script,
    snippets:
      valid && script
        ? {
            script: widgetSnippet(script, values),
            iframe: iframeSnippet(publicApiUrl(), values, title),
            embedPage: embedPageUrl(publicApiUrl(), values),
          }
        : null,
  }
}

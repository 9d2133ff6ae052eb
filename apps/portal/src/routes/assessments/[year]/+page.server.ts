import type { StrategicAssessment } from '@csp/domain'
import { error } from '@sveltejs/kit'
import { publicApiUrl } from '#lib/server/api.ts'
import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, params }) => {
  if (!/^\d{4}$/.test(params.year)) error(404, 'There is no assessment for this year.')
  const response = await locals.api.v1.assessments[':year'].$get({
    param: { year: params.year },
    query: {},
  })
  // The route also answers .docx, so the client types the body as either; JSON was asked for.
  const assessment = (await bodyOf(
    response,
    `strategic assessment for ${params.year}`
  )) as StrategicAssessment
  return { assessment, docxUrl: `${publicApiUrl()}/v1/assessments/${params.year}?format=docx` }
}

import { createRoute } from '@hono/zod-openapi'
import { StrategicAssessment } from '@csp/domain'
import { z } from 'zod'
import { assessmentDocx } from '../assessments/docx.ts'
import { storedAssessment } from '../assessments/build.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { noPlanDetail } from './plan.ts'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * `GET /v1/assessments/{year}`: the strategic assessment of a year from the stored tables (JSON),
 * or `?format=docx` as an editable Word document.
 *
 * @example
 * ```ts
 * const docx = await app.request('/v1/assessments/2024?format=docx')
 * ```
 */
export function assessmentRoutes({ config, readModel }: RouteDeps) {
  const get = createRoute({
    method: 'get',
    path: '/v1/assessments/{year}',
    tags: ['Plan'],
    summary: 'The strategic assessment of a year, as JSON or .docx',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: {
      params: z.object({
        year: z.coerce.number().int().min(2000).max(2100).meta({ example: 2024 }),
      }),
      query: z.object({ format: z.enum(['json', 'docx']).default('json') }),
    },
    responses: {
      200: {
        description: 'The assessment; each measure carries `measure` and `complete`.',
        content: {
          'application/json': { schema: StrategicAssessment },
          [docxType]: { schema: z.string().meta({ format: 'binary' }) },
        },
      },
      ...problemResponses(400, 404),
    },
  })
  return createRouter().openapi(get, (c) => {
    const { year } = c.req.valid('param')
    const { format } = c.req.valid('query')
    return readModel.respond(c, {
      key: `assessment:${year}:${format}`,
      topics: ['crime-tables', 'plan'],
      build: async (db) => {
        const assessment = await storedAssessment(db, year)
        if (!assessment) return problem(c, 'not-found', noPlanDetail) as never
        if (format === 'json') return c.json(assessment, 200)
        const bytes = await assessmentDocx(assessment)
        return c.body(bytes.buffer as ArrayBuffer, 200, {
          'Content-Type': docxType,
          'Content-Disposition': `attachment; filename="strategic-assessment-${year}.docx"`,
        }) as never
      },
    })
  })
}

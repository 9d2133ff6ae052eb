import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import {
  createImportJob,
  findImportJob,
  importJobSummaryView,
  importJobView,
  listImportJobsPage,
} from '../db/repositories/import-jobs.ts'
import { BodyTooLargeError } from '../http/body-limits.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { cancelImportJob, failStaleImportJobs } from '../imports/jobs.ts'
import { runPoliceUkImport } from '../imports/police-uk-import.ts'
import {
  ImportJob,
  ImportJobList,
  ImportJobQuery,
  PoliceUkUploadQuery,
} from '../schemas/imports.ts'
import { Id } from '../schemas/people.ts'

// A page of jobs ends at a creation time and id (see listImportJobsPage).
const cursorKey = [z.iso.datetime(), z.uuid()] as const

const jobResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ImportJob } },
})

/**
 * `POST /v1/imports/police-uk` (upload one street-level CSV), `GET /v1/imports`,
 * `GET /v1/imports/{id}` and `DELETE /v1/imports/{id}` (cancel), for analysts and admins.
 *
 * The upload is read as it arrives, straight into the streaming aggregator, never held whole;
 * the job's progress is written to the database as it goes, so any instance can report it.
 * The answer (202, the job) comes once the body has been read and the import stored or
 * refused: HTTP clients (fetch included) stop sending a body once they have a response, so
 * answering earlier would cut the upload off.
 *
 * @example
 * ```ts
 * await app.request('/v1/imports/police-uk?file=2024-12-derbyshire-street.csv', {
 *   method: 'POST', headers: { Authorization, 'Content-Type': 'text/csv' }, body: file.stream(), duplex: 'half' })
 * ```
 */
export function importRoutes(deps: RouteDeps) {
  const { db, clock, config } = deps
  const guard = signedIn(deps, 'analyst', 'admin')
  const upload = createRoute({
    method: 'post',
    path: '/v1/imports/police-uk',
    tags: ['Imports'],
    summary: 'Import one police.uk street-level CSV',
    description:
      'The body is the file as it is downloaded from data.police.uk (`Content-Type: text/csv`), streamed. The answer comes when it has been read: `status` is `succeeded` (counts stored, the crime tables of the years it touches rebuilt), `failed` (`report.errors`; nothing saved) or `cancelled`. An import replaces the stored counts of every month it contains.',
    ...guard,
    request: {
      query: PoliceUkUploadQuery,
      body: {
        content: { 'text/csv': { schema: z.string().meta({ format: 'binary' }) } },
        required: true,
      },
    },
    responses: {
      202: jobResponse('The job, finished; poll `links.self` if it is still running.'),
      ...problemResponses(400, 401, 403, 413, 415),
    },
  })
  const list = createRoute({
    method: 'get',
    path: '/v1/imports',
    tags: ['Imports'],
    summary: 'The import jobs, newest first, a page at a time',
    ...guard,
    request: { query: ImportJobQuery },
    responses: {
      200: {
        description: 'Newest first; `next` links to the following page.',
        content: { 'application/json': { schema: ImportJobList } },
      },
      ...problemResponses(400, 401, 403),
    },
  })
  const params = z.object({ id: Id })
  const get = createRoute({
    method: 'get',
    path: '/v1/imports/{id}',
    tags: ['Imports'],
    summary: 'One import job: status, progress and report',
    ...guard,
    request: { params },
    responses: { 200: jobResponse('The job.'), ...problemResponses(400, 401, 403, 404) },
  })
  const cancel = createRoute({
    method: 'delete',
    path: '/v1/imports/{id}',
    tags: ['Imports'],
    summary: 'Cancel a running import',
    description: 'Reading stops and nothing is saved. A finished import answers 409.',
    ...guard,
    request: { params },
    responses: {
      200: jobResponse('The job, cancelled.'),
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const failStale = () => failStaleImportJobs(db, clock.now(), config.imports.staleAfterMs)

  return createRouter()
    .openapi(upload, async (c) => {
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase()
      if (type !== 'text/csv') {
        return problem(c, 'unsupported-media-type', 'Send the file as Content-Type: text/csv.')
      }
      const body = c.req.raw.body
      if (!body) return problem(c, 'validation', 'The body is empty: send the CSV file.')
      const fileName = c.req.valid('query').file ?? 'upload.csv'
      const { user } = principalOf(c)
      const job = await createImportJob(db, {
        kind: 'police-uk',
        fileName,
        createdBy: user.id,
        at: clock.now(),
      })
      const outcome = await runPoliceUkImport([{ name: fileName, chunks: body }], {
        db,
        clock,
        job,
        progressIntervalMs: config.imports.progressIntervalMs,
        // Half the thread at most: the rest answers requests meanwhile (and, on two cores,
        // leaves the other one to a sign-in's password hash).
        threadShare: 0.5,
      })
      if (outcome.cause instanceof BodyTooLargeError) {
        return problem(c, 'payload-too-large', `${outcome.cause.message} Import ${job.id} failed.`)
      }
      return c.json(importJobView(outcome.job), 202, { Location: `/v1/imports/${job.id}` })
    })
    .openapi(list, async (c) => {
      await failStale()
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, cursorKey)
      if (query.cursor !== undefined && !after) return invalidCursor(c)
      const { items, last } = await listImportJobsPage(db, { limit: query.limit, after })
      const next = nextLink(c.req.path, { limit: query.limit }, last)
      return c.json({ items: items.map(importJobSummaryView), next }, 200)
    })
    .openapi(get, async (c) => {
      await failStale()
      const job = await findImportJob(db, c.req.valid('param').id)
      if (!job) return problem(c, 'not-found', 'There is no such import.')
      return c.json(importJobView(job), 200)
    })
    .openapi(cancel, async (c) => {
      const actor = { id: principalOf(c).user.id, at: clock.now() }
      const result = await cancelImportJob(db, c.req.valid('param').id, actor)
      if (result === 'not-found') return problem(c, 'not-found', 'There is no such import.')
      if ('finished' in result) {
        const { status } = result.finished
        const done = status === 'cancelled' ? 'been cancelled' : status
        return problem(c, 'conflict', `The import has already ${done}; there is nothing to cancel.`)
      }
      return c.json(importJobView(result.cancelled), 200)
    })
}

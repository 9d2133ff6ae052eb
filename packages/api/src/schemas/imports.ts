import {
  PoliceUkGap,
  PoliceUkImportError,
  PoliceUkMonth,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
  PoliceUkPlacement,
  plainText,
} from '@csp/domain'
import { z } from 'zod'
import { NextLink, PageQuery } from './pages.ts'
import { Id, Timestamp } from './people.ts'

/** What an import job is doing; `succeeded`, `failed` and `cancelled` are final. */
export const ImportStatus = z
  .enum(['queued', 'running', 'succeeded', 'failed', 'cancelled'])
  .meta({ id: 'ImportStatus' })
export type ImportStatus = z.infer<typeof ImportStatus>

/**
 * What an import read: the shape of `csp police-uk summarise --json` without the counts (they
 * are in the crime tables), plus the tables it rebuilt.
 */
export const ImportReport = z
  .object({
    rows: z.number().int().nonnegative(),
    months: z.array(PoliceUkMonth),
    outsideArea: z.array(PoliceUkOutsideAreaCount),
    noLocation: z.array(PoliceUkNoLocationCount),
    gaps: z.array(PoliceUkGap.pick({ month: true, crimeType: true, kind: true, force: true })),
    errors: z.array(PoliceUkImportError.pick({ file: true, line: true, message: true })),
    placement: PoliceUkPlacement.optional().meta({
      description:
        'How located rows were given an LSOA 2021: by their own code, by point in polygon (a 2011 code, or none), or not at all ("no area"). Absent from imports made before it was kept.',
    }),
    forces: z.array(z.string()).optional().meta({
      description:
        'The forces ("Reported by") the files hold: the import stands for each of them in each of its months, and no other force.',
    }),
    tables: z
      .array(z.object({ measure: z.string(), period: z.string(), complete: z.boolean() }))
      .meta({ description: 'The crime tables rebuilt; empty unless the import succeeded.' }),
  })
  .meta({ id: 'ImportReport' })
export type ImportReport = z.infer<typeof ImportReport>

const importJobFields = {
  id: Id,
  kind: z.enum(['police-uk']),
  status: ImportStatus,
  file: z.string().meta({ example: '2024-12-derbyshire-street.csv' }),
  createdBy: Id.nullable().meta({ description: 'Null for the command line.' }),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  progress: z.object({
    rows: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    updatedAt: Timestamp.nullable(),
  }),
  error: z.string().nullable().meta({ description: 'Why the import failed, in one line.' }),
  links: z.object({ self: z.string().meta({ example: '/v1/imports/0b6f3c1e-…' }) }),
}

/** One import job with its progress and, once the file is read, its report. */
export const ImportJob = z
  // A union, not .nullable(): that would mark the shared component itself nullable (see
  // orNull in src/http/nullable-refs.ts).
  .object({ ...importJobFields, report: z.union([ImportReport, z.null()]) })
  .meta({ id: 'ImportJob' })
export type ImportJob = z.infer<typeof ImportJob>

/** A job in the list: everything but the report. */
export const ImportJobSummary = z.object(importJobFields).meta({ id: 'ImportJobSummary' })
export type ImportJobSummary = z.infer<typeof ImportJobSummary>

/** `GET /v1/imports`: a page of jobs, the most recent first, and the link to the next. */
export const ImportJobList = z
  .object({ items: z.array(ImportJobSummary), next: NextLink })
  .meta({ id: 'ImportJobList' })

/** The query of `GET /v1/imports`: a page. */
export const ImportJobQuery = z.object({ ...PageQuery })

/** The query of `POST /v1/imports/police-uk`. */
export const PoliceUkUploadQuery = z.object({
  file: plainText(200, { min: 1, empty: 'enter the file name' })
    .optional()
    .meta({ description: 'The file name, for messages and the job list.' }),
})

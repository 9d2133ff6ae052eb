import type { Client } from './api.ts'
import type { Success } from './read.ts'

type Reviews = Client['v1']['asb-case-reviews']

/** One case review with its personal data (`GET /v1/asb-case-reviews/{id}`). */
export type CaseReviewDetail = Success<Reviews[':id']['$get']>
/** Admins and officers work on case reviews; everyone else sees only counts (the API's rule). */
export const caseworkers = ['admin', 'officer'] as const

/** Whether the role may see case reviews themselves, not just their counts. */
export function isCaseworker(role: string): boolean {
  return (caseworkers as readonly string[]).includes(role)
}

/** The API's case-review ids are UUIDs. */
export const caseReviewId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

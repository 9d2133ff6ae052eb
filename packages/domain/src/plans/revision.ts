import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { PartnershipPlan } from './schema.ts'

/**
 * Where a plan revision stands: a `draft` is edited; an `adopted` revision is the partnership's
 * plan for its year; a `published` one has also been made public (and sent to the PCC).
 *
 * @example
 * ```ts
 * PlanRevisionStatus.parse('draft') //=> 'draft'
 * ```
 */
export const PlanRevisionStatus = z
  .enum(['draft', 'adopted', 'published'])
  .meta({ id: 'PlanRevisionStatus' })
export type PlanRevisionStatus = z.infer<typeof PlanRevisionStatus>

/**
 * One revision of a partnership plan. `planYear` is the year of the annual review it belongs to
 * (the 2023-26 plan's first revision is 2023, its 2024 refresh 2024): one revision per plan and
 * year may be adopted. `adopted` and `published` say when and by whom; `overrideReason` is the
 * reason given for adopting with a claim the tables contradict.
 *
 * @example
 * ```ts
 * PlanRevision.shape.status.parse('adopted') //=> 'adopted'
 * ```
 */
export const PlanRevision = z
  .object({
    id: z.string().min(1),
    planId: z.string().min(1),
    planYear: z.number().int().min(1990).max(2100),
    status: PlanRevisionStatus,
    basedOn: z.string().nullable(),
    document: PartnershipPlan,
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().nullable(),
    adopted: z
      .object({ on: IsoDate, by: z.string().nullable(), overrideReason: z.string().nullable() })
      .nullable(),
    published: z.object({ on: IsoDate, link: z.url() }).nullable(),
  })
  .meta({ id: 'PlanRevision' })
export type PlanRevision = z.infer<typeof PlanRevision>

/** The parts of a revision the lifecycle rules read. */
export type RevisionState = Pick<PlanRevision, 'id' | 'planId' | 'planYear' | 'status'>

/**
 * Why `revision` may not be adopted, or `undefined` when it may: only a draft is adopted, and
 * only when no other revision of the same plan and year is adopted (or published).
 *
 * @example
 * ```ts
 * adoptionRefusal({ id: 'b', planId: 'p', planYear: 2024, status: 'draft' },
 *   [{ id: 'a', planId: 'p', planYear: 2024, status: 'adopted' }])
 * //=> 'Revision a is already adopted for 2024: one revision is adopted per plan year.'
 * ```
 */
export function adoptionRefusal(
  revision: RevisionState,
  others: readonly RevisionState[]
): string | undefined {
  if (revision.status !== 'draft') {
    return `Revision ${revision.id} is ${revision.status}; only a draft can be adopted.`
  }
  const adopted = others.find(
    (o) =>
      o.id !== revision.id &&
      o.planId === revision.planId &&
      o.planYear === revision.planYear &&
      o.status !== 'draft'
  )
  return adopted
    ? `Revision ${adopted.id} is already adopted for ${revision.planYear}: one revision is adopted per plan year.`
    : undefined
}

/**
 * Why `revision` may not be published, or `undefined`: only an adopted revision is published.
 *
 * @example
 * ```ts
 * publicationRefusal({ id: 'a', planId: 'p', planYear: 2024, status: 'draft' })
 * //=> 'Revision a is a draft; adopt it before publishing.'
 * ```
 */
export function publicationRefusal(revision: RevisionState): string | undefined {
  if (revision.status === 'draft')
    return `Revision ${revision.id} is a draft; adopt it before publishing.`
  if (revision.status === 'published') return `Revision ${revision.id} is already published.`
  return undefined
}

/**
 * Only a draft is edited.
 *
 * @example
 * ```ts
 * editRefusal({ id: 'a', planId: 'p', planYear: 2023, status: 'adopted' })
 * //=> 'Revision a is adopted and can no longer be edited; start a new draft from it.'
 * ```
 */
export function editRefusal(revision: RevisionState): string | undefined {
  return revision.status === 'draft'
    ? undefined
    : `Revision ${revision.id} is ${revision.status} and can no longer be edited; start a new draft from it.`
}

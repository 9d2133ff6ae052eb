import { plainText } from '@csp/domain'
import { z } from 'zod'
import { NextLink, PageQuery } from './pages.ts'
import { Id, OrganisationKind, Timestamp } from './people.ts'

/** A partner agency of the partnership; every user belongs to one. */
export const Organisation = z
  .object({
    id: Id,
    name: z.string(),
    kind: OrganisationKind,
    createdAt: Timestamp,
  })
  .meta({ id: 'Organisation' })
export type Organisation = z.infer<typeof Organisation>

/**
 * The body of `POST /v1/organisations`.
 *
 * @example
 * ```ts
 * CreateOrganisationRequest.parse({ name: 'Derbyshire Constabulary', kind: 'police' })
 * ```
 */
export const CreateOrganisationRequest = z
  .object({
    name: plainText(200, { min: 1, empty: 'enter the organisation’s name' }).meta({
      example: 'Derbyshire Constabulary',
    }),
    kind: OrganisationKind,
  })
  .meta({ id: 'CreateOrganisationRequest' })
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequest>

/** `GET /v1/organisations`: a page of organisations, by name; `next` for the rest. */
export const OrganisationList = z
  .object({ items: z.array(Organisation), next: NextLink })
  .meta({ id: 'OrganisationList' })

/** The query of `GET /v1/organisations`: a page. */
export const OrganisationListQuery = z.object({ ...PageQuery })
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>
export type OrganisationList = z.infer<typeof OrganisationList>

import { plainText } from '@csp/domain'
import { z } from 'zod'
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

/** `GET /v1/organisations`: every organisation, by name. */
export const OrganisationList = z
  .object({ items: z.array(Organisation) })
  .meta({ id: 'OrganisationList' })
export type OrganisationList = z.infer<typeof OrganisationList>

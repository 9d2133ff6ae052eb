import { plainText } from '@csp/domain'
import { z } from 'zod'
import { organisationKindValues, roleValues } from './enum-values.ts'

/**
 * What a user may do. `admin` manages users, organisations and tokens and reads the audit log;
 * `analyst` runs imports; `officer` works on case reviews of their own organisation; `viewer`
 * reads aggregates only.
 */
export const Role = z
  .enum(roleValues)
  .meta({ id: 'Role', description: 'admin, analyst, officer or viewer.' })
export type Role = z.infer<typeof Role>

/** The kind of partner agency an organisation is. */
export const OrganisationKind = z.enum(organisationKindValues).meta({ id: 'OrganisationKind' })
export type OrganisationKind = z.infer<typeof OrganisationKind>

/**
 * An email address, trimmed and lower-cased before it is checked (so `' Ann@Example.org '`
 * signs in as `ann@example.org`).
 */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .regex(z.regexes.email, 'enter an email address such as name@example.org')
  .meta({ example: 'jo.bloggs@south-derbys.gov.uk' })

/** The shortest password a user may choose. */
export const minPasswordLength = 12

/**
 * A new password: 12 to 1,024 characters. Length, not character classes, is what makes a
 * password hard to guess (NCSC guidance); the upper bound keeps hashing cheap to refuse.
 */
export const NewPassword = z
  .string()
  .min(minPasswordLength, `must be at least ${minPasswordLength} characters`)
  .max(1024, 'must be at most 1,024 characters')
  .meta({ format: 'password' })

/** A person's display name. */
export const PersonName = plainText(200, { min: 1, empty: 'enter a name' }).meta({
  example: 'Jo Bloggs',
})

/** A date-time as ISO 8601 in UTC, e.g. `2025-06-01T09:00:00.000Z`. */
export const Timestamp = z.iso.datetime().meta({ example: '2025-06-01T09:00:00.000Z' })

/**
 * A server-assigned identifier (a UUID), in lower case: UUIDs are case-insensitive, so an id
 * sent in upper case names the same record, and is compared and stored as the canonical form.
 */
export const Id = z.uuid().toLowerCase().meta({ example: '0b6f3c1e-8d2a-4d55-9a57-5f1f1d0c2a11' })

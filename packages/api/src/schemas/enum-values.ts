// The values of the API's enums, as plain lists: the zod schemas (schemas/*.ts) and the
// database's check constraints (db/schema/*.ts) are both built from them. No imports, so
// drizzle-kit can load the database schema without the ESM-only domain package.

/** The four roles (see schemas/people.ts `Role`). */
export const roleValues = ['admin', 'analyst', 'officer', 'viewer'] as const

/** The kinds of partner agency (see schemas/people.ts `OrganisationKind`). */
export const organisationKindValues = [
  'council',
  'police',
  'fire',
  'probation',
  'youth-justice',
  'health',
  'voluntary',
  'other',
] as const

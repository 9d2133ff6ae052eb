/**
 * @module
 * The request and response schemas of the CSP Toolkit API's users, organisations, tokens and
 * audit log, for servers and for forms: the portal validates with the same schemas the API
 * does. Only zod is imported here, so this entry runs anywhere.
 */
export * from './people.ts'
export * from './organisations.ts'
export * from './users.ts'
export * from './auth.ts'
export * from './audit.ts'

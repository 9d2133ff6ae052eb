/**
 * @module
 * The request and response schemas of the CSP Toolkit API's users, organisations, tokens,
 * audit log, case reviews, recorded actions, PSPOs, published ASB Case Review returns, partnership
 * settings and duties due, for servers and for forms: the portal
 * validates with the same schemas the API does. Only zod and the pure domain package are
 * imported here, so this entry runs anywhere.
 */
export * from './people.ts'
export * from './pages.ts'
export * from './organisations.ts'
export * from './users.ts'
export * from './auth.ts'
export * from './audit.ts'
export * from './case-reviews.ts'
export * from './case-review-views.ts'
export * from './case-review-settings.ts'
export * from './case-review-applications.ts'
export * from './actions.ts'
export * from './pspos.ts'
export * from './annual-returns.ts'
export * from './duties.ts'
export * from './imports.ts'

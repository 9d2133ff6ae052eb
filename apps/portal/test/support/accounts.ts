/**
 * The first admin, created by the seed from CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD: the test
 * API's own, or those of a running toolkit (see global-setup.ts).
 */
export const admin = {
  email: process.env['CSP_ADMIN_EMAIL'] ?? 'admin@example.org',
  password: process.env['CSP_ADMIN_PASSWORD'] ?? 'correct horse battery staple',
}

/** The first admin, created by the seed from CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD. */
export const admin = { email: 'admin@example.org', password: 'correct horse battery staple' }

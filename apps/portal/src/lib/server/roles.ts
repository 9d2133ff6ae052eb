import { error } from '@sveltejs/kit'
import type { Role } from './auth.ts'

/**
 * Stops the request unless the signed-in person has one of `roles` (a 403 page). Call it in
 * every load and every action of a protected page: SvelteKit runs actions without the layout's
 * load, and the API checks again anyway.
 */
export function requireRole(locals: App.Locals, ...roles: Role[]): void {
  if (!locals.user || !roles.includes(locals.user.role)) {
    error(403, 'This page is for the partnership’s administrators.')
  }
}

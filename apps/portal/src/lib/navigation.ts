import { resolve } from '$app/paths'
import type { NavigationItem } from './govuk/types.ts'

interface Section {
  href: string
  text: string
  /** Only shown to these roles. */
  roles?: readonly string[]
  /** Other paths that belong to the section. */
  also?: readonly string[]
}

// Resolved per call: on the server, paths depend on the request being rendered.
const sections = (): Section[] => [
  { href: resolve('/'), text: 'Dashboard' },
  { href: resolve('/figures'), text: 'Figures', also: [resolve('/local-areas')] },
  { href: resolve('/plan'), text: 'Plan' },
  { href: resolve('/case-reviews'), text: 'Case reviews' },
  { href: resolve('/actions'), text: 'Actions', also: [resolve('/pspos')] },
  {
    href: resolve('/imports'),
    text: 'Imports',
    roles: ['analyst', 'admin'],
    also: [resolve('/crime-tables/upload')],
  },
  { href: resolve('/embed'), text: 'Embed' },
  { href: resolve('/admin'), text: 'Admin', roles: ['admin'] },
]

/**
 * The service navigation for a signed-in person on `pathname`: the section's own page is
 * `current`, a page within it `active`.
 *
 * @example
 * ```ts
 * navigationFor('/figures/hate-crime', 'viewer').find((i) => i.active)?.text //=> 'Figures'
 * ```
 */
export function navigationFor(pathname: string, role: string): NavigationItem[] {
  return sections()
    .filter((section) => !section.roles || section.roles.includes(role))
    .map(({ href, text, also = [] }) => {
      const current = pathname === href
      const within = [href, ...also].some(
        (base) =>
          base !== '/' && (pathname.startsWith(`${base}/`) || (base !== href && pathname === base))
      )
      return { href, text, current, active: within }
    })
}

/**
 * The service navigation of the public's pages (anyone not signed in): the section whose path
 * `pathname` starts with is `active`, its own page `current`.
 *
 * @example
 * ```ts
 * publicNavigation('/asb-case-reviews/apply').find((i) => i.active)?.text //=> 'ASB Case Reviews'
 * ```
 */
export function publicNavigation(pathname: string): NavigationItem[] {
  const items = [
    { href: resolve('/'), text: 'Home' },
    { href: resolve('/partnership'), text: 'Partnership' },
    { href: resolve('/plan'), text: 'Plan' },
    { href: resolve('/crime-figures'), text: 'Crime figures' },
    { href: resolve('/asb-case-reviews'), text: 'ASB Case Reviews' },
    { href: resolve('/contacts'), text: 'Contacts' },
  ]
  return items.map(({ href, text }) => ({
    href,
    text,
    current: pathname === href,
    active: href !== '/' && pathname.startsWith(`${href}/`),
  }))
}

// The public's crime figures: the partners' figures pages, which show only public data.
import { load as figures } from '../figures/+page.server.ts'
import type { PageServerLoad } from './$types'

export const load = ((event) => figures(event as never)) satisfies PageServerLoad

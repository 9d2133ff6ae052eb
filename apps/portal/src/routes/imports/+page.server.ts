import { error, fail, redirect } from '@sveltejs/kit'
import type { FieldErrors } from '#lib/forms.ts'
import { uploadPoliceUk, type ImportJob } from '#lib/server/imports.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import type { Actions, PageServerLoad } from './$types'

const roles = ['analyst', 'admin'] as const

/** The ids of the jobs one upload made, as the page's `imported` query carries them. */
const importedIds = (url: URL) =>
  (url.searchParams.get('imported') ?? '').split(',').filter((id) => id !== '')

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ...roles)
  // A page of the history, newest first; `cursor` (from the API's `next` link) pages back.
  const cursor = url.searchParams.get('cursor') ?? undefined
  const response = await locals.api.v1.imports.$get({ query: { cursor } })
  if (response.status === 400) error(404, 'There is no such page of imports.')
  const jobs = await bodyOf(response, 'list of imports')
  const ids = importedIds(url)
  const imported = ids.flatMap((id) => jobs.items.filter((job) => job.id === id))
  const older = jobs.next && new URL(jobs.next, 'http://api').searchParams.get('cursor')
  return {
    jobs: jobs.items,
    imported,
    older: older ? `/imports?cursor=${encodeURIComponent(older)}` : null,
    paged: cursor !== undefined,
  }
}

function checkFiles(files: FormDataEntryValue[]): FieldErrors {
  const chosen = files.filter((file) => file instanceof File && file.size > 0)
  if (chosen.length === 0) return { file: 'Select one or more police.uk street-level CSV files' }
  const notCsv = (chosen as File[]).find((file) => !/\.csv$/i.test(file.name))
  if (notCsv) return { file: `${notCsv.name} is not a CSV file: select police.uk CSV files` }
  return sameMonth(chosen as File[])
}

// Each file is its own import and replaces the counts of its months, so a second file for a
// month (another force's, such as British Transport Police) would remove the first one's.
function sameMonth(files: File[]): FieldErrors {
  const seen = new Map<string, string>()
  for (const { name } of files) {
    const month = /^(\d{4}-\d{2})-/.exec(name)?.[1]
    if (!month) continue
    const other = seen.get(month)
    if (other) {
      return {
        file: `${other} and ${name} are both for ${month}: here the second would replace the first, so import them together with csp import police-uk`,
      }
    }
    seen.set(month, name)
  }
  return {}
}

export const actions: Actions = {
  // Each file is its own import, all-or-nothing, sent to the API one after another: the API
  // reads them as streams, and a failed file leaves the others as they were.
  default: async (event) => {
    requireRole(event.locals, ...roles)
    const files = (await event.request.formData()).getAll('file')
    const errors = checkFiles(files)
    if (errors['file']) return fail(400, { errors, imported: [] as string[] })
    const imported: string[] = []
    for (const file of files as File[]) {
      if (file.size === 0) continue
      const response = await uploadPoliceUk(event, file)
      if (response.status !== 202) {
        const [message] = Object.values(await problemErrors(response, 'file'))
        const done = imported.length ? ` The files before it were imported.` : ''
        return fail(response.status === 413 ? 413 : 400, {
          errors: { file: `${file.name}: ${message}${done}` },
          imported,
        })
      }
      imported.push(((await response.json()) as ImportJob).id)
    }
    redirect(
      303,
      imported.length === 1 ? `/imports/${imported[0]}` : `/imports?imported=${imported.join(',')}`
    )
  },
}

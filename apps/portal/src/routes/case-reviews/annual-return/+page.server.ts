import { PublishAnnualReturnRequest } from '@csp/api/schemas'
import { annualReturnFigureNames, IsoDate, type AnnualReturn } from '@csp/domain'
import { fail, redirect } from '@sveltejs/kit'
import { isoFromParts, readDateParts, todayInEngland } from '#lib/dates.ts'
import { financialYear, recentFinancialYears } from '#lib/financial-years.ts'
import { publicApiUrl } from '#lib/server/api.ts'
import { problemErrors } from '#lib/server/problem.ts'
import { bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { formValues, validate } from '#lib/server/validate.ts'
import type { Actions, PageServerLoad } from './$types'

// `?year=2024` is a financial year; `?from=&to=` any window; neither, the API's choice.
function windowOf(params: URLSearchParams): { from?: string; to?: string } {
  const year = params.get('year') ?? ''
  if (/^\d{4}$/.test(year)) {
    const { from, to } = financialYear(Number(year))
    return { from, to }
  }
  const [from, to] = [params.get('from') ?? '', params.get('to') ?? '']
  // The domain's date check, so a day that does not exist never reaches the API.
  const real = (day: string) => IsoDate.safeParse(day).success
  return real(from) && real(to) && from <= to ? { from, to } : {}
}

// The return is public (s104(10)): every role sees it; admins publish it.
export const load: PageServerLoad = async ({ locals, url }) => {
  const query = windowOf(url.searchParams)
  const endpoint = locals.api.v1['asb-case-reviews']['annual-return']
  const view = await bodyOf(await endpoint.$get({ query }), 'ASB Case Review annual return')
  // The CSV link is opened by the browser without a sign-in: the API answers it for public
  // windows only (a published return's period, a whole financial year that has ended).
  const csv = new URL(`${publicApiUrl()}/v1/asb-case-reviews/annual-return`)
  csv.search = new URLSearchParams({ from: view.from, to: view.to, format: 'csv' }).toString()
  const names = Object.entries(annualReturnFigureNames) as [keyof AnnualReturn, string][]
  return {
    view,
    // In the Act's order, with the domain's names (the API's CSV uses the same).
    figures:
      view.figures && names.map(([key, label]) => ({ key, label, value: view.figures![key] })),
    // Kept in the publish form's address, so its errors show beside the same return.
    windowQuery: new URLSearchParams({ from: view.from, to: view.to }).toString(),
    years: recentFinancialYears(todayInEngland(), 6),
    csvUrl: view.public ? csv.href : null,
    canPublish: locals.user?.role === 'admin',
    published: url.searchParams.get('done') === 'published',
  }
}

const dateMessages = (missing: string) => ({ missing, invalid: 'Enter a real date, like 1 4 2025' })

export const actions: Actions = {
  publish: async ({ locals, request }) => {
    requireRole(locals, 'admin')
    const form = await request.formData()
    const values = formValues(form, ['period', 'furtherInformationUrl'])
    const parts = { from: readDateParts(form, 'from'), to: readDateParts(form, 'to') }
    const body = {
      period: values['period'],
      from: isoFromParts(parts.from),
      to: isoFromParts(parts.to),
      furtherInformationUrl: values['furtherInformationUrl'] || undefined,
    }
    const checked = validate(PublishAnnualReturnRequest, body, {
      period: { missing: 'Enter the period the return covers, such as 2025/26' },
      from: dateMessages('Enter the first day the return covers'),
      to: dateMessages('Enter the last day the return covers'),
      furtherInformationUrl: { invalid: 'Enter a web address starting https:// or http://' },
    })
    if (!checked.ok) return fail(400, { values, parts, errors: checked.errors })
    const endpoint = locals.api.v1['asb-case-reviews']['annual-returns']
    const response = await endpoint.$post({ json: checked.data })
    if (!response.ok) {
      return fail(response.status === 409 ? 409 : 400, {
        values,
        parts,
        errors: await problemErrors(response, 'period'),
      })
    }
    const { from, to } = checked.data
    const params = new URLSearchParams({ done: 'published', from, to })
    redirect(303, `/case-reviews/annual-return?${params}`)
  },
}

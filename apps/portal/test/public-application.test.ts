// The acceptance journey for the public: a newcomer who is not signed in goes from the
// public home to applying for an ASB Case Review with three incidents, gets a reference and an
// access code, an email arrives on the suite's SMTP server, a signed-in officer sees the
// application and decides the threshold, and the applicant's status page then shows "threshold
// met" with its date. Once without JavaScript and once with it.
import { inject } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { formatDate } from '../src/lib/figures.ts'
import { todayInEngland } from '../src/lib/dates.ts'
import { admin, connectBrowser, openContext, signIn } from './support/browser.ts'
import { readMail } from './support/mail.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const today = todayInEngland()

function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-')
  await page.locator(`#${id}-day`).fill(String(Number(day)))
  await page.locator(`#${id}-month`).fill(String(Number(month)))
  await page.locator(`#${id}-year`).fill(year!)
}

/** Clicks `target` and waits for the page whose h1 is `h1` (a load, or the router's render). */
async function next(page: Page, target: Locator, h1: string | RegExp) {
  await target.click()
  await page.locator('h1', { hasText: h1 }).waitFor()
}

const proceed = (page: Page, h1: string | RegExp) =>
  next(page, page.getByRole('button', { name: 'Continue' }), h1)

describe.each([{ js: false }, { js: true }])(
  'a member of the public, JavaScript on: $js',
  ({ js }) => {
    const label = js ? 'JS on' : 'JS off'
    const email = `pat.public.${js ? 'on' : 'off'}@example.org`
    let reference = ''
    let code = ''

    test('applies from the public home with three incidents and gets a reference and code', async () => {
      const { context, page, problems } = await openContext(browser, { javaScriptEnabled: js })
      await page.goto('/')
      expect(await page.locator('h1').textContent()).toBe(
        'South Derbyshire Community Safety Partnership'
      )
      await next(
        page,
        page.getByRole('link', { name: 'Apply for an ASB Case Review' }),
        'Apply for an ASB Case Review'
      )
      await next(page, page.getByRole('link', { name: 'Start now' }), 'Are you the victim')

      // An answer left out is asked for, GOV.UK style.
      await proceed(page, 'Are you the victim')
      await page.locator('.govuk-error-summary').waitFor()
      await page.getByLabel('Yes, I am the victim').check()
      await proceed(page, 'Your contact details')

      await page.getByLabel('Full name').fill(`Pat Public (${label})`)
      // A control character is refused with a clear message, and what was typed stays.
      await page.getByLabel('Phone number').fill('01283\u0007 000000')
      await page.getByLabel('Email address').fill(email)
      await proceed(page, 'Your contact details')
      expect(await page.locator('#phone-error').textContent()).toContain('control characters')
      expect(await page.getByLabel('Full name').inputValue()).toBe(`Pat Public (${label})`)
      await page.getByLabel('Phone number').fill('01283 000000')
      await proceed(page, 'Where does the behaviour happen?')

      await page.getByLabel('Address or place').fill('Alley behind 5 High Street')
      await proceed(page, 'Tell us about an incident')

      const incidents = [
        [daysBefore(today, 90), daysBefore(today, 89), 'South Derbyshire District Council'],
        [daysBefore(today, 50), daysBefore(today, 49), 'South Derbyshire District Council'],
        [daysBefore(today, 10), daysBefore(today, 9), 'South Derbyshire District Council'],
      ] as const
      for (const [n, [happenedOn, reportedOn, partner]] of incidents.entries()) {
        if (n > 0) {
          await next(
            page,
            page.getByRole('button', { name: 'Add another incident' }),
            'Tell us about an incident'
          )
        }
        await fillDate(page, 'happenedOn', happenedOn)
        await page.getByLabel('What happened?').fill(`Stones thrown at windows, incident ${n + 1}.`)
        await page.getByLabel(partner, { exact: true }).check()
        await fillDate(page, 'reportedOn', reportedOn)
        await proceed(page, 'Incidents you have told us about')
      }
      expect(await page.locator('.govuk-summary-list__row').count()).toBe(3)
      await proceed(page, 'Sharing your application')
      await page.getByLabel('I agree that my application is shared').check()
      await proceed(page, 'Check your answers')
      expect(await page.locator('main dl').textContent()).toContain(`Pat Public (${label})`)

      await next(page, page.getByRole('button', { name: 'Send application' }), 'Application sent')
      reference = (await page.locator('.govuk-panel__body strong').textContent())!.trim()
      code = (await page.locator('#access-code').textContent())!.trim()
      expect(reference).toMatch(/^ASB-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
      expect(await page.locator('main').textContent()).toContain(
        'We have sent your reference to your email address.'
      )
      // The two wrong answers above are answered 400, as GOV.UK forms do; nothing else may appear.
      expect((await problems()).filter((p) => !p.includes('status of 400'))).toEqual([])
      await context.close()
    })

    test('the reference arrives by email, and the partnership inbox hears of it', () => {
      const mail = readMail(inject('mailDir'))
      const toApplicant = mail.filter((m) => m.to === email)
      expect(toApplicant.at(-1)?.raw).toContain(reference)
      expect(toApplicant.at(-1)?.raw).not.toContain(code)
      const toInbox = mail.filter((m) => m.to === 'community.safety@example.org')
      expect(toInbox.some((m) => m.raw.includes(reference))).toBe(true)
    })

    test('an officer sees the application and decides the threshold; the status page shows it', async () => {
      const officer = await openContext(browser, { javaScriptEnabled: js })
      await signIn(officer.page, admin)
      await officer.page.goto('/case-reviews')
      const row = officer.page.locator('main tbody tr', { hasText: formatDate(today) }).first()
      await row.waitFor()
      await next(officer.page, row.getByRole('link').first(), 'Application received')
      expect(await officer.page.locator('main').textContent()).toContain(`Pat Public (${label})`)
      await next(
        officer.page,
        officer.page.getByRole('button', { name: 'Check the threshold' }),
        'Application received'
      )
      await next(
        officer.page,
        officer.page.getByRole('button', { name: 'Confirm: threshold met' }),
        'Application received'
      )
      await officer.context.close()

      const { context, page } = await openContext(browser, { javaScriptEnabled: js })
      await page.goto('/asb-case-reviews/status')
      await page.getByLabel('Your reference').fill(reference)
      await page.getByLabel('Your access code').fill(code)
      await next(page, page.getByRole('button', { name: 'Check progress' }), 'Check the progress')
      await page.locator('.app-stages').waitFor()
      const stages = (await page.locator('.app-stages h2').allTextContents()).map((t) => t.trim())
      expect(stages).toEqual([
        `Received: ${formatDate(today)}`,
        `Threshold met: ${formatDate(today)}`,
      ])
      expect(await page.locator('main').textContent()).not.toContain('Stones thrown')
      await context.close()
    })
  }
)

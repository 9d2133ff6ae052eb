// The wrappers render the markup of govuk-frontend's Nunjucks templates (the CSS and JS depend
// on it): checked here through Svelte's server renderer, as the portal serves them.
import { createRawSnippet, type Component } from 'svelte'
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import Button from './Button.svelte'
import ErrorSummary from './ErrorSummary.svelte'
import Input from './Input.svelte'
import Radios from './Radios.svelte'
import Select from './Select.svelte'
import ServiceNavigation from './ServiceNavigation.svelte'
import Textarea from './Textarea.svelte'

/** The rendered HTML without Svelte's hydration comments and with single spaces. */
function html<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props
): string {
  const { body } = render(component as Component<Record<string, unknown>>, { props })
  return body
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim()
}

const text = (value: string) => createRawSnippet(() => ({ render: () => `<span>${value}</span>` }))

describe('Input', () => {
  it('links the hint and the error to the input, in that order', () => {
    const markup = html(Input, {
      name: 'email',
      label: 'Email address',
      hint: 'The one you use at work',
      errorMessage: 'Enter your email address',
      value: 'jo@',
    })
    expect(markup).toContain('<div class="govuk-form-group govuk-form-group--error">')
    expect(markup).toContain('<label class="govuk-label " for="email">Email address</label>')
    expect(markup).toContain(
      '<div id="email-hint" class="govuk-hint ">The one you use at work</div>'
    )
    expect(markup).toContain(
      '<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter your email address</p>'
    )
    expect(markup).toMatch(/<input class="govuk-input +govuk-input--error" id="email" name="email"/)
    expect(markup).toContain('aria-describedby="email-hint email-error"')
    expect(markup).toContain('value="jo@"')
  })

  it('has no error styling or describedby without a hint or an error', () => {
    const markup = html(Input, { name: 'name', label: 'Name' })
    expect(markup).not.toContain('error')
    expect(markup).not.toContain('aria-describedby')
  })

  it('wraps the label in the page heading when asked', () => {
    expect(html(Input, { name: 'q', label: 'Search', isPageHeading: true })).toContain(
      '<h1 class="govuk-label-wrapper"><label'
    )
  })
})

describe('Textarea and Select', () => {
  it('keep the value a person submitted', () => {
    expect(html(Textarea, { name: 'notes', label: 'Notes', value: 'a < b' })).toContain(
      '>a &lt; b</textarea>'
    )
    const select = html(Select, {
      name: 'role',
      label: 'Role',
      items: [
        { value: 'viewer', text: 'Viewer' },
        { value: 'admin', text: 'Admin' },
      ],
      value: 'admin',
    })
    expect(select).toContain('<option value="admin" selected="">Admin</option>')
    expect(select).not.toContain('<option value="viewer" selected')
  })
})

describe('Radios', () => {
  it('gives the first radio the bare name as id, for the error summary’s link', () => {
    const markup = html(Radios, {
      name: 'role',
      legend: 'Role',
      errorMessage: 'Select a role',
      items: [
        { value: 'viewer', text: 'Viewer', hint: 'Reads figures' },
        { value: 'admin', text: 'Admin' },
      ],
      value: 'admin',
    })
    expect(markup).toContain('<fieldset class="govuk-fieldset" aria-describedby="role-error">')
    expect(markup).toContain('id="role" name="role" type="radio" value="viewer"')
    expect(markup).toContain('aria-describedby="role-item-hint"')
    expect(markup).toContain('id="role-2" name="role" type="radio" value="admin" checked')
    expect(markup).toContain('data-module="govuk-radios"')
  })
})

describe('ErrorSummary', () => {
  it('lists the errors as links to their fields inside an alert', () => {
    const markup = html(ErrorSummary, {
      errorList: [{ text: 'Enter your email address', href: '#email' }],
    })
    expect(markup).toBe(
      '<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#email">Enter your email address</a></li></ul></div></div></div>'
    )
  })
})

describe('Button', () => {
  it('is a submit button with the govuk-button module', () => {
    expect(html(Button, { children: text('Save') })).toBe(
      '<button type="submit" class="govuk-button " data-module="govuk-button"><span>Save</span></button>'
    )
  })

  it('passes double-click prevention and other attributes through', () => {
    const markup = html(Button, {
      children: text('Sign in'),
      preventDoubleClick: true,
      classes: 'govuk-button--secondary',
      name: 'intent',
      value: 'save',
    })
    expect(markup).toContain('class="govuk-button govuk-button--secondary"')
    expect(markup).toContain('data-prevent-double-click="true"')
    expect(markup).toContain('name="intent" value="save"')
  })
})

describe('ServiceNavigation', () => {
  it('marks the current page and the current section differently', () => {
    const markup = html(ServiceNavigation, {
      navigation: [
        { href: '/', text: 'Dashboard' },
        { href: '/figures', text: 'Figures', active: true },
        { href: '/plan', text: 'Plan', current: true },
      ],
    })
    expect(markup).toContain('<a class="govuk-service-navigation__link" href="/">Dashboard</a>')
    expect(markup).toContain(
      'href="/figures" aria-current="true"><strong class="govuk-service-navigation__active-fallback">Figures</strong>'
    )
    expect(markup).toContain('href="/plan" aria-current="page">')
    expect(markup).toContain('aria-controls="navigation" hidden="" aria-hidden="true"')
  })
})

// The govuk-frontend components the portal starts (see enhance.ts), imported by name so the
// bundle keeps only these: `import('govuk-frontend')` itself would bring every component.
export {
  Button,
  Checkboxes,
  ErrorSummary,
  isSupported,
  NotificationBanner,
  PasswordInput,
  Radios,
  ServiceNavigation,
  SkipLink,
} from 'govuk-frontend'

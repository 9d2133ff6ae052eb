import nodemailer from 'nodemailer'
import { NotifyClient } from 'notifications-node-client'

/** One email: plain text, to one address. */
export interface EmailMessage {
  to: string
  subject: string
  body: string
  /** A reference the service may keep with the message (never personal data). */
  reference?: string | undefined
}

/**
 * Sends the toolkit's emails, whichever service carries them: `kind` says which (`off` when none
 * is configured: nothing is sent, and pages say so).
 */
export interface Notifier {
  readonly kind: 'notify' | 'smtp' | 'off'
  /** The partnership's inbox for new applications, if one is set. */
  readonly inbox: string | undefined
  send(message: EmailMessage): Promise<void>
}

/** What {@link createNotifier} reads: GOV.UK Notify first, else SMTP, else nothing. */
export interface NotifierSettings {
  /** A GOV.UK Notify API key (CSP_NOTIFY_API_KEY). */
  notifyApiKey?: string | undefined
  /**
   * The Notify email template (CSP_NOTIFY_TEMPLATE_ID) with the placeholders `((subject))` and
   * `((body))`.
   */
  notifyTemplateId?: string | undefined
  /** An SMTP server as a URL (CSP_SMTP_URL), e.g. `smtp://mail.example.org:587`. */
  smtpUrl?: string | undefined
  /** The sender for SMTP (CSP_MAIL_FROM). */
  from?: string | undefined
  /** The partnership's inbox for new applications (CSP_PARTNERSHIP_INBOX). */
  inbox?: string | undefined
}

/** A notifier that sends nothing: no email service is configured. */
export const notificationsOff: Notifier = {
  kind: 'off',
  inbox: undefined,
  send: () => Promise.resolve(),
}

/**
 * The notifier the settings ask for: GOV.UK Notify when a key (and template) is set, SMTP
 * (nodemailer) when a server is, otherwise {@link notificationsOff}.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'csp@example.org' })
 * await notifier.send({ to: 'jo@example.org', subject: 'Your reference', body: 'ASB-7KQ2-MXW9' })
 * ```
 */
export function createNotifier(settings: NotifierSettings): Notifier {
  const inbox = settings.inbox || undefined
  if (settings.notifyApiKey) {
    if (!settings.notifyTemplateId) {
      throw new Error('CSP_NOTIFY_TEMPLATE_ID must be set with CSP_NOTIFY_API_KEY')
    }
    const client = new NotifyClient(settings.notifyApiKey)
    const templateId = settings.notifyTemplateId
    return {
      kind: 'notify',
      inbox,
      send: async ({ to, subject, body, reference }) => {
        await client.sendEmail(templateId, to, { personalisation: { subject, body }, reference })
      },
    }
  }
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl)
    const from = settings.from ?? 'csp-toolkit@localhost'
    return {
      kind: 'smtp',
      inbox,
      send: async ({ to, subject, body }) => {
        await transport.sendMail({ from, to, subject, text: body })
      },
    }
  }
  return notificationsOff
}

/**
 * The notifier settings from the environment (see {@link NotifierSettings} for the names).
 *
 * @example
 * ```ts
 * createNotifier(notifierSettingsFromEnv(process.env))
 * ```
 */
export function notifierSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>
): NotifierSettings {
  return {
    notifyApiKey: env.CSP_NOTIFY_API_KEY,
    notifyTemplateId: env.CSP_NOTIFY_TEMPLATE_ID,
    smtpUrl: env.CSP_SMTP_URL,
    from: env.CSP_MAIL_FROM,
    inbox: env.CSP_PARTNERSHIP_INBOX,
  }
}

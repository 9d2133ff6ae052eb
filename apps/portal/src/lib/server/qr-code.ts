import { renderSVG } from 'uqr'

/**
 * An SVG QR code of `text` (an `otpauth://` address), for an authenticator app to scan. Made
 * on the server, so the page needs no script; its text twin is shown beside it.
 *
 * @example
 * ```ts
 * qrCodeSvg('otpauth://totp/…').startsWith('<svg') //=> true
 * ```
 */
export function qrCodeSvg(text: string): string {
  return renderSVG(text, { border: 2 }).replace(
    '<svg ',
    '<svg aria-hidden="true" focusable="false" '
  )
}

import { readFile, rm } from 'node:fs/promises'
import { timingSafeEqual } from 'node:crypto'
import { verifyPassword } from './passwords.ts'

/**
 * Deletes the file `npm start` keeps the generated first admin's password in, once that
 * password is no longer in use: when the password that was just replaced (given, or checked
 * against its old hash) is the one in the file. Returns whether it deleted the file. Nothing
 * happens without a file; it is never read into a log.
 *
 * @example
 * ```ts
 * await forgetFirstAdminPassword(config.auth.firstAdminPasswordFile, { password: currentPassword })
 * ```
 */
export async function forgetFirstAdminPassword(
  file: string | undefined,
  replaced: { password: string } | { hash: string }
): Promise<boolean> {
  if (!file) return false
  let kept: string
  try {
    kept = (await readFile(file, 'utf8')).trim()
  } catch {
    return false
  }
  if (kept === '') return false
  const same =
    'password' in replaced
      ? equalText(kept, replaced.password)
      : await verifyPassword(kept, replaced.hash)
  if (!same) return false
  await rm(file, { force: true })
  return true
}

function equalText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)]
  return x.length === y.length && timingSafeEqual(x, y)
}

import type { PageServerLoad } from './$types'

const notices = {
  'password-changed': 'Your password has been changed',
  'two-factor-off': 'Two-factor sign-in is off',
} as const

export const load: PageServerLoad = ({ locals, url }) => {
  const done = url.searchParams.get('done')
  return {
    email: locals.user!.email,
    twoFactorEnabled: locals.user!.twoFactorEnabled,
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}

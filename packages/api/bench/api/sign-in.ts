import { admin } from './server-process.ts'

/** Signs in (the bench admin by default) and returns the bearer token. */
export async function signIn(url: string, who = admin): Promise<string> {
  const res = await fetch(`${url}/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  })
  if (res.status !== 201) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

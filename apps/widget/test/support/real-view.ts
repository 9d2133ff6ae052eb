import { inject } from 'vitest'

type Fields = Record<string, unknown>

/** The JSON loosely typed, so tests can spoil any part of it. */
export type ApiJson = Fields & { rows: Fields[]; source: Fields; statements: Fields[] }

/** The API's JSON for one table, from the real API the run started. */
export async function realViewJson(
  measure = 'anti-social-behaviour',
  period = '2023'
): Promise<ApiJson> {
  const response = await fetch(`${inject('apiUrl')}/v1/crime-tables/${measure}/${period}`)
  if (!response.ok) throw new Error(`the API answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as ApiJson
}

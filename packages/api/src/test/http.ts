/**
 * A parsed JSON body, typed loosely on purpose: tests assert its shape with `expect`, which is
 * the check. (The typed client test covers the static types.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/**
 * Reads a response body as JSON.
 *
 * @example
 * ```ts
 * const body = await json(await app.request('/v1/areas'))
 * ```
 */
export async function json(res: Response): Promise<Json> {
  return res.json()
}

/** The `type` URI of a problem kind. */
export const problemType = (kind: string) => `https://csp-toolkit.org/problems/${kind}`

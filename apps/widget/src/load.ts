import { InvalidDataError, parseCrimeTableData, type CrimeTableData } from './view.ts'

/** A failed load, with a reason a page author can act on. */
export class LoadError extends Error {
  override name = 'LoadError'
}

const timeoutMs = 20_000

function cut(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

async function problemDetail(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json()
    if (typeof body === 'object' && body !== null) {
      const { detail, title } = body as { detail?: unknown; title?: unknown }
      if (typeof detail === 'string') return cut(detail)
      if (typeof title === 'string') return cut(title)
    }
  } catch {
    // Not a problem+json body: the status alone has to do.
  }
  return null
}

/**
 * Fetches and checks one crime table. Sends no cookies (the data is public) and rejects with a
 * {@link LoadError} whose message says what went wrong, or with the `AbortError` of `signal`.
 *
 * @example
 * ```ts
 * const view = await loadCrimeTable('https://api.example/v1/crime-tables/hate-crime/2023', signal)
 * ```
 */
export async function loadCrimeTable(url: string, signal: AbortSignal): Promise<CrimeTableData> {
  const origin = new URL(url).origin
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      signal: AbortSignal.any([signal, timeout]),
    })
  } catch (error) {
    if (signal.aborted) throw error
    if (timeout.aborted) {
      throw new LoadError(`${origin} did not answer within ${timeoutMs / 1000} seconds.`)
    }
    throw new LoadError(`${origin} could not be reached.`)
  }
  if (!response.ok) {
    const detail = await problemDetail(response)
    throw new LoadError(`The server answered ${response.status}${detail ? `: ${detail}` : '.'}`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    if (signal.aborted) throw signal.reason
    throw new LoadError('The server’s answer was not valid JSON.')
  }
  try {
    return parseCrimeTableData(json)
  } catch (error) {
    if (error instanceof InvalidDataError) {
      throw new LoadError(`The server’s answer is not a crime table: ${error.message}.`)
    }
    throw error
  }
}

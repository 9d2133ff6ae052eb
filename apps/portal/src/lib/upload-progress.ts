import { applyAction, deserialize } from '$app/forms'
import { invalidateAll } from '$app/navigation'
import type { ActionResult } from '$app/forms'
import type { Attachment } from 'svelte/attachments'
import { refusalMessage, type UploadRefusal } from './imports.ts'

/** How far an upload has got, in bytes; `done` once the last byte is sent. */
export interface UploadProgress {
  loaded: number
  total: number
  done: boolean
}

/**
 * Posts a form to its SvelteKit action the way `enhance` does (same headers, same
 * `ActionResult`), but through XMLHttpRequest, because fetch reports no upload progress.
 * An {@link UploadRefusal} when no action answered: the connection failed, or the server
 * refused the request before the action ran.
 *
 * @example
 * ```ts
 * const result = await postWithProgress(form, new FormData(form), (p) => console.log(p.loaded))
 * ```
 */
export function postWithProgress(
  form: HTMLFormElement,
  body: FormData,
  onProgress: (progress: UploadProgress) => void
): Promise<ActionResult | UploadRefusal> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', form.action)
    request.setRequestHeader('accept', 'application/json')
    request.setRequestHeader('x-sveltekit-action', 'true')
    let total = sizeOf(body)
    request.upload.addEventListener('progress', (event) => {
      total = event.total
      onProgress({ loaded: event.loaded, total, done: false })
    })
    request.upload.addEventListener('load', () => onProgress({ loaded: total, total, done: true }))
    request.addEventListener('load', () => resolve(resultOf(request)))
    const failed = () => resolve({ refused: 'connection' })
    request.addEventListener('error', failed)
    request.addEventListener('abort', failed)
    request.send(body)
  })
}

function resultOf(request: XMLHttpRequest): ActionResult | UploadRefusal {
  try {
    const result = deserialize(request.responseText) as ActionResult
    return result.type === 'failure' || result.type === 'error'
      ? { ...result, status: request.status }
      : result
  } catch {
    // Refused before the action ran (adapter-node's body size limit answers 413 in plain text).
    if (request.status >= 400) return { refused: 'status', status: request.status }
    // Some other page (a proxy's sign-in, say): let the browser show it.
    return { type: 'redirect', status: 303, location: request.responseURL || location.href }
  }
}

// Shown on the form's file field, as the server's own errors are.
function refusalResult(form: HTMLFormElement, refusal: UploadRefusal): ActionResult {
  const field = form.querySelector<HTMLInputElement>('input[type=file]')?.name ?? 'file'
  const data = { errors: { [field]: refusalMessage(refusal) }, imported: [] }
  return { type: 'failure', status: 400, data, location: location.href }
}

/** The bytes of the files in a form's data: what the progress bar counts up to. */
export function sizeOf(body: FormData): number {
  let size = 0
  for (const value of body.values()) if (value instanceof File) size += value.size
  return size
}

/**
 * Sends the form with a progress report instead of a page load, then applies the action's
 * result as SvelteKit's `enhance` would (follows the redirect, or shows the errors). Without
 * JavaScript the form posts as it is.
 *
 * @example
 * ```svelte
 * <form method="POST" enctype="multipart/form-data" {@attach uploadWithProgress((p) => (progress = p))}>
 * ```
 */
export function uploadWithProgress(
  onProgress: (progress: UploadProgress | null) => void
): Attachment<HTMLFormElement> {
  return (form) => {
    let sending = false
    const submit = async (event: SubmitEvent) => {
      event.preventDefault()
      if (sending) return
      sending = true
      const body = new FormData(form)
      onProgress({ loaded: 0, total: sizeOf(body), done: false })
      try {
        const outcome = await postWithProgress(form, body, onProgress)
        const result = 'refused' in outcome ? refusalResult(form, outcome) : outcome
        // A failed batch may have imported the files before the one that failed: show them.
        if (result.type === 'failure') await invalidateAll()
        await applyAction(result)
      } finally {
        sending = false
        onProgress(null)
      }
    }
    form.addEventListener('submit', submit)
    return () => form.removeEventListener('submit', submit)
  }
}

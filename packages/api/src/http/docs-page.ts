// The /docs page: plain HTML rendered on the server from the OpenAPI document, so it works
// offline, without JavaScript and without a CDN (Swagger UI and Scalar load from one). Every
// text from the document goes through hono/html's `html` tag, which escapes it.

import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const

/** The parts of an OpenAPI 3.1 document the page reads. */
interface OpenApiDocument {
  info: { title: string; version: string; description?: string | undefined }
  paths?: object | undefined
  components?: { schemas?: object | undefined } | undefined
}

type Paths = Record<string, Partial<Record<(typeof methods)[number], Operation>> | undefined>

interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: {
    name: string
    in: string
    required?: boolean
    description?: string
    schema?: unknown
  }[]
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

function schemaName(schema: unknown): Html | string {
  if (schema && typeof schema === 'object') {
    const s = schema as { $ref?: string; type?: unknown; items?: unknown; enum?: unknown[] }
    if (typeof s.$ref === 'string') {
      const name = s.$ref.split('/').at(-1) ?? s.$ref
      return html`<a href="#schema-${name}">${name}</a>`
    }
    if (s.type === 'array') return html`array of ${schemaName(s.items)}`
    if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
    if (typeof s.type === 'string') return s.type
  }
  return 'any'
}

function operationHtml(path: string, method: string, op: Operation): Html {
  const params = (op.parameters ?? []).map(
    (p) =>
      html`<li>
        <code>${p.name}</code> (${p.in}${p.required ? ', required' : ''}):
        ${schemaName(p.schema)}${p.description ? ` — ${p.description}` : ''}
      </li>`
  )
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => {
    const media = Object.entries(r.content ?? {}).map(
      ([type, m], i) => html`${i ? '; ' : ''}<code>${type}</code> ${schemaName(m.schema)}`
    )
    return html`<li><strong>${status}</strong> ${r.description ?? ''} ${media}</li>`
  })
  return html`<section class="op">
    <h3><span class="method">${method.toUpperCase()}</span> <code>${path}</code></h3>
    ${op.summary ? html`<p>${op.summary}</p>` : ''}
    ${
      params.length
        ? html`<h4>Parameters</h4>
            <ul>
              ${params}
            </ul>`
        : ''
    }
    <h4>Responses</h4>
    <ul>
      ${responses}
    </ul>
  </section>`
}

/**
 * Renders the API reference page from an OpenAPI document: operations grouped by tag, then
 * every component schema as JSON.
 *
 * @example
 * ```ts
 * renderDocsPage(app.getOpenAPI31Document(openApiConfig)) //=> '<!doctype html>…'
 * ```
 */
export function renderDocsPage(document: OpenApiDocument): string {
  const byTag = new Map<string, Html[]>()
  for (const [path, item] of Object.entries((document.paths ?? {}) as Paths)) {
    for (const method of methods) {
      const op = item?.[method]
      if (!op) continue
      const tag = op.tags?.[0] ?? 'Other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)])
    }
  }
  const sections = [...byTag].map(
    ([tag, ops], i) =>
      html`${i ? '\n' : ''}
        <h2>${tag}</h2>
        ${ops.map((op, k) => html`${k ? '\n' : ''}${op}`)}`
  )
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema], i) =>
      html`${i ? '\n' : ''}
        <details id="schema-${name}">
          <summary>${name}</summary>
          <pre>${JSON.stringify(schema, null, 2)}</pre>
        </details>`
  )
  const { title, version, description } = document.info
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — reference</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            line-height: 1.5;
            max-width: 60rem;
            margin: 0 auto;
            padding: 1rem;
            color: #0b0c0c;
          }
          code,
          pre {
            font-family: ui-monospace, monospace;
          }
          pre {
            background: #f3f2f1;
            padding: 0.5rem;
            overflow: auto;
          }
          .op {
            border-top: 1px solid #b1b4b6;
            padding: 0.25rem 0;
          }
          .method {
            background: #1d70b8;
            color: #fff;
            padding: 0 0.4rem;
          }
          a {
            color: #1d70b8;
          }
          a:focus {
            outline: 3px solid #fd0;
          }
        </style>
      </head>
      <body>
        <main>
          <h1>${title} <small>v${version}</small></h1>
          ${description ? html`<p>${description}</p>` : ''}
          <p>
            The machine-readable contract is
            <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).
          </p>
          ${sections}
          <h2>Schemas</h2>
          ${schemas}
        </main>
      </body>
    </html> `.toString()
}

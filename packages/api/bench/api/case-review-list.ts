// Leg: a signed-in list route with 1,000 case reviews behind it, under load.
import { load } from './load.ts'

async function post(url: string, token: string, path: string, body: unknown) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.status >= 300) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as { id: string }
}

/** Records `count` applications (three complaints each) as the admin whose token is given. */
export async function recordApplications(url: string, token: string, count: number) {
  const org = (name: string, kind: string) => post(url, token, '/v1/organisations', { name, kind })
  const bodies = [
    (await org('Bench Council', 'council')).id,
    (await org('Bench Police', 'police')).id,
    (await org('Bench Housing', 'other')).id,
  ]
  const application = (i: number) => ({
    receivedOn: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    applicantType: 'victim',
    applicant: { name: `Applicant ${i}`, contact: { phone: '01283 000000' } },
    address: `${i} Example Street, Swadlincote`,
    incidentDescription: 'Repeated noise and threats from the flat next door.',
    relevantBodies: bodies,
    complaints: bodies.map((receivedBy, k) => ({
      behaviourOn: `2025-1${k}-01`,
      complainedOn: `2025-1${k}-02`,
      receivedBy,
    })),
  })
  const batch = 8
  for (let at = 0; at < count; at += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - at) }, (_, k) =>
        post(url, token, '/v1/asb-case-reviews', application(at + k))
      )
    )
  }
}

export async function caseReviewListLeg(
  url: string,
  token: string,
  options: { connections: number; seconds: number }
) {
  const records = 1000
  await recordApplications(url, token, records)
  const route = '/v1/asb-case-reviews'
  const headers = { Authorization: `Bearer ${token}` }
  await load(url + route, { connections: options.connections, seconds: 3, headers })
  return {
    route,
    records,
    connections: options.connections,
    load: await load(url + route, { ...options, headers }),
  }
}

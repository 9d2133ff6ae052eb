import { describe, expect, it } from 'vitest'
import { complaintRows, rawForm, readCaseReviewForm } from './case-review-form.ts'

const body = '11111111-1111-4111-8111-111111111111'

function form(entries: [string, string][]) {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return rawForm(data)
}

const complete: [string, string][] = [
  ['receivedOn-day', '20'],
  ['receivedOn-month', '5'],
  ['receivedOn-year', '2025'],
  ['applicantType', 'third-party'],
  ['applicant.name', 'Ann Applicant'],
  ['applicant.contact.email', 'ann@example.org'],
  ['victim.type', ''],
  ['address', '1 High Street'],
  ['incidentDescription', 'Noise'],
  ['relevantBodies', body],
  ['complaintRows', '3'],
  ['complaints.0.behaviourOn-day', '1'],
  ['complaints.0.behaviourOn-month', '3'],
  ['complaints.0.behaviourOn-year', '2025'],
  ['complaints.0.complainedOn-day', '2'],
  ['complaints.0.complainedOn-month', '3'],
  ['complaints.0.complainedOn-year', '2025'],
  ['complaints.0.receivedBy', body],
  ['complaints.0.hateIncident', 'true'],
]

describe('readCaseReviewForm', () => {
  it('builds the API’s request, leaving out empty complaint rows', () => {
    const result = readCaseReviewForm(form(complete))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toMatchObject({
      receivedOn: '2025-05-20',
      applicantType: 'third-party',
      victimConsent: false,
      applicant: { name: 'Ann Applicant', contact: { email: 'ann@example.org' } },
      relevantBodies: [body],
      complaints: [
        {
          behaviourOn: '2025-03-01',
          complainedOn: '2025-03-02',
          receivedBy: body,
          hateIncident: true,
        },
      ],
    })
    expect(result.data.victim).toBeUndefined()
  })

  it('puts a complaint’s error back on the row it came from', () => {
    const entries = complete.map(([name, value]): [string, string] => [
      name.replace('complaints.0.', 'complaints.2.'),
      value,
    ])
    entries.push(['complaints.2.complainedOn-year', '2024'])
    const raw = form(entries)
    // Two values for the year: the first is read, so make it the wrong one.
    raw['complaints.2.complainedOn-year'] = '2024'
    const result = readCaseReviewForm(raw)
    expect(result).toEqual({
      ok: false,
      errors: {
        'complaints.2.complainedOn': 'The complaint must be on or after the date of the behaviour',
      },
    })
  })

  it('sends who made each complaint and the incident it is about, and words a long name', () => {
    const result = readCaseReviewForm(
      form([
        ...complete,
        ['complaints.0.complainant', '  Resident A '],
        ['complaints.0.incidentKey', 'inc-1'],
      ])
    )
    expect(result.ok && result.data.complaints[0]).toMatchObject({
      complainant: 'Resident A',
      incidentKey: 'inc-1',
    })
    const long = readCaseReviewForm(
      form([...complete, ['complaints.0.complainant', 'x'.repeat(201)]])
    )
    expect(long).toEqual({
      ok: false,
      errors: {
        'complaints.0.complainant': 'Enter who made the complaint in 200 characters or fewer',
      },
    })
  })

  it('words the gaps for people', () => {
    const result = readCaseReviewForm(form([['complaintRows', '1']]))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toMatchObject({
      receivedOn: 'Enter the date the application was received',
      applicantType: 'Select who applied',
      'applicant.name': 'Enter the applicant’s name',
      'applicant.contact.email': 'Enter an email address, a phone number or an address',
      relevantBodies: 'Select at least one relevant body',
    })
  })
})

describe('complaintRows', () => {
  it('is at least one and at most fifty', () => {
    expect(complaintRows({})).toBe(1)
    expect(complaintRows({ complaintRows: '4' })).toBe(4)
    expect(complaintRows({ complaintRows: '9999' })).toBe(50)
    expect(complaintRows({ complaintRows: 'x' })).toBe(1)
  })
})

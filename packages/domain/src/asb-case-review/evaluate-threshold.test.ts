import { describe, expect, it } from 'vitest'
import { evaluateThreshold } from './evaluate-threshold.ts'
import { southDerbyshireThresholdPolicy } from './policy.ts'

const complaint = (id: string, behaviourOn: string, complainedOn: string, extra = {}) => ({
  id,
  behaviourOn,
  complainedOn,
  receivedBy: 'Council',
  ...extra,
})
const three = [
  complaint('C1', '2025-01-15', '2025-01-16'),
  complaint('C2', '2025-02-01', '2025-02-02'),
  complaint('C3', '2025-03-01', '2025-03-03'),
]
const application = { receivedOn: '2025-03-20' }

describe('evaluateThreshold: statutory count (ASB-04)', () => {
  it('is met with three qualifying complaints under the default policy', () => {
    const result = evaluateThreshold({ application, complaints: three })
    expect(result.outcome).toBe('met')
    expect(result.route).toBe('statutory')
    expect(result.qualifying.map((c) => c.id)).toEqual(['C1', 'C2', 'C3'])
    expect(result.excluded).toEqual([])
    expect(result.required).toBe(3)
    expect(result.summary).toBe(
      'The threshold is met: 3 qualifying complaints were made, and the review procedures require 3.'
    )
  })

  it('is not met with two, and says why', () => {
    const result = evaluateThreshold({ application, complaints: three.slice(0, 2) })
    expect(result).toMatchObject({ outcome: 'not-met', route: null, routesConsidered: [] })
    expect(result.summary).toBe(
      'The threshold is not met: 2 qualifying complaints were made, and the review procedures require 3.'
    )
  })

  it('honours a lower local N (ASB-05)', () => {
    const result = evaluateThreshold({
      application,
      complaints: three.slice(0, 1),
      policy: { statutoryCount: 1 },
    })
    expect(result.outcome).toBe('met')
    expect(result.summary).toContain('1 qualifying complaint was made')
  })

  it('rejects a policy with N above 3', () => {
    expect(() =>
      evaluateThreshold({ application, complaints: three, policy: { statutoryCount: 4 } })
    ).toThrow(/^Invalid threshold input: policy\.statutoryCount: statutoryCount must be/)
  })

  it('excludes, with letter-ready reasons, complaints that do not qualify (doc vectors)', () => {
    const result = evaluateThreshold({
      application: { receivedOn: '2025-03-01' },
      complaints: [
        complaint('ok', '2025-01-15', '2025-02-14'),
        complaint('late', '2025-01-15', '2025-02-15'),
        complaint('edge', '2025-01-31', '2025-02-28'),
      ],
    })
    expect(result.qualifying.map((c) => c.id)).toEqual(['ok', 'edge'])
    expect(result.excluded).toHaveLength(1)
    expect(result.excluded[0]?.reason).toContain('had to be made by 14 February 2025')
    expect(result.outcome).toBe('not-met')
  })

  it('counts complaints by three people about one incident three times under the default policy (s104)', () => {
    // Issue 17 vector: three neighbours each complain to the council about one incident.
    const neighbours = ['Resident A', 'Resident B', 'Resident C'].map((complainant, i) =>
      complaint(`C${i + 1}`, '2025-03-01', `2025-03-0${i + 2}`, {
        complainant,
        incidentKey: 'inc',
      })
    )
    const result = evaluateThreshold({ application, complaints: neighbours })
    expect(result).toMatchObject({ outcome: 'met', route: 'statutory', excluded: [] })
    const optIn = { mergeSameComplainantIncident: true }
    expect(evaluateThreshold({ application, complaints: neighbours, policy: optIn }).outcome).toBe(
      'met'
    )
  })

  it("merges one person's reports of one incident to several bodies only when opted in (ASB-L3)", () => {
    const onePerson = ['Council', 'Police', 'Landlord'].map((receivedBy, i) =>
      complaint(`C${i + 1}`, '2025-03-01', `2025-03-0${i + 2}`, {
        receivedBy,
        complainant: 'Resident A',
        incidentKey: 'inc',
      })
    )
    expect(evaluateThreshold({ application, complaints: onePerson }).outcome).toBe('met')
    const optIn = { mergeSameComplainantIncident: true }
    const merged = evaluateThreshold({ application, complaints: onePerson, policy: optIn })
    expect(merged.outcome).toBe('not-met')
    expect(merged.qualifying.map((c) => c.id)).toEqual(['C1'])
    expect(merged.excluded.map((e) => e.code)).toEqual(['same-incident', 'same-incident'])
  })

  it('applies the law as at a date: no ASB case review before s104 came into force', () => {
    expect(() => evaluateThreshold({ application, complaints: three, asAt: '2014-10-19' })).toThrow(
      /came into force on 20 October 2014/
    )
    expect(evaluateThreshold({ application, complaints: three, asAt: '2025-03-20' }).asAt).toBe(
      '2025-03-20'
    )
  })

  it('tells the applicant of a review by the local policing body only once that is in force', () => {
    const notMet = { application, complaints: three.slice(0, 2) }
    const lpb = /local policing body/
    expect(evaluateThreshold({ ...notMet, asAt: '2026-07-01' }).notes.join(' ')).not.toMatch(lpb)
    const commencements = { lpbThresholdReview: '2026-06-29' }
    expect(
      evaluateThreshold({ ...notMet, asAt: '2026-07-01', commencements }).notes.join(' ')
    ).toMatch(lpb)
    expect(
      evaluateThreshold({ ...notMet, asAt: '2026-06-28', commencements }).notes.join(' ')
    ).not.toMatch(lpb)
    expect(
      evaluateThreshold({ application, complaints: three, asAt: '2026-07-01', commencements }).notes
    ).toEqual([])
  })

  it('validates input and names the field path', () => {
    expect(() =>
      evaluateThreshold({
        application,
        complaints: [three[0]!, { ...three[1]!, complainedOn: '2025-02-30' }],
      })
    ).toThrow(/complaints\[1\]\.complainedOn/)
    expect(() =>
      evaluateThreshold({ application: { receivedOn: '20/03/2025' }, complaints: [] })
    ).toThrow(/application\.receivedOn/)
  })

  it('throws for a complaint dated before its behaviour, naming the complaint', () => {
    expect(() =>
      evaluateThreshold({ application, complaints: [complaint('bad', '2025-02-02', '2025-02-01')] })
    ).toThrow(/Complaint bad: complainedOn 2025-02-01 is before behaviourOn 2025-02-02/)
  })

  it('notes a third-party application without recorded consent but still decides on the count', () => {
    const result = evaluateThreshold({
      application: { ...application, applicantType: 'third-party' },
      complaints: three,
    })
    expect(result.outcome).toBe('met')
    expect(result.notes).toEqual([expect.stringContaining('No victim consent is recorded')])
    const consented = { ...application, applicantType: 'third-party' as const, victimConsent: true }
    expect(evaluateThreshold({ application: consented, complaints: three }).notes).toEqual([])
  })
})

describe('evaluateThreshold: local routes (ASB-06)', () => {
  const hate = { routes: { hateIncident: { enabled: true } } }
  const one = [complaint('H1', '2025-03-01', '2025-03-02', { hateIncident: true })]

  it('meets the threshold on a single qualifying hate incident (ASB-L1)', () => {
    const result = evaluateThreshold({ application, complaints: one, policy: hate })
    expect(result).toMatchObject({ outcome: 'met', route: 'hate-incident' })
    expect(result.summary).toBe(
      'The threshold is met under the local hate-incident route. Of 1 qualifying complaint, 1 is ' +
        'about a hate incident; the local hate-incident route needs a qualifying complaint about a ' +
        'hate incident.'
    )
  })

  it('does not use the hate route when it is off, or the hate complaint does not qualify', () => {
    expect(evaluateThreshold({ application, complaints: one }).outcome).toBe('not-met')
    const stale = [complaint('H1', '2025-01-01', '2025-02-15', { hateIncident: true })]
    const result = evaluateThreshold({ application, complaints: stale, policy: hate })
    expect(result.outcome).toBe('not-met')
    expect(result.routesConsidered[0]).toMatchObject({ route: 'hate-incident', applies: false })
    expect(result.summary).toMatch(/; no local route applies\.$/)
  })

  it('supports the two-reports-one-hate variant (ASB-L5)', () => {
    const policy = { routes: { hateIncident: { enabled: true, minComplaints: 2 } } }
    expect(evaluateThreshold({ application, complaints: one, policy }).outcome).toBe('not-met')
    const two = [...one, complaint('C2', '2025-02-01', '2025-02-02')]
    expect(evaluateThreshold({ application, complaints: two, policy }).route).toBe('hate-incident')
  })

  it('meets the threshold when enough individuals report the same problem (ASB-L2)', () => {
    const policy = southDerbyshireThresholdPolicy
    const four = evaluateThreshold({
      application: { ...application, reportingIndividuals: 4 },
      complaints: [],
      policy,
    })
    expect(four.outcome).toBe('not-met')
    expect(four.routesConsidered[0]?.reason).toBe(
      '4 separate individuals or households have reported the same problem; the local route needs 5.'
    )
    const five = evaluateThreshold({
      application: { ...application, reportingIndividuals: 5 },
      complaints: [],
      policy,
    })
    expect(five).toMatchObject({ outcome: 'met', route: 'multiple-individuals' })
  })

  it('applies the vulnerable-victim override only when recorded, approved and with a complaint', () => {
    const policy = { routes: { vulnerableVictim: { enabled: true } } }
    const plain = three.slice(0, 1)
    const unapproved = { ...application, vulnerableVictim: { reason: 'learning disability' } }
    const approved = {
      ...application,
      vulnerableVictim: { reason: 'learning disability', approvedBy: 'Head of Community Safety' },
    }
    expect(
      evaluateThreshold({ application, complaints: plain, policy }).routesConsidered[0]?.reason
    ).toBe('No vulnerability of the victim is recorded.')
    expect(
      evaluateThreshold({ application: unapproved, complaints: plain, policy }).routesConsidered[0]
        ?.reason
    ).toBe(
      "The victim's vulnerability (learning disability) is recorded, but the override has not been approved."
    )
    expect(
      evaluateThreshold({ application: approved, complaints: [], policy }).routesConsidered[0]
        ?.reason
    ).toBe(
      "The victim's vulnerability (learning disability) is recorded, but the override needs at least 1 qualifying complaint."
    )
    const met = evaluateThreshold({ application: approved, complaints: plain, policy })
    expect(met).toMatchObject({ outcome: 'met', route: 'vulnerable-victim' })
    expect(met.summary).toContain('approved by Head of Community Safety')
    const noApproval = { routes: { vulnerableVictim: { enabled: true, requireApproval: false } } }
    expect(
      evaluateThreshold({ application: unapproved, complaints: plain, policy: noApproval }).outcome
    ).toBe('met')
  })

  it('prefers the statutory route, then the local routes in order', () => {
    const all = {
      routes: {
        hateIncident: { enabled: true },
        multipleIndividuals: { enabled: true },
        vulnerableVictim: { enabled: true, requireApproval: false },
      },
    }
    const app = { ...application, reportingIndividuals: 9, vulnerableVictim: { reason: 'age' } }
    const hateThree = three.map((c) => ({ ...c, hateIncident: true }))
    expect(evaluateThreshold({ application: app, complaints: hateThree, policy: all }).route).toBe(
      'statutory'
    )
    expect(
      evaluateThreshold({ application: app, complaints: hateThree.slice(0, 1), policy: all }).route
    ).toBe('hate-incident')
    expect(
      evaluateThreshold({ application: app, complaints: three.slice(0, 1), policy: all }).route
    ).toBe('multiple-individuals')
    const noCrowd = { ...app, reportingIndividuals: 0 }
    expect(
      evaluateThreshold({ application: noCrowd, complaints: three.slice(0, 1), policy: all }).route
    ).toBe('vulnerable-victim')
  })
})

import { addDays } from 'date-fns/addDays'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import { type AsbComplaint, checkQualifying } from './complaints.ts'
import { evaluateThreshold } from './evaluate-threshold.ts'
import { ThresholdPolicy } from './policy.ts'

const complaint = (id: string, behaviourOn: string, complainedOn: string, extra = {}) => ({
  id,
  behaviourOn,
  complainedOn,
  receivedBy: 'Council',
  ...extra,
})

// --- properties -----------------------------------------------------------------------------

const base = toDate('2025-06-01')
const day = (offset: number): string => toIsoDate(addDays(base, offset))

const arbComplaint = (id: string) =>
  fc
    .record({
      behaviour: fc.integer({ min: -300, max: 60 }),
      delay: fc.integer({ min: 0, max: 60 }),
      incident: fc.option(fc.constantFrom('i1', 'i2', 'i3', 'i4'), { nil: undefined }),
      complainant: fc.option(fc.constantFrom('P1', 'P2', 'P3'), { nil: undefined }),
      hate: fc.boolean(),
      body: fc.constantFrom('Council', 'Police', 'Landlord'),
    })
    .map((r): AsbComplaint => ({
      id,
      behaviourOn: day(r.behaviour),
      complainedOn: day(r.behaviour + r.delay),
      receivedBy: r.body,
      ...(r.incident === undefined ? {} : { incidentKey: r.incident }),
      ...(r.complainant === undefined ? {} : { complainant: r.complainant }),
      hateIncident: r.hate,
    }))

const arbComplaints = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbComplaint(`C${i}`))))

const arbPolicy = fc
  .record({
    statutoryCount: fc.integer({ min: 1, max: 3 }),
    merge: fc.boolean(),
    hate: fc.boolean(),
    hateMin: fc.integer({ min: 1, max: 3 }),
    many: fc.boolean(),
    vulnerable: fc.boolean(),
    vulnerableMin: fc.integer({ min: 0, max: 2 }),
  })
  .map((p) =>
    ThresholdPolicy.parse({
      statutoryCount: p.statutoryCount,
      mergeSameComplainantIncident: p.merge,
      routes: {
        hateIncident: { enabled: p.hate, minComplaints: p.hateMin },
        multipleIndividuals: { enabled: p.many },
        vulnerableVictim: { enabled: p.vulnerable, minComplaints: p.vulnerableMin },
      },
    })
  )

const arbApplication = fc.record({
  receivedOn: fc.integer({ min: 0, max: 40 }).map(day),
  reportingIndividuals: fc.integer({ min: 0, max: 7 }),
  vulnerableVictim: fc.option(fc.constant({ reason: 'age', approvedBy: 'Manager' }), {
    nil: undefined,
  }),
})

describe('evaluateThreshold properties', () => {
  it('adding a non-qualifying complaint never turns not-met into met', () => {
    fc.assert(
      fc.property(
        arbApplication,
        arbComplaints,
        arbPolicy,
        arbComplaint('extra'),
        (app, cs, policy, extra) => {
          fc.pre(!checkQualifying(extra, app.receivedOn).qualifying)
          const before = evaluateThreshold({ application: app, complaints: cs, policy })
          const after = evaluateThreshold({ application: app, complaints: [...cs, extra], policy })
          if (before.outcome === 'not-met') expect(after.outcome).toBe('not-met')
          expect(after.qualifying).toEqual(before.qualifying)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('the order of complaints never matters', () => {
    fc.assert(
      fc.property(
        arbApplication,
        arbComplaints.chain((cs) =>
          fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))
        ),
        arbPolicy,
        (app, [cs, shuffled], policy) => {
          expect(evaluateThreshold({ application: app, complaints: shuffled, policy })).toEqual(
            evaluateThreshold({ application: app, complaints: cs, policy })
          )
        }
      )
    )
  })

  it('N qualifying distinct incidents with N >= statutoryCount is always met, statutorily', () => {
    const arbQualifying = (i: number) =>
      fc
        .record({
          behaviour: fc.integer({ min: -150, max: 0 }),
          delay: fc.integer({ min: 0, max: 27 }),
        })
        .map((r) =>
          complaint(`Q${i}`, day(r.behaviour), day(Math.min(r.behaviour + r.delay, 0)), {
            incidentKey: `inc-${i}`,
          })
        )
    const arbCase = fc
      .tuple(arbPolicy, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 20 }))
      .chain(([policy, extra, wait]) =>
        fc.tuple(
          fc.constant(policy),
          fc.constant(wait),
          fc.tuple(
            ...Array.from({ length: policy.statutoryCount + extra }, (_, i) => arbQualifying(i))
          )
        )
      )
    fc.assert(
      fc.property(arbCase, ([policy, wait, cs]) => {
        const result = evaluateThreshold({
          application: { receivedOn: day(wait) },
          complaints: cs,
          policy,
        })
        expect(result.qualifying).toHaveLength(cs.length)
        expect(result).toMatchObject({ outcome: 'met', route: 'statutory' })
      }),
      { numRuns: 300 }
    )
  })

  it('under the default policy every qualifying complaint counts: nothing is merged (s104(4))', () => {
    fc.assert(
      fc.property(arbApplication, arbComplaints, (app, cs) => {
        const result = evaluateThreshold({ application: app, complaints: cs })
        const qualifying = cs.filter((c) => checkQualifying(c, app.receivedOn).qualifying)
        expect(result.qualifying).toHaveLength(qualifying.length)
        expect(result.excluded.map((e) => e.code)).not.toContain('same-incident')
      })
    )
  })

  it('the opt-in merge only ever removes a later report by the same person of the same incident', () => {
    fc.assert(
      fc.property(arbApplication, arbComplaints, (app, cs) => {
        const policy = { mergeSameComplainantIncident: true }
        const result = evaluateThreshold({ application: app, complaints: cs, policy })
        for (const { complaint } of result.excluded.filter((e) => e.code === 'same-incident')) {
          const kept = result.qualifying.find(
            (q) =>
              q.complainant === complaint.complainant && q.incidentKey === complaint.incidentKey
          )
          expect(complaint.complainant).toBeDefined()
          expect(kept).toBeDefined()
        }
        const keys = result.qualifying
          .filter((q) => q.complainant !== undefined && q.incidentKey !== undefined)
          .map((q) => `${q.complainant}|${q.incidentKey}`)
        expect(new Set(keys).size).toBe(keys.length)
      })
    )
  })

  it('every complaint is either qualifying or excluded with a reason', () => {
    fc.assert(
      fc.property(arbApplication, arbComplaints, arbPolicy, (app, cs, policy) => {
        const result = evaluateThreshold({ application: app, complaints: cs, policy })
        expect(result.qualifying.length + result.excluded.length).toBe(cs.length)
        for (const e of result.excluded)
          expect(e.reason).toMatch(/^Complaint .+ \d{1,2} [A-Z][a-z]+ \d{4}/)
        if (result.outcome === 'met') expect(result.route).not.toBeNull()
        else expect(result.route).toBeNull()
      })
    )
  })
})

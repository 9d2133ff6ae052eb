import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  type AsbComplaint,
  applicationDeadline,
  checkQualifying,
  complaintDeadline,
  selectQualifyingComplaints,
} from './complaints.ts'

const complaint = (over: Partial<AsbComplaint> = {}): AsbComplaint => ({
  id: 'C1',
  behaviourOn: '2025-01-15',
  complainedOn: '2025-01-20',
  receivedBy: 'South Derbyshire District Council',
  ...over,
})

describe('complaintDeadline (ASB-11a, T-03/T-04)', () => {
  it('ends the day before the corresponding date', () => {
    expect(complaintDeadline('2025-01-15')).toBe('2025-02-14')
  })

  it('ends on the last day of a shorter month (T-04 edge)', () => {
    expect(complaintDeadline('2025-01-31')).toBe('2025-02-28')
    expect(complaintDeadline('2024-01-31')).toBe('2024-02-29')
    expect(complaintDeadline('2025-03-31')).toBe('2025-04-30')
  })

  it('runs across a year end', () => {
    expect(complaintDeadline('2024-12-01')).toBe('2024-12-31')
    expect(complaintDeadline('2024-12-20')).toBe('2025-01-19')
  })
})

describe('applicationDeadline (ASB-11b)', () => {
  it('matches the doc vector: C = 2025-03-10 → latest A = 2025-09-09', () => {
    expect(applicationDeadline('2025-03-10')).toBe('2025-09-09')
  })

  it('handles a month end and a leap day', () => {
    expect(applicationDeadline('2024-08-31')).toBe('2025-02-28')
    expect(applicationDeadline('2023-08-31')).toBe('2024-02-29')
    expect(applicationDeadline('2024-02-29')).toBe('2024-08-28')
  })
})

describe('checkQualifying (ASB-11)', () => {
  it('matches the doc vectors for the one-month complaint window', () => {
    expect(checkQualifying(complaint({ complainedOn: '2025-02-14' }), '2025-03-01')).toEqual({
      qualifying: true,
    })
    const late = checkQualifying(complaint({ complainedOn: '2025-02-15' }), '2025-03-01')
    expect(late).toEqual({
      qualifying: false,
      code: 'complained-too-late',
      reason:
        'Complaint C1 (made to South Derbyshire District Council on 15 February 2025) was made ' +
        'more than one month after the behaviour on 15 January 2025; to count, it had to be ' +
        'made by 14 February 2025.',
    })
  })

  it('accepts 31 January → 28 February (T-04 edge) and rejects 1 March', () => {
    const b = { behaviourOn: '2025-01-31' }
    expect(
      checkQualifying(complaint({ ...b, complainedOn: '2025-02-28' }), '2025-03-05').qualifying
    ).toBe(true)
    expect(
      checkQualifying(complaint({ ...b, complainedOn: '2025-03-01' }), '2025-03-05').qualifying
    ).toBe(false)
  })

  it('counts a complaint made on the day of the behaviour', () => {
    const c = complaint({ behaviourOn: '2025-01-15', complainedOn: '2025-01-15' })
    expect(checkQualifying(c, '2025-01-15').qualifying).toBe(true)
  })

  it('matches the doc vector for the six-month application window', () => {
    const c = complaint({ behaviourOn: '2025-03-09', complainedOn: '2025-03-10' })
    expect(checkQualifying(c, '2025-09-09').qualifying).toBe(true)
    expect(checkQualifying(c, '2025-09-10')).toEqual({
      qualifying: false,
      code: 'application-too-late',
      reason:
        'Complaint C1 (made to South Derbyshire District Council on 10 March 2025) was made ' +
        'more than six months before the application was received on 10 September 2025; to ' +
        'count, the application had to be made by 9 September 2025.',
    })
  })

  it('excludes a complaint made after the application', () => {
    const c = complaint({ complainedOn: '2025-01-20' })
    expect(checkQualifying(c, '2025-01-20').qualifying).toBe(true)
    expect(checkQualifying(c, '2025-01-19')).toMatchObject({
      qualifying: false,
      code: 'complained-after-application',
      reason: expect.stringContaining('after the application was received on 19 January 2025'),
    })
  })

  it('validates the complaint and the application date, naming the field', () => {
    expect(() => checkQualifying(complaint({ behaviourOn: 'last week' }), '2025-03-01')).toThrow(
      /^Invalid complaint: complaint\.behaviourOn: /
    )
    expect(() => checkQualifying(complaint(), '2025-02-29')).toThrow(
      /^Invalid application date: applicationOn: /
    )
  })

  it('throws for a complaint dated before its behaviour, naming the complaint', () => {
    const c = complaint({ id: 'C9', behaviourOn: '2025-02-01', complainedOn: '2025-01-31' })
    expect(() => checkQualifying(c, '2025-03-01')).toThrow(
      new RangeError(
        'Complaint C9: complainedOn 2025-01-31 is before behaviourOn 2025-02-01; a complaint ' +
          'cannot be made before the behaviour it is about'
      )
    )
  })
})

describe('selectQualifyingComplaints', () => {
  const a = complaint({
    id: 'A',
    complainedOn: '2025-01-16',
    complainant: 'Resident A',
    incidentKey: 'inc-1',
  })
  const b = complaint({
    id: 'B',
    complainedOn: '2025-01-17',
    receivedBy: 'Derbyshire Constabulary',
    complainant: 'Resident A',
    incidentKey: 'inc-1',
  })
  const c = complaint({ id: 'C', complainedOn: '2025-01-18', incidentKey: 'inc-2' })
  const merge = { mergeSameComplainantIncident: true }

  it('counts every qualifying complaint by default, as the Act does (s104(4))', () => {
    const { qualifying, excluded } = selectQualifyingComplaints([b, c, a], '2025-02-01')
    expect(qualifying.map((x) => x.id)).toEqual(['A', 'B', 'C'])
    expect(excluded).toEqual([])
  })

  it("counts one person's reports of one incident to several bodies once when opted in (ASB-L3)", () => {
    const { qualifying, excluded } = selectQualifyingComplaints([b, c, a], '2025-02-01', merge)
    expect(qualifying.map((x) => x.id)).toEqual(['A', 'C'])
    expect(excluded).toEqual([
      {
        complaint: b,
        code: 'same-incident',
        reason:
          'Complaint B (made to Derbyshire Constabulary on 17 January 2025) is a report by the ' +
          'same person of the same incident as complaint A (made to South Derbyshire District ' +
          "Council on 16 January 2025); the local review procedure counts one person's reports " +
          'of one incident to several bodies once (local practice, not a rule of the Act).',
      },
    ])
    expect(excluded[0]?.reason).not.toContain('Resident A')
  })

  it('never merges complaints by different people, or without a complainant, even when opted in', () => {
    const other = { ...b, complainant: 'Resident B' }
    const unknown = complaint({ id: 'U', complainedOn: '2025-01-19', incidentKey: 'inc-1' })
    const { qualifying } = selectQualifyingComplaints([a, other, unknown], '2025-02-01', merge)
    expect(qualifying.map((x) => x.id)).toEqual(['A', 'B', 'U'])
  })

  it('keeps the earliest qualifying complaint of an incident, not an earlier excluded one', () => {
    const tooLate = complaint({
      id: 'Z',
      behaviourOn: '2024-11-01',
      complainedOn: '2025-01-10',
      complainant: 'Resident A',
      incidentKey: 'inc-1',
    })
    const { qualifying, excluded } = selectQualifyingComplaints(
      [tooLate, a, b],
      '2025-02-01',
      merge
    )
    expect(qualifying.map((x) => x.id)).toEqual(['A'])
    expect(excluded.map((x) => [x.complaint.id, x.code])).toEqual([
      ['Z', 'complained-too-late'],
      ['B', 'same-incident'],
    ])
  })

  it('throws for a repeated complaint id', () => {
    expect(() => selectQualifyingComplaints([a, { ...c, id: 'A' }], '2025-02-01')).toThrow(
      'Complaint id A appears twice'
    )
  })

  it('throws for a complaint before its behaviour rather than excluding it', () => {
    const bad = complaint({ id: 'X', behaviourOn: '2025-01-20', complainedOn: '2025-01-19' })
    expect(() => selectQualifyingComplaints([a, bad], '2025-02-01')).toThrow(/Complaint X/)
  })

  it('gives the same answer whatever the input order', () => {
    const all = [a, b, c, complaint({ id: 'D', complainedOn: '2025-03-01' })]
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        expect(selectQualifyingComplaints(shuffled, '2025-02-01', merge)).toEqual(
          selectQualifyingComplaints(all, '2025-02-01', merge)
        )
      })
    )
  })

  it('partitions the input: every complaint is either qualifying or excluded', () => {
    const all = [a, b, c, complaint({ id: 'D', complainedOn: '2025-03-01' })]
    const { qualifying, excluded } = selectQualifyingComplaints(all, '2025-02-01')
    expect([...qualifying, ...excluded.map((e) => e.complaint)].map((x) => x.id).sort()).toEqual([
      'A',
      'B',
      'C',
      'D',
    ])
  })
})

import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { plainText } from '../_lib/plain-text.ts'
import { endOfPeriodBeginningWith } from '../calendar/index.ts'
import { formatLetterDate, parseOrThrow } from './internal.ts'

/**
 * A complaint about anti-social behaviour, as counted for the ASB Case Review threshold.
 * `complainant` says who made it (a name or a reference such as "Resident A": the same string
 * for the same person); `incidentKey` links complaints about one incident. The Act counts every
 * qualifying complaint about the behaviour, whoever made it (s104(4), ASB-11a); only the opt-in
 * local rule {@link ThresholdPolicy.mergeSameComplainantIncident} (ASB-L3) merges one person's
 * reports of one incident, and only when both carry the same `complainant` and `incidentKey`.
 * `hateIncident` marks a complaint about a hate incident or hate crime (ASB-L1).
 *
 * @example
 * ```ts
 * AsbComplaint.parse({ id: 'C1', behaviourOn: '2025-01-15', complainedOn: '2025-01-16',
 *   receivedBy: 'Derbyshire Constabulary' }).id //=> 'C1'
 * ```
 */
export const AsbComplaint = z
  .object({
    id: z.string().min(1),
    behaviourOn: IsoDate,
    complainedOn: IsoDate,
    /** The body the complaint was made to (council, police, social landlord …). */
    receivedBy: z.string().min(1),
    /** Who made the complaint. PERSONAL DATA when it is a name. */
    complainant: plainText(200, { min: 1, empty: 'enter who made the complaint' }).optional(),
    incidentKey: plainText(200, { min: 1, empty: 'enter the incident reference' }).optional(),
    hateIncident: z.boolean().optional(),
  })
  .meta({ id: 'AsbComplaint' })
export type AsbComplaint = z.infer<typeof AsbComplaint>

/**
 * Why a complaint does not count towards the threshold.
 *
 * @example
 * ```ts
 * ExclusionCode.options.includes('same-incident') //=> true
 * ```
 */
export const ExclusionCode = z.enum([
  'complained-too-late',
  'complained-after-application',
  'application-too-late',
  'same-incident',
])
export type ExclusionCode = z.infer<typeof ExclusionCode>

/**
 * The last day a complaint about behaviour on `behaviourOn` can be made and still qualify:
 * the end of one month beginning with the behaviour date (s104(11)(a), ASB-11; T-03/T-04).
 *
 * @example
 * ```ts
 * complaintDeadline('2025-01-15') //=> '2025-02-14'
 * complaintDeadline('2025-01-31') //=> '2025-02-28'
 * ```
 */
export function complaintDeadline(behaviourOn: string): string {
  return endOfPeriodBeginningWith(behaviourOn, 1)
}

/**
 * The last day an application can be made for a complaint made on `complainedOn` to qualify:
 * the end of six months beginning with the complaint date (s104(11)(b), ASB-11).
 *
 * @example
 * ```ts
 * applicationDeadline('2025-03-10') //=> '2025-09-09'
 * ```
 */
export function applicationDeadline(complainedOn: string): string {
  return endOfPeriodBeginningWith(complainedOn, 6)
}

/**
 * The outcome of {@link checkQualifying} for one complaint.
 *
 * @example
 * ```ts
 * const check: QualifyingCheck = { qualifying: false, code: 'application-too-late', reason: '…' }
 * ```
 */
export type QualifyingCheck =
  { qualifying: true } | { qualifying: false; code: ExclusionCode; reason: string }

const describe = (c: AsbComplaint, lead = 'Complaint'): string =>
  `${lead} ${c.id} (made to ${c.receivedBy} on ${formatLetterDate(c.complainedOn)})`

/**
 * Checks one complaint against the statutory definition of a qualifying complaint (ASB-11)
 * for an application received on `applicationOn`. A complaint made after the application
 * cannot qualify, because the application must fall within the six months beginning with the
 * complaint. The reason is a sentence a letter to the applicant can quote.
 *
 * @throws {RangeError} when the complaint is dated before the behaviour it is about: that is a
 *   data error to fix, not a complaint to exclude quietly.
 * @throws {TypeError} for a malformed complaint or date, naming the field.
 * @example
 * ```ts
 * const c = { id: 'C1', behaviourOn: '2025-01-15', complainedOn: '2025-02-15', receivedBy: 'Police' }
 * checkQualifying(c, '2025-03-01').qualifying //=> false
 * ```
 */
export function checkQualifying(complaint: AsbComplaint, applicationOn: string): QualifyingCheck {
  parseOrThrow(AsbComplaint, complaint, 'complaint', ['complaint'])
  parseOrThrow(IsoDate, applicationOn, 'application date', ['applicationOn'])
  const { behaviourOn: b, complainedOn: c } = complaint
  if (c < b) {
    throw new RangeError(
      `Complaint ${complaint.id}: complainedOn ${c} is before behaviourOn ${b}; ` +
        'a complaint cannot be made before the behaviour it is about'
    )
  }
  const lastComplaintDay = complaintDeadline(b)
  if (c > lastComplaintDay) {
    return {
      qualifying: false,
      code: 'complained-too-late',
      reason:
        `${describe(complaint)} was made more than one month after the behaviour on ` +
        `${formatLetterDate(b)}; to count, it had to be made by ${formatLetterDate(lastComplaintDay)}.`,
    }
  }
  if (applicationOn < c) {
    return {
      qualifying: false,
      code: 'complained-after-application',
      reason:
        `${describe(complaint)} was made after the application was received on ` +
        `${formatLetterDate(applicationOn)}; only complaints made by then can count.`,
    }
  }
  const lastApplicationDay = applicationDeadline(c)
  if (applicationOn > lastApplicationDay) {
    return {
      qualifying: false,
      code: 'application-too-late',
      reason:
        `${describe(complaint)} was made more than six months before the application was ` +
        `received on ${formatLetterDate(applicationOn)}; to count, the application had to be ` +
        `made by ${formatLetterDate(lastApplicationDay)}.`,
    }
  }
  return { qualifying: true }
}

/**
 * A complaint that does not count, with a reason a letter to the applicant can quote. The
 * reason never names the complainant.
 *
 * @example
 * ```ts
 * const e: ExcludedComplaint = { complaint, code: 'same-incident', reason: 'Complaint C2 …' }
 * ```
 */
export interface ExcludedComplaint {
  complaint: AsbComplaint
  code: ExclusionCode
  reason: string
}

const byDateThenId = (a: AsbComplaint, b: AsbComplaint): number =>
  a.complainedOn.localeCompare(b.complainedOn) ||
  a.behaviourOn.localeCompare(b.behaviourOn) ||
  a.id.localeCompare(b.id)

/**
 * Options for {@link selectQualifyingComplaints}. `mergeSameComplainantIncident` is the local
 * rule ASB-L3 (`LOCAL` practice, not law, off by default): qualifying complaints made by the same
 * `complainant` about the same `incidentKey` count once. Complaints by different people are
 * never merged, and a complaint without a complainant or an incident key is never merged.
 *
 * @example
 * ```ts
 * const options: QualifyingOptions = { mergeSameComplainantIncident: true }
 * ```
 */
export interface QualifyingOptions {
  mergeSameComplainantIncident?: boolean
}

// The key two complaints must share to be merged under ASB-L3, or null when one is missing.
const mergeKey = (c: AsbComplaint): string | null =>
  c.complainant === undefined || c.incidentKey === undefined
    ? null
    : JSON.stringify([c.complainant, c.incidentKey])

/**
 * Splits complaints into qualifying and excluded for an application received on
 * `applicationOn` (ASB-11). By default every qualifying complaint counts, as the Act counts them
 * (s104(4)). With `mergeSameComplainantIncident` (ASB-L3, local practice, opt-in), one person's
 * qualifying complaints about one incident count once: the earliest made is kept. Both lists come
 * back sorted by complaint date then id, so the input order never matters.
 *
 * @throws {RangeError} for two complaints with one id, or a complaint dated before its behaviour.
 * @example
 * ```ts
 * const { qualifying, excluded } = selectQualifyingComplaints(complaints, '2025-03-01')
 * excluded[0]?.reason //=> 'Complaint C2 (made to Police on 15 February 2025) was made …'
 * ```
 */
export function selectQualifyingComplaints(
  complaints: readonly AsbComplaint[],
  applicationOn: string,
  options: QualifyingOptions = {}
): { qualifying: AsbComplaint[]; excluded: ExcludedComplaint[] } {
  const merge = options.mergeSameComplainantIncident ?? false
  const ids = new Set<string>()
  for (const complaint of complaints) {
    if (ids.has(complaint.id)) throw new RangeError(`Complaint id ${complaint.id} appears twice`)
    ids.add(complaint.id)
  }
  const qualifying: AsbComplaint[] = []
  const excluded: ExcludedComplaint[] = []
  const keptByKey = new Map<string, AsbComplaint>()
  for (const complaint of [...complaints].sort(byDateThenId)) {
    const check = checkQualifying(complaint, applicationOn)
    if (!check.qualifying) {
      excluded.push({ complaint, code: check.code, reason: check.reason })
      continue
    }
    const key = merge ? mergeKey(complaint) : null
    const kept = key === null ? undefined : keptByKey.get(key)
    if (kept) {
      excluded.push({
        complaint,
        code: 'same-incident',
        reason:
          `${describe(complaint)} is a report by the same person of the same incident as ` +
          `${describe(kept, 'complaint')}; the local review procedure counts one person's ` +
          'reports of one incident to several bodies once (local practice, not a rule of the Act).',
      })
      continue
    }
    if (key !== null) keptByKey.set(key, complaint)
    qualifying.push(complaint)
  }
  return { qualifying, excluded }
}

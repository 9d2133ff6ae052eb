import { z } from 'zod'
import { PriorityId } from '../priorities/schema.ts'
import { PlanFrequency } from './figure-period.ts'

/**
 * Where a meeting sits: a Derbyshire county meeting, a South Derbyshire district meeting, or a
 * police South Division meeting (Erewash, Derby City and South Derbyshire).
 *
 * @example
 * ```ts
 * PlanMeetingLevel.parse('south-division') //=> 'south-division'
 * ```
 */
export const PlanMeetingLevel = z
  .enum(['county', 'district', 'south-division'])
  .meta({ id: 'PlanMeetingLevel' })
export type PlanMeetingLevel = z.infer<typeof PlanMeetingLevel>

/**
 * A meeting (or regular outreach) in a partnership's structure. `frequency`, `purpose` and
 * `attendees` are `null` where the plan does not print them; `inChart` says whether the meeting
 * appears in the meeting-structure chart or only in the text.
 *
 * @example
 * ```ts
 * PlanMeeting.parse({ id: 'pubwatch', name: 'Pubwatch Meeting', kind: 'meeting', level: 'district',
 *   frequency: null, purpose: null, attendees: null, inChart: true }).frequency //=> null
 * ```
 */
export const PlanMeeting = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -'),
    name: z.string().min(1),
    abbreviation: z.string().min(1).optional(),
    kind: z.enum(['meeting', 'outreach']),
    level: PlanMeetingLevel,
    frequency: PlanFrequency.nullable(),
    purpose: z.string().min(1).nullable(),
    attendees: z.string().min(1).nullable(),
    formerly: z.string().min(1).optional(),
    inChart: z.boolean(),
    /** For the county theme group meetings: the groups, by id in the priorities set. */
    themeGroupIds: z.array(PriorityId).optional(),
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'PlanMeeting' })
export type PlanMeeting = z.infer<typeof PlanMeeting>

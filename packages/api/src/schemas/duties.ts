import { DutyDueItem, IsoDate, PartnershipConfig } from '@csp/domain'
import { z } from 'zod'
import { Id, Timestamp } from './people.ts'

// `schema` or null as `anyOf` (see src/http/nullable-refs.ts, which this folder must not import).
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()])

/**
 * The body of `PUT /v1/settings/partnership` (admins): the domain's `PartnershipConfig`, which
 * `dutiesDue` reads (name, tier, plan start and length, strategy publication dates, DHR
 * notifications and clocks). Fields with defaults may be left out.
 *
 * @example
 * ```ts
 * PartnershipSettingsInput.parse({ name: 'South Derbyshire CSP', tier: 'district',
 *   planStart: '2023-04-01' }).planYears //=> 3
 * ```
 */
export const PartnershipSettingsInput = PartnershipConfig
export type PartnershipSettingsInput = z.input<typeof PartnershipConfig>

/**
 * The partnership settings in force. `isDefault` is true until an admin stores some: then they
 * are derived from the stored plan (name, tier from its area code, start and length), with
 * `lastAsbReturnPublishedOn` from the latest published return whose date is known. `notes`
 * say how, and where the deadlines use a later publication date than the stored one.
 *
 * @example
 * ```ts
 * const settings: PartnershipSettings = await (await api.get('/v1/settings/partnership')).json()
 * ```
 */
export const PartnershipSettings = z
  .object({
    partnership: PartnershipConfig,
    isDefault: z.boolean(),
    notes: z.array(z.string()),
    updatedAt: orNull(Timestamp),
    updatedBy: orNull(Id),
  })
  .meta({ id: 'PartnershipSettings' })
export type PartnershipSettings = z.infer<typeof PartnershipSettings>

/**
 * The query of `GET /v1/duties/due`: every day optional (from defaults to today in England, to
 * to 90 days after from; the window may be at most 3 years long). `asAt` is the day whose law
 * applies (default today in England): duties not in force that day are left out.
 *
 * @example
 * ```ts
 * DutiesDueQuery.parse({ from: '2025-06-01' }) //=> { from: '2025-06-01' }
 * ```
 */
export const DutiesDueQuery = z.object({
  from: IsoDate.optional().meta({ description: 'First day (inclusive); default today.' }),
  to: IsoDate.optional().meta({ description: 'Last day (inclusive); default from + 90 days.' }),
  asAt: IsoDate.optional().meta({
    description: 'The day whose law applies; default today in England.',
  }),
})
export type DutiesDueQuery = z.infer<typeof DutiesDueQuery>

/**
 * `GET /v1/duties/due`: what falls due in the window (the domain's `dutiesDue`). The
 * partnership configuration it comes from is for admins (`GET /v1/settings/partnership`).
 *
 * @example
 * ```ts
 * const { items } = DutiesDue.parse(await res.json())
 * ```
 */
export const DutiesDue = z
  .object({
    from: IsoDate,
    to: IsoDate,
    asAt: IsoDate,
    items: z.array(DutyDueItem),
  })
  .meta({ id: 'DutiesDue' })
export type DutiesDue = z.infer<typeof DutiesDue>

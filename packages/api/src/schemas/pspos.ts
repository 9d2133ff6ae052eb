import { IsoDate, plainText, PspoExtension } from '@csp/domain'
import { z } from 'zod'
import { NextLink, PageQuery } from './pages.ts'
import { Id } from './people.ts'

const text = (max: number) => plainText(max, { min: 1 })
const Variation = z.object({ madeOn: IsoDate, note: plainText(2000).optional() })

// `schema` or null as `anyOf` (see src/http/nullable-refs.ts, which this folder must not import).
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()])

/**
 * The body of `POST /v1/pspos`: the domain's `PspoOrder` without its id, and the council that
 * made it (a council organisation; default the signed-in officer's). The domain checks the
 * dates (starts on or after it is made, ends on or after it starts, at most 3 years — 6 months
 * if expedited — and lawful extensions); an earlier order may come with its extensions.
 *
 * @example
 * ```ts
 * CreatePspoRequest.parse({ title: 'Eureka Park PSPO', place: 'Eureka Park, Swadlincote',
 *   madeOn: '2024-05-20', startsOn: '2024-06-01', endsOn: '2027-05-31' })
 * ```
 */
export const CreatePspoRequest = z
  .object({
    title: text(200),
    place: text(500),
    council: Id.optional().meta({
      description:
        'The council that made the order (an organisation of kind `council`); default yours.',
    }),
    kind: z.enum(['standard', 'expedited']).default('standard'),
    madeOn: IsoDate,
    startsOn: IsoDate,
    endsOn: IsoDate.meta({ description: 'The last day in force, as made.' }),
    extensions: z.array(PspoExtension).max(20).default([]),
    variations: z.array(Variation).max(50).default([]),
    dischargedOn: IsoDate.optional(),
  })
  .meta({ id: 'CreatePspoRequest' })
export type CreatePspoRequest = z.infer<typeof CreatePspoRequest>

/** The body of `POST /v1/pspos/{id}/extensions`: `endsOn` defaults to 3 years on. */
export const ExtendPspoRequest = z
  .object({ madeOn: IsoDate, endsOn: IsoDate.optional() })
  .meta({ id: 'ExtendPspoRequest' })
export type ExtendPspoRequest = z.infer<typeof ExtendPspoRequest>

/**
 * A PSPO on the register with its status on `asOf` (domain `pspoStatus`): `inForceUntil` is the
 * last day in force after extensions (or the discharge date), `reviewBy` the day to start
 * reviewing an extension, `challengeDeadline` the last day to question it in the High Court.
 */
export const PspoEntry = z
  .object({
    id: Id,
    title: z.string(),
    place: z.string(),
    council: orNull(z.object({ id: Id, name: z.string() })).meta({
      description: 'The council that made the order; null for an order from before it was kept.',
    }),
    kind: z.enum(['standard', 'expedited']),
    madeOn: IsoDate,
    startsOn: IsoDate,
    endsOn: IsoDate,
    extensions: z.array(PspoExtension),
    variations: z.array(Variation),
    dischargedOn: IsoDate.nullable(),
    status: z.enum(['not-yet-in-force', 'active', 'expiring-soon', 'expired', 'discharged']),
    inForceUntil: IsoDate,
    daysRemaining: z.number().int(),
    reviewBy: IsoDate,
    challengeDeadline: IsoDate,
    challengeOpen: z.boolean(),
  })
  .meta({ id: 'PspoEntry' })
export type PspoEntry = z.infer<typeof PspoEntry>

/** `GET /v1/pspos`: a page of the register on `asOf`, soonest end first; `next` for the rest. */
export const PspoRegister = z
  .object({ asOf: IsoDate, items: z.array(PspoEntry), next: NextLink })
  .meta({ id: 'PspoRegister' })

/** The query of `GET /v1/pspos`: a page. */
export const PspoRegisterQuery = z.object({ ...PageQuery })

/** The path of one PSPO. */
export const PspoParams = z.object({ id: Id.meta({ param: { name: 'id', in: 'path' } }) })

import { z } from 'zod'
import { DutyId } from '../duties/schema.ts'
import { deepFreeze } from '../priorities/freeze.ts'

/**
 * A statutory responsibility the plan describes, as a reference to a duty in the duties catalogue
 * (`dutyId`, see `statutoryDuties`) plus what the plan itself says. The catalogue, not the plan, is the authority on the
 * law; `legislation` is the plan's citation as printed.
 *
 * @example
 * ```ts
 * PlanStatutoryResponsibility.parse({ dutyId: 'prevent', heading: 'Prevent Duty',
 *   legislation: 'Counter-Terrorism and Security Act 2015, s26', summary: '…' }).dutyId //=> 'prevent'
 * ```
 */
export const PlanStatutoryResponsibility = z
  .object({
    dutyId: DutyId,
    heading: z.string().min(1),
    legislation: z.string().min(1),
    summary: z.string().min(1),
    localArrangement: z.string().min(1).optional(),
  })
  .meta({ id: 'PlanStatutoryResponsibility' })
export type PlanStatutoryResponsibility = z.infer<typeof PlanStatutoryResponsibility>

/**
 * The five statutory responsibilities in the plan's "Statutory Responsibilities" section, in order.
 *
 * @example
 * ```ts
 * southDerbyshireStatutoryResponsibilities.map((r) => r.dutyId)
 * //=> ['prevent', 'serious-violence-duty', 'domestic-abuse-act', 'domestic-homicide-review', 'modern-slavery-s52']
 * ```
 */
export const southDerbyshireStatutoryResponsibilities: readonly PlanStatutoryResponsibility[] =
  deepFreeze([
    {
      dutyId: 'prevent',
      heading: 'Prevent Duty',
      legislation: 'Counter-Terrorism and Security Act 2015, s26',
      summary:
        'Specified authorities must have "due regard to the need to prevent people from being drawn into terrorism".',
    },
    {
      dutyId: 'serious-violence-duty',
      heading: 'Serious Violence Duty',
      legislation: 'Police, Crime, Sentencing and Courts Act 2022',
      summary:
        'Partners must work together to plan, share data, produce an evidence-based analysis and publish a strategy to prevent and reduce serious violence; the Act makes serious violence an explicit CSP priority under the Crime and Disorder Act 1998.',
    },
    {
      dutyId: 'domestic-abuse-act',
      heading: 'The Domestic Abuse Act 2021',
      legislation: 'Domestic Abuse Act 2021',
      summary:
        'A statutory definition of domestic abuse (not only physical violence), priority for accommodation for victims, and wider powers for the police and courts.',
    },
    {
      dutyId: 'domestic-homicide-review',
      heading: "Domestic Homicide Review's",
      legislation: 'In effect since 2011 (the plan cites no Act)',
      summary:
        'CSPs review the death of a person aged 16 or over that has, or appears to have, resulted from violence, abuse or neglect by a relative, intimate partner or household member, to learn lessons.',
      localArrangement:
        'In Derbyshire the County Council leads the coordination of DHRs; local agencies share information and take part as required.',
    },
    {
      dutyId: 'modern-slavery-s52',
      heading: 'Modern Slavery',
      legislation: 'Modern Slavery Act 2015, s52 (duty to notify)',
      summary:
        'Specified public authorities that have reasonable grounds to believe a person may be a victim of slavery or human trafficking must notify the Home Office.',
    },
  ])

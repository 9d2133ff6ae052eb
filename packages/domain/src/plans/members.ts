import { z } from 'zod'
import { deepFreeze } from '../priorities/freeze.ts'

/**
 * A member organisation of a partnership. `statutory` members are the responsible authorities
 * under the Crime and Disorder Act 1998 as the plan lists them; `key` members take part without
 * being responsible authorities.
 *
 * @example
 * ```ts
 * PlanMember.parse({ id: 'derbyshire-constabulary', name: 'Derbyshire Constabulary', role: 'statutory' }).role
 * //=> 'statutory'
 * ```
 */
export const PlanMember = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -'),
    name: z.string().min(1),
    abbreviation: z.string().min(1).optional(),
    role: z.enum(['statutory', 'key']),
    formerly: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'PlanMember' })
export type PlanMember = z.infer<typeof PlanMember>

/**
 * The seven statutory members and the two other key members of the South Derbyshire CSP, in the
 * order the introduction lists them.
 *
 * @example
 * ```ts
 * southDerbyshireMembers.filter((m) => m.role === 'statutory').length //=> 7
 * southDerbyshireMembers.filter((m) => m.role === 'key').map((m) => m.abbreviation) //=> ['CVS', 'PCC']
 * ```
 */
export const southDerbyshireMembers: readonly PlanMember[] = deepFreeze([
  {
    id: 'south-derbyshire-district-council',
    name: 'South Derbyshire District Council',
    abbreviation: 'SDDC',
    role: 'statutory',
  },
  {
    id: 'derbyshire-county-council',
    name: 'Derbyshire County Council',
    abbreviation: 'DCC',
    role: 'statutory',
  },
  {
    id: 'youth-justice-service',
    name: 'Youth Justice Service',
    abbreviation: 'YJS',
    role: 'statutory',
    formerly: 'Youth Offending Team (YOT)',
  },
  { id: 'derbyshire-constabulary', name: 'Derbyshire Constabulary', role: 'statutory' },
  {
    id: 'probation-service',
    name: 'Probation Services',
    role: 'statutory',
  },
  {
    id: 'derbyshire-fire-and-rescue-service',
    name: 'Derbyshire Fire and Rescue Service',
    abbreviation: 'DFRS',
    role: 'statutory',
  },
  {
    id: 'derbyshire-clinical-commissioning-group',
    name: 'Derbyshire Clinical Commissioning Group',
    abbreviation: 'CCG',
    role: 'statutory',
    note: 'As printed. Clinical commissioning groups were abolished on 1 July 2022; their place is taken by NHS Derby and Derbyshire Integrated Care Board.',
  },
  {
    id: 'south-derbyshire-cvs',
    name: 'South Derbyshire CVS',
    abbreviation: 'CVS',
    role: 'key',
    note: 'The local Community Voluntary Service.',
  },
  {
    id: 'police-and-crime-commissioner',
    name: 'Police and Crime Commissioner for Derbyshire',
    abbreviation: 'PCC',
    role: 'key',
  },
])

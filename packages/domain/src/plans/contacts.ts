import { z } from 'zod'
import { deepFreeze } from '../priorities/freeze.ts'

const Link = z.object({ name: z.string().min(1), url: z.url() })

/**
 * How to contact a partnership and follow its partners, as the plan prints it. Web addresses
 * printed without a scheme are stored with `https://`.
 *
 * @example
 * ```ts
 * PlanContacts.shape.email.parse('community.safety@southderbyshire.gov.uk')
 * ```
 */
export const PlanContacts = z
  .object({
    team: z.string().min(1),
    organisation: z.string().min(1),
    telephone: z.string().regex(/^0\d{4} ?\d{6}$/, 'must be a UK number such as 01283 595924'),
    email: z.email(),
    postalAddress: z.object({
      lines: z.array(z.string().min(1)).min(1),
      postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, 'must be a UK postcode'),
    }),
    partnerWebsites: z.array(Link),
    alerts: z.array(Link.extend({ description: z.string().min(1) })),
    social: z.array(
      z.object({
        platform: z.enum(['x', 'facebook']),
        name: z.string().min(1),
        handle: z.string().min(1).optional(),
        url: z.url(),
      })
    ),
  })
  .meta({ id: 'PlanContacts' })
export type PlanContacts = z.infer<typeof PlanContacts>

const facebook = (page: string, name: string) => ({
  platform: 'facebook' as const,
  name,
  url: `https://www.facebook.com/${page}`,
})

/**
 * The "Contacts & Key Partners" page of the South Derbyshire plan.
 *
 * @example
 * ```ts
 * southDerbyshireContacts.telephone //=> '01283 595924'
 * southDerbyshireContacts.postalAddress.postcode //=> 'DE11 0AH'
 * ```
 */
export const southDerbyshireContacts: PlanContacts = deepFreeze(
  PlanContacts.parse({
    team: 'Communities Team',
    organisation: 'South Derbyshire District Council',
    telephone: '01283 595924',
    email: 'community.safety@southderbyshire.gov.uk',
    postalAddress: {
      lines: [
        'Communities Team',
        'South Derbyshire District Council',
        'Civic Offices',
        'Civic Way',
        'Swadlincote',
        'Derbyshire',
      ],
      postcode: 'DE11 0AH',
    },
    partnerWebsites: [
      { name: 'South Derbyshire District Council', url: 'https://www.southderbyshire.gov.uk' },
      { name: 'Derbyshire County Council', url: 'https://www.derbyshire.gov.uk' },
      { name: 'Safer Derbyshire', url: 'https://www.saferderbyshire.gov.uk' },
      { name: 'Derbyshire Constabulary', url: 'https://www.derbyshire.police.uk' },
      { name: 'police.uk', url: 'https://www.police.uk' },
      { name: 'Derbyshire Fire and Rescue Service', url: 'https://www.derbys-fire.gov.uk' },
      { name: 'South Derbyshire CVS', url: 'https://www.sdcvs.org.uk' },
      {
        name: 'Police and Crime Commissioner for Derbyshire',
        url: 'https://www.derbyshire-pcc.gov.uk',
      },
    ],
    alerts: [
      {
        name: 'Derbyshire Alert',
        url: 'https://www.derbyshirealert.co.uk',
        description:
          'Sign up for news and appeals, local crime information and prevention advice by email.',
      },
    ],
    social: [
      {
        platform: 'x',
        name: 'South Derbyshire Police',
        handle: '@DerbySthPolice',
        url: 'https://x.com/DerbySthPolice',
      },
      facebook('EtwallHattonHiltonSNT', 'Etwall, Hatton and Hilton SNT'),
      facebook('MerciaSNT', 'Mercia SNT'),
      facebook('MelbourneSNT', 'Melbourne SNT'),
      facebook('SwadlincoteSNT/', 'Swadlincote SNT'),
    ],
  })
)

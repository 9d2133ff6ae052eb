// Checks the bundled plan against the seed document itself. The seed is read from the shared
// folder beside the repository (CI clones the repository next to `shared/`), so the path is
// relative to this file and never absolute.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas, findArea } from '../geography/index.ts'
import { crimeTables2023 } from './crime-tables-2023.ts'
import { planNarrativeClaims } from './narrative-claims.ts'
import { southDerbyshirePlan as plan } from './plan.ts'

const seedUrl = new URL(
  '../../../../../shared/seed/south-derbyshire-csp-partnership-plan-2023-26.md',
  import.meta.url
)
// The seed lives in the workspace's shared folder beside the repository; without it these
// checks cannot run, and say so rather than fail.
const seedPresent = existsSync(seedUrl)
if (!seedPresent) console.warn(`skipping seed checks: ${seedUrl.pathname} not found`)
const seed = seedPresent ? readFileSync(seedUrl, 'utf8') : ''
const flat = seed.replace(/\s+/g, ' ')

const measureByHeading: Record<string, string> = {
  'Anti-social Behaviour': 'anti-social-behaviour',
  'Domestic Abuse': 'domestic-abuse',
  'Residential Burglary': 'residential-burglary',
  'Vehicle Crime': 'vehicle-crime',
  'Serious Violence': 'serious-violence',
  'Hate crime': 'hate-crime',
}

interface SeedRow {
  areaCode: string | undefined
  volume: number
  rate: number
  trend: number
}

/** Parses the seed's tab-separated tables: a header line "<measure> Jan 2023 to Dec 2023\tVolume…" then rows. */
function seedTables(): Map<string, SeedRow[]> {
  const tables = new Map<string, SeedRow[]>()
  let current: SeedRow[] | null = null
  for (const line of seed.split('\n')) {
    const header = /^(.+?) Jan 2023 to Dec 2023\tVolume\t/.exec(line)
    if (header) {
      const measure = measureByHeading[header[1] ?? '']
      if (!measure) throw new Error(`unknown table heading "${header[1]}"`)
      current = []
      tables.set(measure, current)
    } else if (current && line.includes('\t')) {
      const [name = '', volume = '', rate = '', trend = ''] = line.split('\t')
      current.push({
        areaCode: findArea(derbyshireAreas, name)?.code,
        volume: Number(volume.replace(/,/g, '')),
        rate: Number(rate),
        trend: Number(trend.replace('%', '')),
      })
    } else {
      current = null
    }
  }
  return tables
}

const words: Record<string, number> = { One: 1, Two: 2, Three: 3, Four: 4, Five: 5 }
function firstNumber(pattern: RegExp): number {
  const match = pattern.exec(flat)
  if (!match?.[1]) throw new Error(`seed has no match for ${pattern}`)
  return words[match[1]] ?? Number(match[1])
}

describe.skipIf(!seedPresent)('crime tables against the seed', () => {
  const tables = seedTables()

  it('finds the six tables of eleven rows in the seed', () => {
    expect([...tables.keys()].sort()).toEqual(Object.values(measureByHeading).sort())
    for (const rows of tables.values()) expect(rows).toHaveLength(11)
  })

  it('matches every row exactly: area, volume, rate and trend, in printed order', () => {
    for (const table of crimeTables2023) {
      expect(table.rows, table.measure).toEqual(tables.get(table.measure))
    }
  })

  it('puts the same tables in the plan', () => {
    expect(plan.crimeTables).toEqual(crimeTables2023)
    expect(plan.crimeTables.every((t) => t.period === '2023' && t.from === '2023-01-01')).toBe(true)
  })
})

describe.skipIf(!seedPresent)('action counts against the seed', () => {
  const counted = (id: string) => {
    const action = plan.actionsTaken.find((a) => a.id === id)
    if (action?.kind !== 'count') throw new Error(`no count action "${id}"`)
    return action
  }

  it.each([
    ['asb-warning-letters', /(\d+) x ASB Warning Letters/],
    ['acceptable-behaviour-contracts', /(\d+) x Acceptable Behaviour Contracts/],
    ['community-protection-warnings', /(\d+) x Community Protection Notice Warnings/],
    ['community-protection-notices', /(\d+) x Community Protection Notices \(/],
    ['fixed-penalty-notices', /(\d+) x Fixed Penalty Notices/],
    ['area-forum-meetings', /(\d+)x Area Forum \(AF\) Meetings were held in 2024-25/],
    ['safer-homes-properties-secured', /During 2023-24, (\d+) properties were secured/],
  ])('%s matches the text', (id, pattern) => {
    expect(counted(id).count).toBe(firstNumber(pattern))
  })

  it('counts one PSPO, "A Public Space Protection Order", in Eureka Park', () => {
    expect(flat).toContain('A Public Space Protection Order (PSPO) was introduced')
    expect(counted('pspo-eureka-park')).toMatchObject({
      count: 1,
      location: 'Eureka Park, Swadlincote',
    })
  })

  it('gives the counts with a period dated in the text the dates of that financial year', () => {
    expect(counted('area-forum-meetings').period).toMatchObject({
      from: '2024-04-01',
      to: '2025-03-31',
    })
    expect(counted('safer-homes-properties-secured').period).toMatchObject({
      from: '2023-04-01',
      to: '2024-03-31',
    })
    expect(counted('fixed-penalty-notices').period).toMatchObject({ from: null, to: null })
  })

  it('records the six Police Areas of the Area Forums in the printed order', () => {
    expect(flat).toContain('Etwall, Repton, Melbourne, Swadlincote, Newhall and Linton')
    expect(counted('area-forum-meetings').description).toContain(
      'Etwall, Repton, Melbourne, Swadlincote, Newhall and Linton'
    )
  })
})

describe.skipIf(!seedPresent)('ASB Case Review return against the seed', () => {
  it.each([
    ['applications', /\(2024-25\) (\w+) ASB Case Review applications were received/],
    ['thresholdNotMet', /did not meet the threshold \(2024–25\): (\w+)\./],
    ['reviewsCarriedOut', /conducted \(2024\/25\): (\w+) ASB Case Review was conducted/],
    [
      'reviewsWithRecommendations',
      /recommendations being made \(2024\/25\): (\w+) ASB Case Review/,
    ],
  ] as const)('%s matches the text', (field, pattern) => {
    expect(plan.asbCaseReviewReturn[field]).toBe(firstNumber(pattern))
  })

  it('is the financial year 2024-25', () => {
    expect(plan.asbCaseReviewReturn).toMatchObject({
      period: '2024-25',
      from: '2024-04-01',
      to: '2025-03-31',
      applications: 2,
      thresholdNotMet: 1,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 1,
    })
  })
})

describe.skipIf(!seedPresent)('narrative claims against the seed', () => {
  it('quotes every claim verbatim', () => {
    for (const { quote } of planNarrativeClaims) expect(flat).toContain(quote)
  })

  it('quotes percentages that the quote itself contains', () => {
    for (const { quote, claim } of planNarrativeClaims) {
      if (claim.kind === 'change') expect(quote).toContain(`${claim.percent}%`)
    }
  })
})

describe.skipIf(!seedPresent)('people, members and contacts against the seed', () => {
  it('names the chair as printed', () => {
    expect(flat).toContain('Councillor Rob Pearson, Chair of South Derbyshire CSP')
  })

  it('lists the seven statutory members in the printed order', () => {
    const bullets = seed
      .slice(seed.indexOf('Statutory members include'), seed.indexOf('Within South Derbyshire'))
      .split('\n')
      .filter((line) => line.startsWith('- '))
    const statutory = plan.members.filter((m) => m.role === 'statutory')
    expect(bullets).toHaveLength(7)
    statutory.forEach((member, i) => expect(bullets[i]).toContain(member.name))
  })

  it('prints the phone, email, postcode and every web address', () => {
    const { contacts } = plan
    expect(flat).toContain(`Tel: ${contacts.telephone}`)
    expect(flat).toContain(`Email: ${contacts.email}`)
    expect(flat).toContain(contacts.postalAddress.postcode)
    for (const line of contacts.postalAddress.lines) expect(flat).toContain(line)
    const printed = (url: string) => url.replace(/^https:\/\//, '')
    for (const site of [
      ...contacts.partnerWebsites,
      ...contacts.social.filter((s) => s.platform === 'facebook'),
    ]) {
      expect(flat).toContain(printed(site.url))
    }
    expect(flat).toContain(contacts.alerts[0]?.url)
    expect(flat).toContain('X: @DerbySthPolice')
  })

  it('names every meeting of the chart and text (case-insensitive, ignoring the chart markup)', () => {
    const plain = flat.replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase()
    const keyWords = (name: string) =>
      name
        .replace(/\(.*?\)|-/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
    for (const meeting of plan.meetings) {
      for (const word of keyWords(meeting.name))
        expect(plain, meeting.id).toContain(word.toLowerCase())
    }
  })
})

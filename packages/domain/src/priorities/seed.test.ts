// Checks the priorities against the seed document (read from the shared folder beside the
// repository, by a path relative to this file).
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { southDerbyshirePriorities as set } from './priority-set.ts'

const seedUrl = new URL(
  '../../../../../shared/seed/south-derbyshire-csp-partnership-plan-2023-26.md',
  import.meta.url
)
// The seed lives in the workspace's shared folder beside the repository; without it these
// checks cannot run, and say so rather than fail.
const seedPresent = existsSync(seedUrl)
if (!seedPresent) console.warn(`skipping seed checks: ${seedUrl.pathname} not found`)
const seed = seedPresent ? readFileSync(seedUrl, 'utf8') : ''

/** The local priorities as printed: headings (bold or not) with their bullet lists. */
function seedThemes(): { heading: string; bullets: string[] }[] {
  const start = seed.indexOf('the SDCSP will continue to focus on the following local priorities')
  const section = seed.slice(start, seed.indexOf('# Action Taken', start))
  const themes: { heading: string; bullets: string[] }[] = []
  for (const line of section.split('\n')) {
    const heading = /^####\s+(?:\*\*)?(.+?)(?:\*\*)?\s*$/.exec(line)
    if (heading?.[1]) themes.push({ heading: heading[1], bullets: [] })
    else if (line.startsWith('- ')) themes.at(-1)?.bullets.push(line.slice(2).trim())
  }
  return themes
}

function seedBullets(from: string, to: string): string[] {
  const section = seed.slice(seed.indexOf(from), seed.indexOf(to))
  return section
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim())
}

describe.skipIf(!seedPresent)('priorities against the seed', () => {
  it('matches the themes and sub-priorities as printed, in order', () => {
    expect(
      set.themes.map((t) => ({
        heading: t.printedAs,
        bullets: t.subPriorities.map((s) => s.printedAs),
      }))
    ).toEqual(seedThemes())
  })

  it('matches the PCC strategic priorities as printed, in order', () => {
    expect(set.pccPriorities.map((p) => p.printedAs)).toEqual(
      seedBullets('PCC Strategic Priorities', 'Derbyshire Community Safety Theme Groups')
    )
  })

  it('matches the county theme groups as listed in the meeting chart', () => {
    const list = /Derbyshire Theme Group Meetings x8\*\* campaigns & initiatives \((.+?)\)/.exec(
      seed
    )?.[1]
    const names = list?.split(/, | and (?=Online)/)
    expect(set.countyThemeGroups.map((g) => g.printedAs)).toEqual(names)
  })
})

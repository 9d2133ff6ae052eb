import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { southDerbyshirePlan } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import {
  parsePlanText,
  PlanFileError,
  planDocumentText,
  planJsonSchemaText,
  plansFolder,
  seedPlanFileName,
} from './plan-file.ts'

// CSP_WRITE_PLAN_FILES=1 rewrites the files from the domain (after a schema change).
const write = process.env.CSP_WRITE_PLAN_FILES === '1'

async function expectFile(name: string, text: string) {
  const file = join(plansFolder(), name)
  if (write) await writeFile(file, text)
  expect(await readFile(file, 'utf8')).toBe(text)
}

describe('plan files', () => {
  it('the seed document is the domain plan, in export format', async () => {
    await expectFile(seedPlanFileName, planDocumentText(southDerbyshirePlan))
  })

  it('the JSON Schema is generated from the zod schema', async () => {
    await expectFile('plan.schema.json', planJsonSchemaText())
  })

  it('export format is a fixed point: parse then print gives the same bytes', async () => {
    const text = await readFile(join(plansFolder(), seedPlanFileName), 'utf8')
    expect(planDocumentText(parsePlanText(text, 'seed'))).toBe(text)
  })

  it('refuses a bad file with every problem and its path', () => {
    const bad = JSON.parse(planDocumentText(southDerbyshirePlan))
    bad.priorities.themes[0].title = ''
    bad.contacts.email = 'nope'
    const error = (() => {
      try {
        parsePlanText(JSON.stringify(bad), 'bad.json')
      } catch (e) {
        return e
      }
    })() as PlanFileError
    expect(error).toBeInstanceOf(PlanFileError)
    expect(error.problems).toHaveLength(2)
    expect(error.problems[0]).toMatch(/^priorities\.themes\[0\]\.title: /)
    expect(error.problems[1]).toMatch(/^contacts\.email: /)
    expect(() => parsePlanText('{', 'x.json')).toThrow(/not JSON/)
  })
})

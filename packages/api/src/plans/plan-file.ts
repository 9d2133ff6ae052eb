import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PartnershipPlan } from '@csp/domain'
import { z } from 'zod'

/**
 * The folder of plan documents shipped with the API (`packages/api/plans`): the South
 * Derbyshire 2023-26 seed and the JSON Schema of a plan file. Found by walking up from this
 * module, as from `dist` once built.
 *
 * @example
 * ```ts
 * plansFolder() //=> '/…/packages/api/plans'
 * ```
 */
export function plansFolder(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'plans', 'plan.schema.json')
    if (existsSync(candidate)) return dirname(candidate)
    if (dirname(dir) === dir) throw new Error(`no plans folder above ${from}`)
  }
}

/** The file `csp seed` loads when it is given no `--plan`. */
export const seedPlanFileName = 'south-derbyshire-csp-2023-26.plan.json'

/**
 * A plan as the file `csp plan export` writes: the validated document, keys in schema order,
 * two-space indented, with a final newline. Export → import → export gives the same bytes.
 *
 * @example
 * ```ts
 * planDocumentText(southDerbyshirePlan).startsWith('{\n  "id": "south-derbyshire-csp-2023-26"') //=> true
 * ```
 */
export function planDocumentText(plan: PartnershipPlan): string {
  return `${JSON.stringify(PartnershipPlan.parse(plan), null, 2)}\n`
}

/**
 * The JSON Schema of a plan file, generated from the domain's zod schema (the checks across
 * fields, such as ids that must exist, are the import's, not the schema's).
 *
 * @example
 * ```ts
 * JSON.parse(planJsonSchemaText()).$ref //=> '#/$defs/PartnershipPlan'
 * ```
 */
export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(PartnershipPlan, { io: 'input', unrepresentable: 'any' })
  return `${JSON.stringify(schema, null, 2)}\n`
}

/** Why a plan file was refused: one line per problem, each with its field path. */
export class PlanFileError extends Error {
  override name = 'PlanFileError'
  readonly file: string
  readonly problems: readonly string[]
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid plan:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.file = file
    this.problems = problems
  }
}

/**
 * Parses a plan file's text: JSON, then the plan schema. Throws {@link PlanFileError} listing
 * every problem with its path (`priorities.themes[0].title: …`).
 *
 * @example
 * ```ts
 * parsePlanText(await readFile(file, 'utf8'), file).id //=> 'south-derbyshire-csp-2023-26'
 * ```
 */
export function parsePlanText(text: string, file: string): PartnershipPlan {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new PlanFileError(file, [`not JSON: ${(error as Error).message}`])
  }
  const parsed = PartnershipPlan.safeParse(data)
  if (parsed.success) return parsed.data
  throw new PlanFileError(
    file,
    parsed.error.issues.map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
        .join('')
      return `${path || '(the document)'}: ${issue.message}`
    })
  )
}

/**
 * Reads and parses a plan file (see {@link parsePlanText}).
 *
 * @example
 * ```ts
 * const plan = await readPlanFile(join(plansFolder(), seedPlanFileName))
 * ```
 */
export async function readPlanFile(file: string): Promise<PartnershipPlan> {
  return parsePlanText(await readFile(file, 'utf8'), file)
}

/**
 * The seed plan, South Derbyshire 2023-26, read from its JSON document.
 *
 * @example
 * ```ts
 * (await seedPlan()).title //=> 'South Derbyshire CSP Partnership Plan 2023-26'
 * ```
 */
export function seedPlan(): Promise<PartnershipPlan> {
  return readPlanFile(join(plansFolder(), seedPlanFileName))
}

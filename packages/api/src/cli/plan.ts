import { derbyshireAreas, planMeasures, southDerbyshirePlan, verifyClaim } from '@csp/domain'
import { resolve } from 'node:path'
import { systemClock } from '../clock.ts'
import { todayInEngland } from '../casework/today.ts'
import { auditedTransaction } from '../audit/append.ts'
import { latestAdoptedRevision } from '../db/repositories/plan-revisions.ts'
import { currentPlanId } from '../db/repositories/plans.ts'
import { parsePlanText, PlanFileError, planDocumentText, readPlanFile } from '../plans/plan-file.ts'
import { loadAdoptedPlan, PlanAdoptionError } from '../plans/revisions.ts'
import { crimeTableText } from './crime-table-text.ts'
import { openDb, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

/**
 * Reads a plan file named on the command line (relative to the working directory); a bad file
 * is a CLI error listing each problem with its field path.
 *
 * @example
 * ```ts
 * const plan = await planFileArgument('my-plan.json', io)
 * ```
 */
export async function planFileArgument(file: string, io: CliIo) {
  try {
    return await readPlanFile(resolve(io.cwd, file))
  } catch (error) {
    if (error instanceof PlanFileError) throw new CliError(error.message)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliError(`cannot read ${file}: no such file`)
    throw error
  }
}

/**
 * `csp plan export`: the adopted revision of the plan the API serves (the latest plan year), as
 * a plan file on standard output.
 */
async function exportPlan(argv: readonly string[], io: CliIo): Promise<void> {
  if (argv.length > 0) throw new CliError(`csp plan export takes no arguments, got "${argv[0]}"`, 2)
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const planId = await currentPlanId(handle.db)
    const revision =
      planId === undefined ? undefined : await latestAdoptedRevision(handle.db, planId)
    if (!revision)
      throw new CliError("no plan has been adopted; run 'csp seed' or 'csp plan import FILE.json'")
    io.stdout(planDocumentText(revision.document))
  } finally {
    await handle.close()
  }
}

/**
 * `csp plan import FILE.json`: loads a plan file as the adopted revision of its first year (the
 * adoption checks run; a table that fails them refuses the file). `-` reads standard input.
 */
async function importPlan(argv: readonly string[], io: CliIo): Promise<void> {
  const [file, ...rest] = argv
  if (file === undefined || rest.length > 0) {
    throw new CliError('usage: csp plan import FILE.json (or - for standard input)', 2)
  }
  const plan =
    file === '-'
      ? await (async () => {
          if (!io.readStdin) throw new CliError('standard input cannot be read here')
          try {
            return parsePlanText(await io.readStdin(), 'standard input')
          } catch (error) {
            if (error instanceof PlanFileError) throw new CliError(error.message)
            throw error
          }
        })()
      : await planFileArgument(file, io)
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const at = systemClock.now()
    const { revision, review } = await auditedTransaction(handle.db, (tx) =>
      loadAdoptedPlan(tx, plan, { actorId: null, at, today: todayInEngland(systemClock) })
    ).catch((error: unknown) => {
      throw error instanceof PlanAdoptionError ? new CliError(error.message) : error
    })
    const contradicted = review.contradicted.length
    io.stdout(
      `Imported ${plan.title} as the adopted ${revision.planYear} revision: ${plan.crimeTables.length} crime tables, ${review.claims.length} claims (${contradicted} contradicted by the tables).\n`
    )
  } finally {
    await handle.close()
  }
}

const southDerbyshire = 'E07000039'

/**
 * `csp plan export`, `csp plan import FILE.json`; `csp plan` alone: the bundled South Derbyshire plan's six crime tables with ranks and findings, then
 * what the tables say of the plan's own narrative claims.
 */
export async function planCommand(argv: readonly string[], io: CliIo): Promise<void> {
  if (argv[0] === 'export') return exportPlan(argv.slice(1), io)
  if (argv[0] === 'import') return importPlan(argv.slice(1), io)
  if (argv.length > 0) throw new CliError(`csp plan takes no arguments, got "${argv[0]}"`, 2)
  const text = southDerbyshirePlan.crimeTables.map((table) =>
    crimeTableText(table, {
      areas: derbyshireAreas,
      measures: planMeasures,
      highlight: southDerbyshire,
    })
  )
  io.stdout(`${southDerbyshirePlan.title}\n\n${text.join('\n')}`)
  io.stdout("\nThe plan's own claims, checked against its tables\n")
  for (const { quote, claim } of southDerbyshirePlan.narrativeClaims) {
    const { verdict, evidence } = verifyClaim(
      claim,
      southDerbyshirePlan.crimeTables,
      derbyshireAreas
    )
    io.stdout(
      `  ${verdict.toUpperCase().padEnd(13)} “${quote}”\n  ${''.padEnd(13)} ${evidence.text}\n`
    )
  }
}

import { derbyshireAreas, planMeasures, southDerbyshirePlan, verifyClaim } from '@csp/domain'
import { crimeTableText } from './crime-table-text.ts'
import { CliError, type CliIo } from './io.ts'

const southDerbyshire = 'E07000039'

/**
 * `csp plan`: the bundled South Derbyshire plan's six crime tables with ranks and findings, then
 * what the tables say of the plan's own narrative claims.
 */
export async function planCommand(argv: readonly string[], io: CliIo): Promise<void> {
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

import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { createDb, dbOptionsFromEnv } from '../db/client.ts'
import { saveSetting } from '../db/repositories/settings.ts'
import { fakeIo, useCliDatabase } from '../test/cli.ts'
import { testDatabases } from '../test/databases.ts'
import { runCli } from './run-cli.ts'

const run = async (argv: string[]) => {
  const io = fakeIo({})
  const code = await runCli(argv, io.io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('csp rules', () => {
  it('says how each rule stood on the day, with the 2026 Act provisions off', async () => {
    const { code, stdout } = await run(['rules', '--as-at', '2026-07-01'])
    expect(code).toBe(0)
    expect(stdout).toContain('The rules as the law stood on 2026-07-01')
    expect(stdout).toMatch(
      /^ASB-04 +in force from 2014-10-20 \[statutory, H\] ASBCPA 2014 s104\(4\)$/m
    )
    expect(stdout).toMatch(
      /^PSPO-09 +off: commencement unconfirmed \(set fpnMaximum500 to switch it on\)/m
    )
    expect(stdout).toMatch(/^ASB-L3 +local practice: only where adopted/m)
    const before = await run(['rules', '--as-at', '2014-10-19', '--json'])
    const rules = JSON.parse(before.stdout).rules as { id: string; standing: string }[]
    expect(rules.find((r) => r.id === 'ASB-04')?.standing).toBe('not in force (from 2014-10-20)')
  })

  it('refuses a bad date as a usage error', async () => {
    expect(await run(['rules', '--as-at', '2026-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'csp: --as-at must be a date in the form YYYY-MM-DD, got "2026-02-30"\n',
    })
    expect(
      (await run(['duties', 'due', '--from', '2026-02-01', '--to', '2026-01-01'])).stderr
    ).toBe('csp: --to (2026-01-01) must not be before --from (2026-02-01)\n')
  })
})

describe('csp duties', () => {
  it('lists the duties with s17, s17A and the OWHR pilot, and what is off', async () => {
    const { code, stdout } = await run(['duties', '--as-at', '2026-07-01'])
    expect(code).toBe(0)
    expect(stdout).toContain(
      'Crime and Disorder Act 1998 s17: due regard to crime and disorder\n  in force from 1998-09-30'
    )
    expect(stdout).toContain('Crime and Disorder Act 1998 s17A: sharing depersonalised information')
    expect(stdout).toMatch(
      /Offensive Weapons Homicide Reviews.*\n.*\n {2}Applies: Pilot areas only/
    )
    expect(stdout).toContain(
      'Off until configured (commencement unconfirmed): ASB-E5, PSPO-09, RESPECT-01.'
    )
  })
})

describe.each(testDatabases)('csp duties due on $name', (target) => {
  const cli = useCliDatabase(target)

  it(
    'lists the DA Act annual report of a unitary partnership, under the law as at a day',
    { timeout: 60_000 },
    async () => {
      expect((await cli.run(['migrate'])).code).toBe(0)
      const none = await cli.run(['duties', 'due'])
      expect(none).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/no partnership is known/),
      })
      const handle = await createDb(dbOptionsFromEnv(cli.env, tmpdir()))
      try {
        const partnership = { name: 'Derby CSP', tier: 'unitary', planStart: '2023-04-01' }
        await saveSetting(handle.db, 'partnership', partnership, { at: new Date(), by: null })
      } finally {
        await handle.close()
      }
      const window = ['--from', '2026-04-01', '--to', '2026-06-30']
      const { code, stdout } = await cli.run(['duties', 'due', ...window, '--as-at', '2026-04-01'])
      expect(code).toBe(0)
      expect(stdout).toContain('Derby CSP: what falls due from 2026-04-01 to 2026-06-30')
      expect(stdout).toContain(
        '  2026-06-30  DA-10   Domestic Abuse Act annual report for 2025-26 to the Secretary of State [statutory, H]'
      )
      const early = await cli.run(['duties', 'due', ...window, '--as-at', '2021-09-30', '--json'])
      const ruleIds = JSON.parse(early.stdout).items.map((i: { ruleId: string }) => i.ruleId)
      expect(ruleIds).not.toContain('DA-10')
    }
  )
})

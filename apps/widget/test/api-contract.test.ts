import { crimeTableCsv as domainCsv, southDerbyshirePlan } from '@csp/domain'
import { expect, inject, test } from 'vitest'
import type { CrimeTableView } from '../../../packages/api/dist/testing.js'
import { crimeTableCsv } from '../src/csv.ts'
import { parseCrimeTableData, type CrimeTableData } from '../src/view.ts'
import { realViewJson } from './support/real-view.ts'

// The widget declares the part of the API's JSON it reads instead of importing the API's zod
// schema. This file holds the two together.

// Compile-time (svelte-check): every view the API can send is one the widget can read.
const fits = (view: CrimeTableView): CrimeTableData => view

test('every table the API serves passes the widget’s checks unchanged', async () => {
  const response = await fetch(`${inject('apiUrl')}/v1/crime-tables`)
  const index = (await response.json()) as { items: { measure: string; period: string }[] }
  expect(index.items.length).toBeGreaterThanOrEqual(6)
  for (const { measure, period } of index.items) {
    const json = await realViewJson(measure, period)
    const view = parseCrimeTableData(json)
    expect(view.rows.map((r) => r.areaName)).toEqual(json.rows.map((r) => r['areaName']))
    expect(fits(json as unknown as CrimeTableView).measure).toBe(measure)
  }
})

test('the widget’s CSV, in published order, is @csp/domain’s CSV of the plan table', async () => {
  for (const table of southDerbyshirePlan.crimeTables) {
    const view = parseCrimeTableData(await realViewJson(table.measure, table.period))
    expect(crimeTableCsv(view, view.rows)).toBe(domainCsv(table))
  }
})

import type { comingUp } from './coming-up.ts'
import type { Client } from './api.ts'
import { crimeTable, partnershipArea, tablesByMeasure } from './figures.ts'
import { bodyOf, type Success } from './read.ts'

type Priorities = Success<Client['v1']['priorities']['$get']>

/** The measures linked to a theme or to any of its sub-priorities, in the plan's order. */
export function measuresOfTheme(priorities: Priorities, themeId: string): string[] {
  const theme = priorities.themes.find((t) => t.id === themeId)
  if (!theme) return []
  const ids = new Set([theme.id, ...theme.subPriorities.map((s) => s.id)])
  const measures = priorities.links
    .filter((link) => ids.has(link.priorityId) && link.target.kind === 'measure')
    .map((link) => link.target.id)
  return [...new Set(measures)]
}

/** One measure on the dashboard: the partnership's latest figure, its trend and its rank. */
export interface MeasureFigure {
  measure: string
  label: string
  period: string
  rate: string | null
  volume: number
  trend: { percent: number | null; direction: 'increase' | 'decrease' | 'unchanged' | 'unknown' }
  rank: { position: number; of: number; joint: boolean; phrase: string } | null
  complete: boolean
}

/**
 * The four themes, each with the latest figure of every measure linked to it, for the
 * partnership's own area.
 */
export async function themeFigures(api: Client) {
  const [priorities, tables, area] = await Promise.all([
    bodyOf(await api.v1.priorities.$get(), 'set of priorities'),
    tablesByMeasure(api),
    partnershipArea(api),
  ])
  const figureOf = async (measure: string): Promise<MeasureFigure | null> => {
    const latest = tables.get(measure)?.[0]
    if (!latest) return null
    const table = await crimeTable(api, measure, latest.period)
    const row = table.rows.find((r) => r.areaCode === area.code)
    if (!row) return null
    return {
      measure,
      label: table.measureInfo?.label ?? latest.measureLabel ?? measure,
      period: table.period,
      rate: row.rate?.formatted ?? null,
      volume: row.volume,
      trend: row.trend,
      rank: row.rank,
      complete: table.completeness.complete,
    }
  }
  const themes = await Promise.all(
    priorities.themes.map(async (theme) => {
      const figures = await Promise.all(measuresOfTheme(priorities, theme.id).map(figureOf))
      return {
        id: theme.id,
        title: theme.title,
        subPriorities: theme.subPriorities.map((s) => s.title),
        figures: figures.filter((f): f is MeasureFigure => f !== null),
      }
    })
  )
  return { area, themes }
}

/**
 * The counted actions by ASB power as the plan reports them, and how many have been recorded in
 * the toolkit this financial year.
 */
export async function actionCounts(api: Client) {
  const summary = await bodyOf(
    await api.v1.actions.summary.$get({ query: {} }),
    'summary of actions'
  )
  const { from, to, total } = summary.recorded
  const plan = summary.powers.map((power) => ({
    id: power.actionId,
    power: power.powerName,
    count: power.count,
    unit: power.unit,
    period: power.period.label,
    location: power.location,
  }))
  return { plan, recorded: { from, to, total } }
}

/** What the partners' dashboard shows. */
export interface DashboardData {
  area: Awaited<ReturnType<typeof themeFigures>>['area']
  themes: Awaited<ReturnType<typeof themeFigures>>['themes']
  actions: Awaited<ReturnType<typeof actionCounts>> | null
  due: Awaited<ReturnType<typeof comingUp>> | null
  /** Whether the viewer may record a duty as done (admins and analysts). */
  canRecordDone: boolean
}

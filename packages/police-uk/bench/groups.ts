// What every benchmark leg reports about its groups, so the legs can be compared group for
// group and not only by their row totals: the number of groups, the rows in them, and a
// SHA-256 over the sorted lines `month|force|LSOA code|crime type|count` (blank code as '').
import { createHash } from 'node:crypto'

export interface GroupSummary {
  groups: number
  rows: number
  checksum: string
}

/** Counts of one key, added up; the same key may come more than once. */
export class GroupCounts {
  private readonly counts = new Map<string, number>()

  add(month: string, force: string, lsoa: string | null, crimeType: string, count: number): void {
    const key = `${month}|${force}|${lsoa ?? ''}|${crimeType}`
    this.counts.set(key, (this.counts.get(key) ?? 0) + count)
  }

  summary(): GroupSummary {
    const lines = [...this.counts].map(([key, count]) => `${key}|${count}`).sort()
    const hash = createHash('sha256')
    let rows = 0
    for (const line of lines) hash.update(`${line}\n`)
    for (const count of this.counts.values()) rows += count
    return { groups: lines.length, rows, checksum: hash.digest('hex') }
  }
}

/** The peak resident set so far, in MB. */
export const peakRssMB = () => process.resourceUsage().maxRSS / 1024

/** CPU seconds (user and system, every thread of the process) since `start`. */
export function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e6
}

/** Set on repeat runs of a leg: time it, and skip summarising its groups (done once). */
export const timeOnly = process.env.BENCH_TIME_ONLY === '1'

/** What a leg prints: its timing, and (unless {@link timeOnly}) its group summary. */
export function report(timing: Record<string, unknown>, groups: () => GroupSummary): void {
  console.log(JSON.stringify({ ...timing, ...(timeOnly ? {} : groups()) }))
}

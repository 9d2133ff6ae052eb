import type { CliIo } from './io.ts'

const barWidth = 24

/**
 * A one-line progress display for a terminal: bytes read of the total, rows, and MB/s.
 * Redraws at most every 100 ms; does nothing when stderr is not a terminal.
 */
export function createProgressBar(io: CliIo, totalBytes: number) {
  const started = io.now()
  let lastDrawn = -Infinity

  function line(rows: number, bytes: number): string {
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1
    const filled = Math.round(fraction * barWidth)
    const seconds = Math.max((io.now() - started) / 1000, 1e-9)
    const mbPerSecond = bytes / 1_000_000 / seconds
    return (
      `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ` +
      `${Math.floor(fraction * 100)
        .toString()
        .padStart(3)}%  ` +
      `${rows.toLocaleString('en-GB')} rows  ${mbPerSecond.toFixed(1)} MB/s`
    )
  }

  return {
    update(rows: number, bytes: number) {
      if (!io.interactive) return
      const now = io.now()
      if (now - lastDrawn < 100) return
      lastDrawn = now
      io.stderr(`\r${line(rows, bytes)}`)
    },
    finish(rows: number, bytes: number) {
      if (!io.interactive) return
      io.stderr(`\r${line(rows, bytes)}\n`)
    },
  }
}

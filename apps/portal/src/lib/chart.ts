// Scales for the server-rendered bar charts. The chart repeats the table beside it; the numbers
// here only place bars and gridlines.

/**
 * A "nice" axis maximum at or above `max` (1, 2, 2.5 or 5 times a power of ten per step) and
 * its gridline values from 0.
 *
 * @example
 * ```ts
 * niceScale(37.6) //=> { max: 40, ticks: [0, 10, 20, 30, 40] }
 * niceScale(0) //=> { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] }
 * ```
 */
export function niceScale(max: number, targetTicks = 4): { max: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return niceScale(1, targetTicks)
  const rough = max / targetTicks
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  const steps = Math.ceil(max / step - 1e-9)
  const ticks = Array.from({ length: steps + 1 }, (_, i) => round(i * step))
  return { max: ticks.at(-1)!, ticks }
}

// Floating-point steps such as 0.1 * 3 are tidied to what the label will show.
const round = (value: number) => Math.round(value * 1e6) / 1e6

export interface BarInput {
  label: string
  value: number | null
  /** Text drawn at the end of the bar, e.g. the rate as published. */
  valueText: string
  highlight?: boolean
}

export interface Bar extends BarInput {
  /** Baseline of the label, which sits above its bar. */
  labelY: number
  y: number
  width: number
}

export interface BarChartLayout {
  width: number
  height: number
  plotWidth: number
  barHeight: number
  bars: Bar[]
  gridlines: { x: number; label: string }[]
  /** Where the axis labels sit. */
  axisY: number
}

export interface BarChartOptions {
  width?: number
  barHeight?: number
  labelHeight?: number
  gap?: number
  /** Room to the right of the longest bar for its value. */
  valueRoom?: number
}

/**
 * Lays out a horizontal bar chart with each label above its bar, so the chart stays legible
 * when it shrinks to a phone's width: one bar per input (in the given order), widths in
 * proportion to the value on a nice scale from zero, gridlines at its ticks. A null value (no
 * rate) gets no bar, only its text.
 *
 * @example
 * ```ts
 * const chart = barChart([{ label: 'A', value: 20, valueText: '20.0' }, { label: 'B', value: 40, valueText: '40.0' }])
 * chart.bars.map((b) => b.width / chart.plotWidth) //=> [0.5, 1]
 * ```
 */
export function barChart(
  inputs: readonly BarInput[],
  options: BarChartOptions = {}
): BarChartLayout {
  const { width = 360, barHeight = 18, labelHeight = 20, gap = 10, valueRoom = 44 } = options
  const plotWidth = width - valueRoom
  const values = inputs.map((input) => input.value).filter((v): v is number => v !== null)
  const scale = niceScale(Math.max(0, ...values))
  const x = (value: number) => (Math.max(0, value) / scale.max) * plotWidth
  const row = labelHeight + barHeight + gap
  const bars = inputs.map((input, index) => ({
    ...input,
    labelY: index * row + labelHeight - 5,
    y: index * row + labelHeight,
    width: input.value === null ? 0 : x(input.value),
  }))
  const plotHeight = inputs.length * row
  return {
    width,
    height: plotHeight + 20,
    plotWidth,
    barHeight,
    bars,
    gridlines: scale.ticks.map((tick) => ({ x: x(tick), label: String(tick) })),
    axisY: plotHeight + 14,
  }
}

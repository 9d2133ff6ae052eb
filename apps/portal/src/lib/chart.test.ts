import { describe, expect, it } from 'vitest'
import { barChart, niceScale } from './chart.ts'

describe('niceScale', () => {
  it.each([
    [37.6, 40, [0, 10, 20, 30, 40]],
    [5.2, 6, [0, 2, 4, 6]],
    [2.8, 3, [0, 1, 2, 3]],
    [0.9, 1, [0, 0.25, 0.5, 0.75, 1]],
    [1000, 1000, [0, 250, 500, 750, 1000]],
    [40, 40, [0, 10, 20, 30, 40]],
  ])('puts %f under a nice maximum', (max, niceMax, ticks) => {
    expect(niceScale(max)).toEqual({ max: niceMax, ticks })
  })

  it('gives an axis even when everything is zero or not a number', () => {
    expect(niceScale(0).max).toBe(1)
    expect(niceScale(Number.NaN).max).toBe(1)
  })

  it('never puts the maximum below the value', () => {
    for (let value = 0.1; value < 500; value *= 1.37) {
      expect(niceScale(value).max).toBeGreaterThanOrEqual(value)
    }
  })
})

describe('barChart', () => {
  const inputs = [
    { label: 'A', value: 20, valueText: '20.0' },
    { label: 'B', value: 40, valueText: '40.0', highlight: true },
    { label: 'C', value: null, valueText: 'no rate' },
  ]

  it('draws bars in proportion to their values on the nice scale', () => {
    const chart = barChart(inputs)
    expect(chart.bars.map((b) => b.width / chart.plotWidth)).toEqual([0.5, 1, 0])
    expect(chart.bars[1]!.highlight).toBe(true)
  })

  it('stacks rows without overlap and fits them in the picture', () => {
    const chart = barChart(inputs)
    for (const [index, bar] of chart.bars.entries()) {
      expect(bar.labelY).toBeLessThan(bar.y)
      const next = chart.bars[index + 1]
      if (next) expect(bar.y + chart.barHeight).toBeLessThan(next.labelY - 10)
    }
    expect(chart.axisY).toBeLessThanOrEqual(chart.height)
    expect(chart.gridlines.map((g) => g.label)).toEqual(['0', '10', '20', '30', '40'])
    expect(chart.gridlines.at(-1)!.x).toBe(chart.plotWidth)
  })

  it('leaves room to the right of the longest bar for its value', () => {
    const chart = barChart(inputs)
    expect(chart.width - chart.plotWidth).toBeGreaterThanOrEqual(40)
  })
})

import { describe, expect, it } from 'vitest'
import { childAreas, comparisonAreas, derbyshireAreas, findArea } from './areas.ts'

describe('derbyshireAreas', () => {
  it('has the 11 areas with unique codes', () => {
    expect(derbyshireAreas).toHaveLength(11)
    expect(new Set(derbyshireAreas.map((a) => a.code)).size).toBe(11)
  })

  it('sums the eight districts to the county and county + Derby to the force area', () => {
    const sum = (parent: string) =>
      childAreas(derbyshireAreas, parent).reduce((total, a) => total + a.population16Plus, 0)
    expect(childAreas(derbyshireAreas, 'E10000007')).toHaveLength(8)
    expect(sum('E10000007')).toBe(findArea(derbyshireAreas, 'E10000007')?.population16Plus)
    expect(sum('E23000018')).toBe(findArea(derbyshireAreas, 'E23000018')?.population16Plus)
  })

  it('finds areas by code, name and alias', () => {
    expect(findArea(derbyshireAreas, 'derby city')?.code).toBe('E06000015')
    expect(findArea(derbyshireAreas, 'South Derbyshire')?.code).toBe('E07000039')
    expect(findArea(derbyshireAreas, 'Nowhere')).toBeUndefined()
  })

  it('compares the eight districts and Derby', () => {
    expect(comparisonAreas(derbyshireAreas).map((a) => a.name)).toContain('Derby')
    expect(comparisonAreas(derbyshireAreas)).toHaveLength(9)
  })
})

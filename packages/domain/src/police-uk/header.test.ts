import { describe, expect, it } from 'vitest'
import { checkPoliceUkStreetHeader, policeUkStreetColumns } from './header.ts'

const street = [...policeUkStreetColumns]

describe('checkPoliceUkStreetHeader', () => {
  it('accepts the 12 street-level columns, ignoring spaces around names', () => {
    expect(policeUkStreetColumns).toHaveLength(12)
    expect(checkPoliceUkStreetHeader(street)).toBeUndefined()
    expect(checkPoliceUkStreetHeader(street.map((c) => ` ${c} `))).toBeUndefined()
  })

  it('names the expected and found columns and what is missing', () => {
    const message = checkPoliceUkStreetHeader(['Month', 'Crime type'])
    expect(message).toContain(`"${street.join(',')}"`)
    expect(message).toContain('found 2 columns "Month,Crime type"')
    expect(message).toContain('missing: Crime ID, Reported by')
  })

  it('reports unexpected and out-of-order columns', () => {
    expect(checkPoliceUkStreetHeader([...street.slice(0, 11), 'Notes'])).toMatch(
      /missing: Context; unexpected: "Notes"/
    )
    const swapped = [street[1], street[0], ...street.slice(2)] as string[]
    expect(checkPoliceUkStreetHeader(swapped)).toMatch(/out of order/)
    expect(checkPoliceUkStreetHeader(street.map((c) => c.toLowerCase()))).toMatch(
      /missing: Crime ID/
    )
  })

  it('keeps the message short for a very wide header', () => {
    const wide = Array.from({ length: 500 }, (_, i) => `Column ${i}`)
    const message = checkPoliceUkStreetHeader(wide) ?? ''
    expect(message).toContain('"Column 9" and 490 more')
    expect(message.length).toBeLessThan(1000)
  })

  it('recognises outcomes and stop-and-search files', () => {
    const outcomes = [...street.slice(0, 9), 'Outcome type']
    expect(checkPoliceUkStreetHeader(outcomes)).toMatch(/outcomes file/)
    const stops = ['Type', 'Date', 'Part of a policing operation', 'Object of search', 'Outcome']
    expect(checkPoliceUkStreetHeader(stops)).toMatch(/stop-and-search file/)
  })
})

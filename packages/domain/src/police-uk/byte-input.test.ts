import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregatePoliceUkStreet } from './aggregator.ts'
import { csvLine, generateStreetRows, streetHeader, streetRow } from './test-fixtures.ts'
import { cut, traps, trapsFile as file, trapsResult } from './traps-fixture.ts'
import { utf8Bytes } from './utf8.ts'

/** Yields `bytes` through one buffer of `size` bytes, refilled for every chunk. */
function* reused(bytes: Uint8Array, size: number) {
  const buffer = new Uint8Array(size)
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size)
    buffer.fill(0x2c) // commas: any view kept past its turn would now read as garbage
    buffer.set(piece)
    yield buffer.subarray(0, piece.length)
  }
  buffer.fill(0x22)
}

const generated = (seed: number) =>
  [streetHeader, ...generateStreetRows(seed, ['2024-06'], 60).map(csvLine)].join('\r\n')

describe('aggregatePoliceUkStreet on byte chunks', () => {
  it('reads views of one reused buffer exactly as the whole text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 400 }), async (seed, size) => {
        const text = generated(seed)
        const expected = await aggregatePoliceUkStreet(text, { file })
        expect(await aggregatePoliceUkStreet(reused(utf8Bytes(text), size), { file })).toEqual(
          expected
        )
      }),
      { numRuns: 60 }
    )
    for (const size of [1, 2, 3, 5, 64, 4096]) {
      expect(await aggregatePoliceUkStreet(reused(utf8Bytes(traps), size), { file })).toEqual(
        trapsResult
      )
    }
  })

  it('gives the same result from bytes as from strings cut at the same characters (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.nat(), { maxLength: 20 }), async (seed, at) => {
        const text = generated(seed)
        const fromText = await aggregatePoliceUkStreet(cut(text, at))
        const fromBytes = await aggregatePoliceUkStreet(cut(utf8Bytes(text), at))
        expect(fromBytes).toEqual(fromText)
      }),
      { numRuns: 60 }
    )
  })

  it('keeps a multibyte district name whole wherever its bytes are cut', async () => {
    const line = csvLine(streetRow({ month: '2024-06', lsoaName: 'Ynys Môn 003B', crimeType: 'Drugs' })) // prettier-ignore
    const bytes = utf8Bytes(`${streetHeader}\n${line}\n${line}\n`)
    const o = bytes.indexOf(0xc3) // the first byte of ô
    for (let split = o - 6; split <= o + 9; split++) {
      const result = await aggregatePoliceUkStreet([bytes.subarray(0, split), bytes.subarray(split)]) // prettier-ignore
      expect(result.counts.map((c) => [c.district, c.count])).toEqual([['Ynys Môn', 2]])
    }
  })

  it('drops a byte-order mark cut across chunks', async () => {
    const bytes = utf8Bytes(traps)
    for (const at of [[1], [2], [1, 2], [3], [0, 1]]) {
      expect(await aggregatePoliceUkStreet(cut(bytes, at), { file })).toEqual(trapsResult)
    }
  })

  it('reads quoted and doubled-quote values in the fields it interprets', async () => {
    const text = [
      streetHeader,
      `,"2024-06","Derby""shire","x",,,,,"Say ""hi"" 001A","Drugs",,`,
      `,2024-06,Derbyshire,x,,,,,"Derby 013H","Burglary",,`,
      `,2024-06,Derbyshire,x,,,,,"Derby 013H","Drug""s",,`,
      `,2024-08,"Derby""shire",x,,,,,,Drugs,,`,
    ].join('\n')
    for (const chunks of [text, cut(utf8Bytes(text), [150, 151, 152, 153, 180])]) {
      const result = await aggregatePoliceUkStreet(chunks)
      expect(result.counts.map((c) => [c.district, c.crimeType, c.count])).toEqual([
        ['Derby', 'Burglary', 1],
        ['Say "hi"', 'Drugs', 1],
      ])
      expect(result.errors.map((e) => e.message)).toEqual([
        'unknown crime type "Drug\\"s" on 1 row (line 4); not counted',
      ])
      expect(result.gaps).toContainEqual({ month: '2024-07', force: 'Derby"shire', crimeType: null, kind: 'missing-month' }) // prettier-ignore
    }
  })

  it('shows malformed UTF-8 as U+FFFD, counting such names as one district', async () => {
    const head = utf8Bytes(`${streetHeader}\n`)
    const row = (bad: number) =>
      new Uint8Array([...utf8Bytes(',2024-06,D,D,,,,,X'), bad, ...utf8Bytes(' 001A,Drugs,,\n')])
    const result = await aggregatePoliceUkStreet([head, row(0xff), row(0xfe), row(0xc3)])
    expect(result.counts.map((c) => [c.district, c.count])).toEqual([['X\uFFFD', 3]])
  })
})

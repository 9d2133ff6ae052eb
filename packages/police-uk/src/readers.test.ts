import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { aggregatePoliceUkStreet, createPoliceUkAggregator } from '@csp/domain/police-uk'
import { describe, expect, it } from 'vitest'
import { geography } from '../test/fake-geography.ts'
import {
  aggregatePoliceUkChunksInWorker,
  aggregatePoliceUkStreamsInWorker,
  policeUkFileChunks,
  policeUkFileName,
  readPoliceUkFiles,
  readPoliceUkFilesInWorkers,
  type PoliceUkFile,
} from './index.ts'

// Real police.uk files: OGL v3.0, attribution and provenance in fixtures/police-uk/README.md.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/police-uk/${name}`, import.meta.url))
const london = fixture('2023-01-city-of-london-street.csv')
const notts = fixture('2024-12-nottinghamshire-street-extract.csv')
const geographyModule = {
  module: new URL('../test/fake-geography.ts', import.meta.url),
  exportName: 'geography',
}

describe('readPoliceUkFiles', () => {
  it('reads each file through one reused buffer, naming errors by file name', async () => {
    const aggregator = await readPoliceUkFiles([{ path: london }, { path: notts, name: 'n.csv' }])
    const result = aggregator.result()
    expect(result.rows).toBe(719 + 791)
    expect(result.months).toEqual(['2023-01', '2024-12'])
    const direct = createPoliceUkAggregator()
    await direct.add(readFileSync(london), { file: '2023-01-city-of-london-street.csv' })
    await direct.add(readFileSync(notts), { file: 'n.csv' })
    expect(result).toEqual(direct.result())
  })

  it('hands out views of one buffer, refilled for each chunk', () => {
    const buffer = new Uint8Array(4096)
    const chunks = [...policeUkFileChunks(london, buffer)].map((chunk) => chunk.buffer)
    expect(new Set(chunks)).toEqual(new Set([buffer.buffer]))
  })
})

describe('readPoliceUkFilesInWorkers', () => {
  // The real samples, twice over.
  const files: PoliceUkFile[] = [
    { path: london },
    { path: notts },
    { path: notts, name: 'again.csv' },
    { path: london, name: 'london-again.csv' },
  ]

  it.each([1, 2, 3])(
    'with %i threads equals the single-threaded reader exactly',
    async (workers) => {
      const sequential = (await readPoliceUkFiles(files)).result()
      const parallel = (await readPoliceUkFilesInWorkers(files, { workers })).result()
      expect(parallel).toEqual(sequential)
      expect(parallel.lsoaCounts.length).toBeGreaterThan(300)
    }
  )

  it('places rows with a geography module each thread imports, as on this thread', async () => {
    const sequential = (await readPoliceUkFiles(files, { geography })).result()
    const parallel = await readPoliceUkFilesInWorkers(files, {
      workers: 2,
      geography: geographyModule,
    })
    expect(parallel.result()).toEqual(sequential)
    expect(sequential.placement.pointInPolygon).toBeGreaterThan(0)
    expect(sequential.gridCounts.length).toBeGreaterThan(0)
    const asFunction = { module: geographyModule.module, exportName: 'makeGeography' }
    const again = await readPoliceUkFilesInWorkers(files, { workers: 2, geography: asFunction })
    expect(again.result()).toEqual(sequential)
  })

  it('keeps the errors in file order, whichever thread finishes first', async () => {
    const bad = `${readFileSync(london, 'utf8').split('\n')[0]}\nnot,a,row\n`
    const badFile = join(mkdtempSync(join(tmpdir(), 'csp-police-uk-')), 'bad.csv')
    writeFileSync(badFile, bad)
    const withErrors = [
      { path: notts },
      { path: badFile },
      { path: london },
      { path: badFile, name: 'bad-2.csv' },
    ]
    const sequential = (await readPoliceUkFiles(withErrors)).result()
    const parallel = (await readPoliceUkFilesInWorkers(withErrors, { workers: 3 })).result()
    expect(parallel.errors.map((e) => e.file)).toEqual(['bad.csv', 'bad-2.csv'])
    expect(parallel).toEqual(sequential)
  })

  it('reports progress up to every row and byte read', async () => {
    const seen: { rows: number; bytes: number }[] = []
    await readPoliceUkFilesInWorkers(files, {
      workers: 2,
      progressEvery: 100,
      onProgress: (p) => seen.push(p),
    })
    expect(seen.at(-1)).toEqual(expect.objectContaining({ rows: 2 * (719 + 791) }))
    expect(Math.max(...seen.map((p) => p.bytes))).toBe(
      2 * (readFileSync(london).length + readFileSync(notts).length)
    )
  })

  it('rejects with the reason when a file cannot be read', async () => {
    await expect(
      readPoliceUkFilesInWorkers([{ path: london }, { path: '/nonexistent/x.csv' }], { workers: 2 })
    ).rejects.toThrow(/ENOENT/)
  })

  it('rejects with the reason when the geography module has no such export', async () => {
    const geography = { module: geographyModule.module, exportName: 'nothing' }
    await expect(readPoliceUkFilesInWorkers([{ path: london }], { geography })).rejects.toThrow(
      /no geography export "nothing"/
    )
  })
})

describe('aggregatePoliceUkChunksInWorker', () => {
  /** Yields the bytes in pieces of the given size from one reused buffer, as an upload might. */
  async function* pieces(bytes: Uint8Array, size: number) {
    const buffer = new Uint8Array(size)
    for (let at = 0; at < bytes.length; at += size) {
      const piece = bytes.subarray(at, at + size)
      buffer.set(piece)
      yield buffer.subarray(0, piece.length)
    }
  }

  it('aggregates a stream of byte chunks off the main thread, as in-thread reading does', async () => {
    const bytes = readFileSync(notts)
    const expected = await aggregatePoliceUkStreet(bytes, { file: 'upload.csv', geography })
    for (const size of [1000, 65_536]) {
      const aggregator = await aggregatePoliceUkChunksInWorker(pieces(bytes, size), {
        file: 'upload.csv',
        geography: geographyModule,
      })
      expect(aggregator.result()).toEqual(expected)
    }
  })

  it('rejects with the source’s error and stops the thread when the stream breaks', async () => {
    async function* broken() {
      yield readFileSync(london).subarray(0, 5000)
      throw new Error('connection reset')
    }
    await expect(aggregatePoliceUkChunksInWorker(broken())).rejects.toThrow('connection reset')
  })
})

describe('aggregatePoliceUkStreamsInWorker', () => {
  it('reads several streams on one thread, as reading the files one after another does', async () => {
    const files: PoliceUkFile[] = [{ path: london }, { path: notts }]
    const expected = (await readPoliceUkFiles(files, { geography })).result()
    const aggregator = await aggregatePoliceUkStreamsInWorker(
      files.map((file) => ({
        name: policeUkFileName(file),
        chunks: policeUkFileChunks(file.path),
      })),
      { geography: geographyModule }
    )
    expect(aggregator.result()).toEqual(expected)
  })

  it('keeps each stream’s errors in order', async () => {
    const header = readFileSync(london, 'utf8').split('\n')[0]
    const bad = (n: number) => new TextEncoder().encode(`${header}\nnot,a,row,${n}\n`)
    const aggregator = await aggregatePoliceUkStreamsInWorker([
      { name: 'first.csv', chunks: [bad(1)] },
      { name: 'second.csv', chunks: [bad(2)] },
    ])
    expect(aggregator.result().errors.map((e) => e.file)).toEqual(['first.csv', 'second.csv'])
  })

  it.runIf(process.platform === 'linux')(
    'reads at a lower priority than the thread that answers requests',
    async () => {
      // /proc/self/task/<thread>/stat: the nice value is the 19th field.
      const niceValues = () =>
        readdirSync('/proc/self/task').map((thread) => {
          const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8')
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
        })
      const header = readFileSync(london, 'utf8').split('\n')[0]
      let whileReading: number[] = []
      async function* held() {
        yield new TextEncoder().encode(`${header}\n`)
        await expect.poll(niceValues).toContain(10)
        whileReading = niceValues()
      }
      await aggregatePoliceUkStreamsInWorker([{ name: 'held.csv', chunks: held() }])
      expect(whileReading).toContain(10)
      // This thread, which answers requests, keeps its own.
      expect(niceValues()[0]).toBe(0)
    }
  )
})

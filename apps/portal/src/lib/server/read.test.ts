import { describe, expect, it } from 'vitest'
import { allItems, maxPages } from './read.ts'

describe('allItems', () => {
  it('follows each page’s next link by its cursor until the last page', async () => {
    const pages: Record<string, { items: number[]; next: string | null }> = {
      first: { items: [1, 2], next: '/v1/organisations?limit=2&cursor=b' },
      b: { items: [3, 4], next: '/v1/organisations?limit=2&cursor=c' },
      c: { items: [5], next: null },
    }
    const asked: (string | undefined)[] = []
    const items = await allItems(async (cursor) => {
      asked.push(cursor)
      return pages[cursor ?? 'first']!
    })
    expect(items).toEqual([1, 2, 3, 4, 5])
    expect(asked).toEqual([undefined, 'b', 'c'])
  })

  it(`gives up with a 503 after ${maxPages} pages`, async () => {
    let asked = 0
    const endless = allItems(async () => {
      asked += 1
      return { items: [asked], next: `/v1/pspos?cursor=p${asked}` }
    })
    await expect(endless).rejects.toMatchObject({ status: 503 })
    expect(asked).toBe(maxPages)
  })
})

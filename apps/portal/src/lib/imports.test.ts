import { describe, expect, it } from 'vitest'
import {
  batchSummary,
  formatBytes,
  formatDateTime,
  refusalMessage,
  statusOf,
  uploadAnnouncement,
} from './imports.ts'

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1132, '1.1 kB'],
    [165_969, '166 kB'],
    [999_949, '999.9 kB'],
    [2_145_449, '2.1 MB'],
    [2_150_000, '2.2 MB'],
    [64_000_000, '64 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('statusOf', () => {
  it('words a known status and passes an unknown one through', () => {
    expect(statusOf('succeeded').text).toBe('Imported')
    expect(statusOf('paused')).toEqual({ text: 'paused', classes: 'govuk-tag--grey' })
  })
})

describe('formatDateTime', () => {
  it('writes UK time, in summer and in winter', () => {
    expect(formatDateTime('2026-07-01T07:05:00Z')).toBe('1 July 2026 at 8:05am')
    expect(formatDateTime('2026-11-26T13:30:00Z')).toBe('26 November 2026 at 1:30pm')
  })
})

describe('refusalMessage', () => {
  it('says what to do when no action answered', () => {
    expect(refusalMessage({ refused: 'connection' })).toMatch(/check your connection/)
    expect(refusalMessage({ refused: 'status', status: 413 })).toMatch(/send fewer files/)
    expect(refusalMessage({ refused: 'status', status: 502 })).toBe(
      'The upload was refused (the server answered 502): try again'
    )
  })
})

describe('uploadAnnouncement', () => {
  it('speaks when sending starts and when it ends, not in between', () => {
    expect(uploadAnnouncement(null, 1)).toBe('')
    const start = uploadAnnouncement({ done: false, total: 2_145_449 }, 1)
    expect(start).toBe('Sending the file (2.1 MB).')
    expect(uploadAnnouncement({ done: false, total: 2_145_449 }, 1)).toBe(start)
    expect(uploadAnnouncement({ done: true, total: 2_145_449 }, 2)).toBe(
      'Sent. Importing 2 files: the report opens when it is done.'
    )
  })
})

describe('batchSummary', () => {
  it('is a success only when every file was imported', () => {
    expect(batchSummary(['succeeded'])).toEqual({ success: true, heading: 'One file imported' })
    expect(batchSummary(['succeeded', 'succeeded'])).toEqual({
      success: true,
      heading: '2 files imported',
    })
    expect(batchSummary(['failed'])).toEqual({
      success: false,
      heading: 'One file was read: 1 not imported',
    })
    expect(batchSummary(['succeeded', 'failed', 'cancelled'])).toEqual({
      success: false,
      heading: '3 files were read: 2 not imported',
    })
  })
})

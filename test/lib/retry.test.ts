import { describe, expect, it } from 'vitest'
import {
  DOWNLOAD_RETRY,
  downloadRetryPolicy,
  PermanentFailure,
  retriedMessage,
  RetriesFailed,
  withRetries
} from '../../src/lib/retry.js'
import { memoryLogger } from '../action/helpers.js'

const FAST = { attempts: 5, firstDelayMs: 5, maxDelayMs: 20 }

describe('withRetries', () => {
  it('retries a failing attempt with doubling waits (capped), then returns its value', async () => {
    const logger = memoryLogger()
    const cleanups: number[] = []
    let n = 0
    const value = await withRetries(
      async (attempt) => {
        n = attempt
        if (attempt < 5) throw new Error(`reset ${attempt}`)
        return 'done'
      },
      { policy: FAST, logger, what: 'download of x', cleanup: async () => void cleanups.push(n) }
    )
    expect(value).toBe('done')
    expect(cleanups).toEqual([1, 2, 3, 4])
    expect(logger.lines).toEqual([
      'warning: download of x: attempt 1 of 5 failed (reset 1); retrying in 5 ms',
      'warning: download of x: attempt 2 of 5 failed (reset 2); retrying in 10 ms',
      'warning: download of x: attempt 3 of 5 failed (reset 3); retrying in 20 ms',
      'warning: download of x: attempt 4 of 5 failed (reset 4); retrying in 20 ms'
    ])
  })

  it('gives up after the last attempt with its reason; a permanent failure stops at once', async () => {
    const always = withRetries(
      async (attempt) => {
        throw new Error(`HTTP 500 (${attempt})`)
      },
      { policy: FAST, logger: memoryLogger(), what: 'x' }
    )
    const failed = await always.catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(RetriesFailed)
    expect(retriedMessage('download of x', failed as RetriesFailed)).toBe(
      'download of x failed after 5 attempts: HTTP 500 (5)'
    )

    let calls = 0
    const missing = await withRetries(
      async () => {
        calls++
        throw new PermanentFailure('HTTP 404 Not Found')
      },
      { policy: FAST, logger: memoryLogger(), what: 'x' }
    ).catch((e: unknown) => e as RetriesFailed)
    expect(calls).toBe(1)
    expect(retriedMessage('download of x', missing)).toBe(
      'download of x failed: HTTP 404 Not Found'
    )

    // a library that retried by itself: its tries count
    const client = await withRetries(
      async (attempt) => {
        if (attempt === 1) throw new Error('digest mismatch')
        throw new PermanentFailure('blob storage failed 5 times', undefined, 5)
      },
      { policy: FAST, logger: memoryLogger(), what: 'x' }
    ).catch((e: unknown) => e as RetriesFailed)
    expect(client.attempts).toBe(6)
  })

  it('the default: 5 attempts, 1-2-4-8 s; ETCD_RESTORE_RETRY_DELAY_MS shortens the waits', () => {
    expect(downloadRetryPolicy({})).toEqual(DOWNLOAD_RETRY)
    expect(DOWNLOAD_RETRY).toEqual({ attempts: 5, firstDelayMs: 1000, maxDelayMs: 8000 })
    expect(downloadRetryPolicy({ ETCD_RESTORE_RETRY_DELAY_MS: '10' })).toEqual({
      attempts: 5,
      firstDelayMs: 10,
      maxDelayMs: 80
    })
    expect(downloadRetryPolicy({ ETCD_RESTORE_RETRY_DELAY_MS: 'soon' })).toEqual(DOWNLOAD_RETRY)
  })
})

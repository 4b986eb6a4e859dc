/**
 * Bounded retries with exponential back-off for downloads (the snapshot artifact, etcd
 * releases): a failed attempt that may pass next time (a reset connection, HTTP 5xx, a short
 * body) is tried again after 1, 2, 4, 8 s, at most 5 attempts (15 s of waiting in all); one that
 * will not (HTTP 404, a refused tarball) ends at once. The caller turns the last failure into
 * its one error line with `retriedMessage`.
 */
import { errorMessage } from './errors.js'
import type { Logger } from './logger.js'

export interface RetryPolicy {
  /** Attempts in all, the first included (≥ 1). */
  attempts: number
  /** The wait after the first failure; each next wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number
  maxDelayMs: number
}

export const DOWNLOAD_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 1_000, maxDelayMs: 8_000 }

/**
 * The download policy, with `ETCD_RESTORE_RETRY_DELAY_MS` (a test hook, like
 * `ETCD_RESTORE_PAUSE_AT`) as the first wait, so tests of a bundled action wait milliseconds.
 */
export function downloadRetryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const first = Number(env.ETCD_RESTORE_RETRY_DELAY_MS)
  if (env.ETCD_RESTORE_RETRY_DELAY_MS === undefined || !Number.isFinite(first) || first < 0)
    return DOWNLOAD_RETRY
  return { ...DOWNLOAD_RETRY, firstDelayMs: first, maxDelayMs: first * 8 }
}

/**
 * An attempt's failure that another attempt will not fix (or that a library already retried:
 * `attempts` then counts its tries): `withRetries` stops at once.
 */
export class PermanentFailure extends Error {
  constructor(
    message: string,
    readonly original?: unknown,
    readonly attempts = 1
  ) {
    super(message)
    this.name = 'PermanentFailure'
  }
}

/** What `withRetries` throws after its last attempt: how many were made and the last reason. */
export class RetriesFailed extends Error {
  constructor(
    readonly attempts: number,
    readonly reason: string,
    readonly last: unknown
  ) {
    super(reason)
    this.name = 'RetriesFailed'
  }
}

/** `<what> failed: <reason>` after one attempt, `<what> failed after N attempts: <reason>` after more. */
export function retriedMessage(what: string, failure: RetriesFailed): string {
  const after = failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''
  return `${what} failed${after}: ${failure.reason}`
}

/**
 * Runs `attempt` (given its 1-based number) until it resolves, throws a `PermanentFailure`, or
 * `policy.attempts` have failed; each retry is logged with its reason and wait. Throws
 * `RetriesFailed`; `cleanup` runs after every failed attempt (the partial file goes).
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  options: {
    policy: RetryPolicy
    logger: Logger
    /** For the retry lines: "download of <url>". */
    what: string
    cleanup?: () => Promise<void>
  }
): Promise<T> {
  const { policy, logger } = options
  let delay = policy.firstDelayMs
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      await options.cleanup?.()
      const permanent = error instanceof PermanentFailure
      const reason = errorMessage(error)
      if (permanent)
        throw new RetriesFailed(n - 1 + error.attempts, reason, error.original ?? error)
      if (n >= policy.attempts) throw new RetriesFailed(n, reason, error)
      logger.warn(
        `${options.what}: attempt ${n} of ${policy.attempts} failed (${reason}); ` +
          `retrying in ${formatDelay(delay)}`
      )
      await new Promise((done) => setTimeout(done, delay))
      delay = Math.min(delay * 2, policy.maxDelayMs)
    }
  }
}

function formatDelay(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`
}

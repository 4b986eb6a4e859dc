/**
 * The download → verify → binary check sequence both front ends share. The action plugs in
 * @actions/http-client (proxy-aware) and @actions/tool-cache (extractTar, cacheDir); the CLI
 * plugs in fetch and the tar library with its own cache (cli-cache.ts). Both retry a download
 * the same way (`retryingDownload`).
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { findEtcd } from './etcd-binary.js'
import { errorMessage, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import {
  downloadRetryPolicy,
  PermanentFailure,
  retriedMessage,
  RetriesFailed,
  withRetries,
  type RetryPolicy
} from '../retry.js'
import { EtcdReleaseError, type ReleaseFiles } from './releases.js'
import { checkTarball, sha256FromSums, type ExpectedSha256 } from './verify.js'

/** Downloads a URL into a new file and returns its path; throws one EtcdReleaseError line. */
export type Download = (url: string) => Promise<string>

/**
 * One try at fetching `url` into the new file `dest`. It throws `attemptFailed`: an HTTP status,
 * a dropped connection, a body shorter than its Content-Length.
 */
export type DownloadAttempt = (url: string, dest: string) => Promise<void>

/** A failed try; `retryable` when another try may pass (see `retryableStatus`). */
export function attemptFailed(detail: string, retryable: boolean, cause?: unknown): Error {
  return retryable ? new Error(detail, { cause }) : new PermanentFailure(detail, cause)
}

/** HTTP statuses worth another try: 5xx, 408 Request Timeout, 429 Too Many Requests. */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429
}

/**
 * Downloads into new files under `dir`, each URL tried up to `policy.attempts` times with
 * exponential back-off (lib/retry.ts); a failed try's partial file is removed before the next.
 * The last failure is one line: `download of <url> failed after 5 attempts: <reason>`.
 */
export function retryingDownload(
  dir: string,
  attempt: DownloadAttempt,
  logger: Logger,
  policy: RetryPolicy = downloadRetryPolicy()
): Download {
  let n = 0
  return async (url) => {
    const dest = join(dir, `download-${++n}`)
    const what = `download of ${url}`
    try {
      await withRetries(() => attempt(url, dest), {
        ...{ policy, logger, what },
        cleanup: () => rm(dest, { force: true })
      })
    } catch (error) {
      if (!(error instanceof RetriesFailed)) throw error
      throw new EtcdReleaseError(retriedMessage(what, error), { cause: error.last })
    }
    return dest
  }
}

/** A downloaded tarball whose sha256 matched. */
export interface VerifiedTarball {
  path: string
  sha256: string
  /** The pin's name or `SHA256SUMS`. */
  verifiedBy: string
}

/**
 * Downloads the tarball and returns it once its sha256 matches `pin` or its line in the
 * release's SHA256SUMS; a tarball that does not match is deleted before the error is thrown.
 */
export async function downloadVerified(
  files: ReleaseFiles,
  pin: ExpectedSha256 | undefined,
  download: Download,
  logger: Logger
): Promise<VerifiedTarball> {
  let expected = pin
  if (expected === undefined) {
    const sums = await download(files.sumsUrl)
    try {
      expected = sha256FromSums(await readFile(sums, 'utf8'), files)
    } finally {
      await rm(sums, { force: true })
    }
  }
  logger.info(`Downloading ${files.tarballUrl}`)
  const tarball = await download(files.tarballUrl)
  try {
    await checkTarball(tarball, files, expected)
  } catch (error) {
    await rm(tarball, { force: true })
    throw error
  }
  logger.info(`${files.tarball}: sha256 ${expected.sha256} matches ${expected.source}`)
  return { path: tarball, sha256: expected.sha256, verifiedBy: expected.source }
}

/**
 * The etcd server in an extracted release folder (the tarball's top folder), checked to run and
 * to report the requested version: a mirror serving the wrong build is refused.
 */
export function releaseServer(dir: string, files: ReleaseFiles): { path: string; version: string } {
  let found: { path: string; version: string }
  try {
    found = findEtcd(`${dir}/etcd`)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new EtcdReleaseError(`${files.tarball}: ${errorMessage(error)}`, { cause: error })
  }
  if (found.version !== files.version)
    throw new EtcdReleaseError(
      `${files.tarball} holds etcd ${found.version}, not ${files.version}: refusing it`
    )
  return found
}

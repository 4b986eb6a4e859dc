/**
 * The download → verify → binary check sequence both front ends share. The action plugs in
 * @actions/tool-cache (downloadTool, extractTar, cacheDir); the CLI plugs in fetch and the tar
 * library with its own cache (cli-cache.ts).
 */
import { readFile, rm } from 'node:fs/promises'
import { findEtcd } from './etcd-binary.js'
import { errorMessage, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { EtcdReleaseError, type ReleaseFiles } from './releases.js'
import { checkTarball, sha256FromSums, type ExpectedSha256 } from './verify.js'

/** Downloads a URL into a new file and returns its path; throws via downloadFailed. */
export type Download = (url: string) => Promise<string>

/** The one line for a failed download: an HTTP status, a dropped connection, a short body. */
export function downloadFailed(url: string, detail: string, cause?: unknown): EtcdReleaseError {
  return new EtcdReleaseError(`download of ${url} failed: ${detail}`, { cause })
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

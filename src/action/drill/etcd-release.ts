import { HttpClient } from '@actions/http-client'
import * as tc from '@actions/tool-cache'
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { placeRelease } from '../../lib/etcd-release/install-dir.js'
import { resolveRelease } from '../../lib/etcd-release/cluster-version.js'
import {
  attemptFailed,
  downloadVerified,
  releaseServer,
  retryableStatus,
  retryingDownload,
  type DownloadAttempt
} from '../../lib/etcd-release/fetch.js'
import { saveBody } from '../../lib/etcd-release/http-download.js'
import { releaseArch, releaseFiles, type ReleaseFiles } from '../../lib/etcd-release/releases.js'
import { errorMessage } from '../../lib/errors.js'
import { trackFolder } from '../../lib/interrupt.js'
import type { Logger } from '../../lib/logger.js'
import { downloadRetryPolicy, type RetryPolicy } from '../../lib/retry.js'
import { Inputs } from '../constants.js'
import type { ReleaseRequest } from '../inputs/types.js'

const TOOL = 'etcd'

/** The etcd server a drill boots, and where it came from (the report and summary say). */
export interface DrillEtcd {
  path: string
  version: string
  /** `etcd-path`, `PATH`, or an official release from the tool cache or just downloaded. */
  source: 'etcd-path' | 'PATH' | 'tool-cache' | 'download'
  /** For a download: the tarball's URL and its verified sha256. */
  url?: string
  sha256?: string
  verifiedBy?: string
}

/**
 * An official etcd release through @actions/tool-cache: found in the runner's tool cache, or
 * downloaded, checked against the pin or SHA256SUMS, extracted and only then cached. A download
 * that breaks (reset, HTTP 5xx, short body) is retried with back-off (lib/retry.ts); a refused
 * tarball or a last failed attempt leaves nothing behind (the work folder is removed; nothing
 * reaches the cache). The cache is written atomically (cacheRelease), so two jobs on one
 * self-hosted runner installing the same release at once both succeed.
 */
export async function toolCacheEtcd(
  request: ReleaseRequest,
  snapshotPath: string,
  logger: Logger,
  retry: RetryPolicy = downloadRetryPolicy()
): Promise<DrillEtcd> {
  const version = await resolveRelease(request.spec, snapshotPath)
  if (request.spec === 'auto')
    logger.info(`${Inputs.EtcdVersion} auto: etcd ${version} for snapshot ${snapshotPath}`)
  const files = releaseFiles(request.mirror, version, releaseArch())
  const cached = tc.find(TOOL, version, files.arch)
  if (cached) {
    try {
      const found = releaseServer(cached, files)
      logger.info(`etcd ${version}: found in the tool cache (${cached})`)
      return { ...found, source: 'tool-cache' }
    } catch (error) {
      // cacheRelease below replaces the folder
      logger.warn(
        `${cached} is unusable (${errorMessage(error)}): downloading etcd ${version} again`
      )
    }
  }
  const work = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-release-'))
  const untrack = trackFolder(work) // a signal mid-download removes it too
  try {
    const pin = request.sha256 && { sha256: request.sha256, source: Inputs.EtcdSha256 }
    const download = retryingDownload(work, httpClientAttempt, logger, retry)
    const tarball = await downloadVerified(files, pin || undefined, download, logger)
    const installed = await cacheRelease(tarball.path, files, logger)
    if (!installed.raced)
      logger.info(`etcd ${version}: verified and cached in the tool cache (${installed.path})`)
    return {
      ...installed.server,
      source: 'download',
      ...{ url: files.tarballUrl, sha256: tarball.sha256, verifiedBy: tarball.verifiedBy }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
    untrack()
  }
}

/**
 * One download attempt with @actions/http-client, as tool-cache's downloadTool makes it (the
 * runner's proxy settings honoured, redirects followed) but without its own retries (3 attempts,
 * 10–20 s apart): retryingDownload retries, the same way as the CLI.
 */
const httpClientAttempt: DownloadAttempt = async (url, dest) => {
  const http = new HttpClient('etcd-restore-action', [], { allowRetries: false })
  let response: Awaited<ReturnType<HttpClient['get']>>
  try {
    response = await http.get(url)
  } catch (error) {
    throw attemptFailed(errorMessage(error), true, error)
  }
  const status = response.message.statusCode ?? 0
  if (status !== 200) {
    response.message.resume()
    const line = `HTTP ${status} ${response.message.statusMessage ?? ''}`.trim()
    throw attemptFailed(line, retryableStatus(status))
  }
  const header = response.message.headers['content-length']
  await saveBody(response.message, header === undefined ? undefined : Number(header), dest)
}

/**
 * tc.cacheDir, made atomic: cacheDir empties the final folder and copies into it, so a second
 * job installing the same release meanwhile would see (or remove) a half-copied folder. Here
 * the tarball is extracted into a staging folder beside the final one
 * (`<tool cache>/etcd/<version>/.staging-<arch>-*`, which tc.find and findAllVersions never list),
 * verified, given its `.complete` marker and renamed into place; the job that loses the rename
 * verifies and uses the winner's folder.
 */
async function cacheRelease(
  tarball: string,
  files: ReleaseFiles,
  logger: Logger
): Promise<{ path: string; server: { path: string; version: string }; raced: boolean }> {
  const root = process.env.RUNNER_TOOL_CACHE
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set: no tool cache to install etcd into')
  const versionDir = join(root, TOOL, files.version)
  const final = join(versionDir, files.arch)
  await mkdir(versionDir, { recursive: true })
  const staging = await mkdtemp(join(versionDir, `.staging-${files.arch}-`))
  try {
    const dir = join(await tc.extractTar(tarball, staging), files.topDir)
    releaseServer(dir, files)
    // before the rename: tc.find wants the folder and the marker, so neither alone is found
    await writeFile(`${final}.complete`, '')
    const placed = await placeRelease(dir, final, (d) => releaseServer(d, files), logger)
    return { path: final, server: placed.installed, raced: placed.raced }
  } finally {
    await rm(staging, { recursive: true, force: true })
    // a refused tarball leaves no empty version folder (one holding a release stays)
    await rmdir(versionDir).catch(() => undefined)
  }
}

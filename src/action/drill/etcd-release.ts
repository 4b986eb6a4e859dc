import * as tc from '@actions/tool-cache'
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { placeRelease } from '../../lib/etcd-release/install-dir.js'
import { resolveRelease } from '../../lib/etcd-release/cluster-version.js'
import { downloadFailed, downloadVerified, releaseServer } from '../../lib/etcd-release/fetch.js'
import { releaseArch, releaseFiles, type ReleaseFiles } from '../../lib/etcd-release/releases.js'
import { errorMessage } from '../../lib/errors.js'
import type { Logger } from '../../lib/logger.js'
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
 * downloaded, checked against the pin or SHA256SUMS, extracted and only then cached. A refused
 * tarball leaves nothing behind (the work folder is removed; nothing reaches the cache). The
 * cache is written atomically (cacheRelease), so two jobs on one self-hosted runner installing
 * the same release at once both succeed.
 */
export async function toolCacheEtcd(
  request: ReleaseRequest,
  snapshotPath: string,
  logger: Logger
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
  try {
    const pin = request.sha256 && { sha256: request.sha256, source: Inputs.EtcdSha256 }
    const tarball = await downloadVerified(files, pin || undefined, download(work), logger)
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
  }
}

/** downloadTool into `dir`, its errors as one line naming the URL. */
function download(dir: string): (url: string) => Promise<string> {
  let n = 0
  return async (url) => {
    try {
      return await tc.downloadTool(url, join(dir, `download-${++n}`))
    } catch (error) {
      if (error instanceof tc.HTTPError) throw downloadFailed(url, `HTTP ${error.httpStatusCode}`)
      // downloadTool retried; a body that stopped early surfaces as ECONNRESET "aborted"
      const early = (error as NodeJS.ErrnoException).code === 'ECONNRESET'
      const detail = errorMessage(error)
      throw downloadFailed(
        url,
        early ? `cut short: connection closed early (${detail})` : detail,
        error
      )
    }
  }
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

import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { x as extractTar } from 'tar'
import { errorMessage } from '../errors.js'
import { trackFolder } from '../interrupt.js'
import type { Logger } from '../logger.js'
import type { RetryPolicy } from '../retry.js'
import { downloadVerified, releaseServer, retryingDownload } from './fetch.js'
import { fetchAttempt } from './http-download.js'
import { discardDir, placeRelease } from './install-dir.js'
import { EtcdReleaseError, releaseArch, releaseFiles } from './releases.js'
import type { ExpectedSha256 } from './verify.js'

/** `$XDG_CACHE_HOME/etcd-restore`, or `~/.cache/etcd-restore`. */
export function etcdCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache')
  return join(base, 'etcd-restore')
}

export interface InstalledEtcd {
  path: string
  version: string
  /** False when the cache already held it. */
  downloaded: boolean
}

/**
 * The etcd server of an official release, from `<root>/etcd/<version>/<arch>/` or else downloaded
 * from `mirror`, verified, extracted in a staging folder beside it and renamed into place: the
 * cache only ever holds whole, verified releases. Two processes installing the same release at
 * once both succeed (placeRelease: the one that loses the rename verifies and uses the other's).
 * A cached release that no longer runs is fetched again. A download that breaks is retried
 * (lib/retry.ts); whatever fails, the staging folder with any partial download is removed.
 */
export async function installRelease(options: {
  version: string
  mirror: string
  pin?: ExpectedSha256
  root?: string
  logger: Logger
  /** The downloads' retries; default 5 attempts, 1–8 s apart (lib/retry.ts). */
  retry?: RetryPolicy
}): Promise<InstalledEtcd> {
  const root = options.root ?? etcdCacheRoot()
  const files = releaseFiles(options.mirror, options.version, releaseArch())
  const final = join(root, 'etcd', files.version, files.arch)
  if (existsSync(final)) {
    try {
      const cached = releaseServer(final, files)
      options.logger.info(`etcd ${files.version}: found in ${final}`)
      return { ...cached, downloaded: false }
    } catch (error) {
      options.logger.warn(`${final} is unusable (${errorMessage(error)}): fetching it again`)
      await discardDir(final)
    }
  }
  await mkdir(join(root, 'etcd'), { recursive: true })
  // in the cache: one file system with the final folder, so the last step is one rename
  const staging = await mkdtemp(join(root, 'etcd', '.staging-'))
  const untrack = trackFolder(staging) // a signal mid-download removes it too
  try {
    const tarball = await downloadVerified(
      files,
      options.pin,
      retryingDownload(staging, fetchAttempt, options.logger, options.retry),
      options.logger
    )
    const out = join(staging, 'x')
    await mkdir(out)
    await extractTar({ file: tarball.path, cwd: out, strict: true }).catch((error: unknown) => {
      throw new EtcdReleaseError(`cannot extract ${files.tarball}: ${errorMessage(error)}`)
    })
    const dir = join(out, files.topDir)
    releaseServer(dir, files)
    await mkdir(join(root, 'etcd', files.version), { recursive: true })
    const placed = await placeRelease(dir, final, (d) => releaseServer(d, files), options.logger)
    if (!placed.raced) options.logger.info(`etcd ${files.version}: verified and cached in ${final}`)
    return { ...placed.installed, downloaded: true }
  } finally {
    await rm(staging, { recursive: true, force: true })
    untrack()
  }
}

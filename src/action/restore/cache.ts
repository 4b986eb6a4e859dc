import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { errorMessage } from '../../lib/errors.js'
import type { Logger } from '../../lib/logger.js'
import type { RestoreReport } from '../../lib/report.js'
import { TOOL_VERSION } from '../../lib/version.js'
import type { RestoreInputs } from '../inputs/types.js'

/** What the produced data-dirs depend on, besides the snapshot's bytes. */
type CacheSpec = Pick<
  RestoreInputs,
  | 'initialCluster'
  | 'initialClusterToken'
  | 'memberNames'
  | 'skipHashCheck'
  | 'markCompacted'
  | 'targetVersion'
  | 'walDir'
  | 'outDir'
  | 'bumpRevision'
  | 'defrag'
>

/**
 * The cache key: sha256 of the snapshot file, a digest of the cluster spec, the target format and
 * the tool version. Any difference gives another key; only exact hits are used (a prefix match
 * would hand back another cluster's data-dirs).
 */
export async function cacheKey(snapshotPath: string, spec: CacheSpec): Promise<string> {
  const file = createHash('sha256')
  await pipeline(createReadStream(snapshotPath), file)
  const clusterSpec = JSON.stringify({
    initialCluster: spec.initialCluster,
    token: spec.initialClusterToken,
    members: spec.memberNames,
    skipHashCheck: spec.skipHashCheck,
    bumpRevision: spec.bumpRevision.toString(),
    markCompacted: spec.markCompacted,
    // the same data, but a compacted db is another file
    defrag: spec.defrag
  })
  const specDigest = createHash('sha256').update(clusterSpec).digest('hex').slice(0, 16)
  return `etcd-restore-${TOOL_VERSION}-v${spec.targetVersion}-${file.digest('hex')}-${specDigest}`
}

/** The folders cached: the data-dirs root (report included) and a separate WAL root. */
export function cachePaths(spec: Pick<RestoreInputs, 'outDir' | 'walDir'>): string[] {
  return spec.walDir ? [spec.outDir, spec.walDir] : [spec.outDir]
}

/**
 * Restores the data-dirs and their report on an exact key hit. Returns the cached report, or
 * undefined on a miss, when the service is unavailable, or when the hit is unusable (then the
 * extracted files are removed so a fresh restore has a clean target).
 */
export async function restoreFromCache(
  key: string,
  spec: CacheSpec,
  reportPath: string,
  logger: Logger
): Promise<RestoreReport | undefined> {
  if (!cache.isFeatureAvailable()) {
    logger.warn('cache: true, but the runner offers no cache service; restoring without it')
    return undefined
  }
  const hit = await cache.restoreCache(cachePaths(spec), key)
  if (hit !== key) {
    logger.info(`No cache entry for ${key}`)
    return undefined
  }
  try {
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as RestoreReport
    const names = report.cluster.members.map((m) => m.name)
    if (spec.memberNames.some((n) => !names.includes(n))) throw new Error('members differ')
    return report
  } catch (error) {
    logger.warn(`Ignoring cache entry ${key}: its report is unusable (${errorMessage(error)})`)
    const roots = cachePaths(spec)
    const dirs = spec.memberNames.flatMap((n) => roots.map((root) => join(root, n)))
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
    await rm(reportPath, { force: true })
    return undefined
  }
}

/** Saves the data-dirs. Best effort: a cache failure is a warning, never a failed restore. */
export async function saveToCache(key: string, spec: CacheSpec, logger: Logger): Promise<void> {
  if (!cache.isFeatureAvailable()) return
  try {
    const id = await cache.saveCache(cachePaths(spec), key)
    if (id !== -1) logger.info(`Saved cache entry ${key} (id ${id})`)
  } catch (error) {
    logger.warn(`Could not save the cache entry ${key}: ${errorMessage(error)}`)
  }
}

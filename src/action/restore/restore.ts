import { join } from 'node:path'
import type { DrillReport } from '../../lib/drill/report.js'
import type { Logger } from '../../lib/logger.js'
import { writeReportFile } from '../../lib/report-file.js'
import type { RestoreReport } from '../../lib/report.js'
import { takeInventory } from '../../lib/inventory/inventory.js'
import { REGISTRY_ROOT } from '../../lib/inventory/prefix.js'
import { restore, type RestoreRunOptions } from '../../lib/restore/index.js'
import { inspectSnapshot } from '../../lib/snapshot/inspect.js'
import { REPORT_FILE } from '../constants.js'
import type { DrillInputs, RestoreInputs } from '../inputs/types.js'
import type { Timings } from '../timings.js'
import type { CacheFacts } from './cache.js'
import { ACTION_ADVICE } from './disk.js'

/** The data-dirs and what made them. */
export interface Restored {
  /** In initial-cluster order; undefined when the drill's restore failed. */
  report?: RestoreReport
  /** Set with verify: boot. */
  drill?: DrillReport
  cacheHit: boolean
  /** With cache: true: the key, hit or saved, and the entry's size. */
  cache?: CacheFacts
  /** The JSON report beside the data-dirs. */
  reportPath: string
}

/**
 * cache → restore, or restore through the drill (verify: boot, `etcdPath` set): the restore is
 * done once, and a drill of a cache hit boots its data-dirs as they are. A fresh restore's report
 * is written at once, so the cache entry carries it.
 */
export async function restoreOrDrill(
  inputs: { restore: RestoreInputs; drill: DrillInputs },
  snapshotPath: string,
  drillWith: { etcdPath: string; createdAt: Date | undefined } | undefined,
  timings: Timings,
  logger: Logger
): Promise<Restored> {
  const spec = inputs.restore
  const reportPath = join(spec.outDir, REPORT_FILE)
  // @actions/cache and the drill are loaded only by the runs that use them
  const cacheModule = spec.cache ? await import('./cache.js') : undefined
  const key = cacheModule ? await cacheModule.cacheKey(snapshotPath, spec) : undefined
  const hit =
    key && cacheModule
      ? await timings.time('cache restore', () =>
          cacheModule.restoreFromCache(key, spec, reportPath, logger)
        )
      : undefined
  const cached = hit && (await withConfigInventory(hit.report, snapshotPath, spec, timings))
  let cache: CacheFacts | undefined =
    key === undefined
      ? undefined
      : { key, hit: hit !== undefined, saved: false, ...(hit && { entry: hit.size }) }
  const options = restoreOptions(spec, snapshotPath, logger)
  let report = cached
  let drilled: DrillReport | undefined
  if (drillWith !== undefined) {
    const { etcdPath, createdAt } = drillWith
    const { drill } = await import('../drill/drill.js')
    const result = await timings.time('drill', () =>
      drill(options, etcdPath, inputs.drill, cached, createdAt)
    )
    drilled = result.report
    report = result.output
  } else if (!cached) {
    report = await timings.time('restore', () => restore(options))
  }
  if (report && !cached) {
    timings.add('restore', report.durationsMs)
    await writeReportFile(reportPath, report)
    if (key && cacheModule) {
      const saved = await timings.time('cache save', () =>
        cacheModule.saveToCache(key, spec, logger, report.db)
      )
      if (saved) cache = { key, hit: false, saved: true, entry: saved }
    }
  }
  const ordered = report && inClusterOrder(report, spec.memberNames)
  const cacheHit = cached !== undefined
  return { report: ordered, drill: drilled, cacheHit, ...(cache && { cache }), reportPath }
}

/**
 * A cache hit's report holds the inventory of the run that saved it, taken with whatever
 * encryption-config and kubernetes-prefix that run had (neither is part of the key): with a
 * config given, or another prefix, the inventory is taken again from the snapshot.
 */
async function withConfigInventory(
  hit: RestoreReport,
  snapshotPath: string,
  spec: RestoreInputs,
  timings: Timings
): Promise<RestoreReport> {
  const { encryptionConfig, kubernetesPrefix } = spec
  const takenWith = hit.snapshot.inventory?.kubernetes?.prefix ?? REGISTRY_ROOT
  if (!encryptionConfig && kubernetesPrefix === takenWith) return hit
  const inventory = await timings.time('inventory', () =>
    inspectSnapshot(snapshotPath, (db) =>
      takeInventory(db, { ...(encryptionConfig && { encryptionConfig }), kubernetesPrefix })
    )
  )
  return { ...hit, snapshot: { ...hit.snapshot, inventory } }
}

/** Outputs, uploads and the summary follow initial-cluster order (the report's is by member ID). */
function inClusterOrder(report: RestoreReport, names: string[]): RestoreReport {
  const rank = (name: string): number => names.indexOf(name)
  const members = [...report.cluster.members].sort((a, b) => rank(a.name) - rank(b.name))
  return { ...report, cluster: { ...report.cluster, members } }
}

function restoreOptions(
  spec: RestoreInputs,
  snapshotPath: string,
  logger: Logger
): RestoreRunOptions {
  return {
    snapshotPath,
    skipHashCheck: spec.skipHashCheck,
    initialCluster: spec.initialCluster,
    initialClusterToken: spec.initialClusterToken,
    target: { kind: 'all', outDir: spec.outDir, members: spec.members, walDir: spec.walDir },
    bumpRevision: spec.bumpRevision,
    markCompacted: spec.markCompacted,
    targetVersion: spec.targetVersion,
    computeInventory: true,
    ...(spec.encryptionConfig && { encryptionConfig: spec.encryptionConfig }),
    kubernetesPrefix: spec.kubernetesPrefix,
    defrag: spec.defrag,
    diskAdvice: ACTION_ADVICE,
    logger
  }
}

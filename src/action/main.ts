import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AgeCheck } from '../lib/drill/age.js'
import type { DrillReport } from '../lib/drill/report.js'
import { runDrillWithOutput } from '../lib/drill/run.js'
import { RegressionError, VerificationError } from '../lib/errors.js'
import { writeReportFile } from '../lib/report-file.js'
import type { RestoreReport } from '../lib/report.js'
import { restore } from '../lib/restore/index.js'
import { cacheKey, restoreFromCache, saveToCache } from './cache.js'
import { DEFAULT_CLUSTER_TOKEN, Inputs, REPORT_FILE } from './constants.js'
import { coreLogger } from './core-logger.js'
import { resolveSnapshot, type SnapshotOrigin } from './download.js'
import {
  checkEtcd,
  drillEtcd,
  failureLine,
  saveDrillReport,
  setDrillOutputs,
  snapshotAge,
  snapshotCreatedAt,
  writeDrillSummary,
  type DrillSummary
} from './drill.js'
import { getInputs, type ActionInputs } from './inputs.js'
import { setEtcdOutput, setOutputs } from './outputs.js'
import type { DrillEtcd } from './etcd-release.js'
import { checkArchiveSupport, publishMembers, type PublishedArtifact } from './publish.js'
import { writeSummary } from './summary.js'
import {
  baselineFailure,
  checkBaseline,
  setInventoryOutputs,
  uploadReport,
  type BaselineCheck
} from './inventory-gate.js'
import { headSummary, writeInventorySummary } from './inventory-summary.js'

/** The JSON report the action leaves on disk: the library's report plus what the action did. */
export interface ActionReport extends RestoreReport {
  action: {
    snapshot: SnapshotOrigin
    artifacts: PublishedArtifact[]
    cacheHit: boolean
    timingsMs: Record<string, number>
    /** How old the snapshot is (absent when an artifact has no creation time). */
    snapshotAge?: AgeCheck
    /** Present with verify: boot. */
    drill?: DrillSummary
    /** The etcd the drill booted and where it came from (with verify: boot). */
    etcd?: DrillEtcd
    /** Present with baseline-artifact. */
    baseline?: BaselineCheck
  }
}

/**
 * inputs → snapshot → (cache | restore | drill) → upload → reports, outputs, summary → fail when
 * a check failed. verify: boot restores through the drill (or drills a cache hit's data-dirs
 * as they are), so the restore is done once and its failure is a failed drill with a report.
 */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const logger = coreLogger()
  if (inputs.upload) checkArchiveSupport(inputs.archive)
  const etcdFound =
    inputs.verify === 'boot' ? checkEtcd(inputs.etcdPath, inputs.etcdRelease) : undefined
  if (inputs.initialClusterToken === DEFAULT_CLUSTER_TOKEN)
    logger.warn(
      `${Inputs.InitialClusterToken} is etcd's default '${DEFAULT_CLUSTER_TOKEN}': give the restored ` +
        'cluster its own token so its members can never talk to the original cluster'
    )
  const timings: Record<string, number> = {}
  const timed = async <T>(step: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    try {
      return await fn()
    } finally {
      timings[step] = Date.now() - started
    }
  }
  const workDir = join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-restore-work')
  const snapshot = await timed('snapshot', () => resolveSnapshot(inputs.snapshot, workDir, logger))
  const createdAt = await snapshotCreatedAt(snapshot, inputs.maxAgeMs)
  const etcd =
    inputs.verify === 'boot'
      ? await timed('etcd', () => drillEtcd(etcdFound, inputs, snapshot.path, logger))
      : undefined
  const etcdPath = etcd?.path
  const reportPath = join(inputs.outDir, REPORT_FILE)
  const key = inputs.cache ? await cacheKey(snapshot.path, inputs) : undefined
  let report = key
    ? await timed('cache restore', () => restoreFromCache(key, inputs, reportPath, logger))
    : undefined
  const cacheHit = report !== undefined
  const options = restoreOptions(inputs, snapshot.path, logger)
  let drill: DrillReport | undefined
  if (etcdPath !== undefined) {
    const drilled = await timed('drill', () =>
      runDrillWithOutput({
        ...{ ...options, etcdPath, maxAgeMs: inputs.maxAgeMs, restored: report },
        ...(createdAt && { snapshotCreatedAt: createdAt }),
        ...(inputs.drillCredentials && { credentials: inputs.drillCredentials })
      })
    )
    drill = drilled.report
    report = drilled.output
  } else if (!report) {
    report = await timed('restore', () => restore(options))
  }
  if (report && !cacheHit) {
    for (const [step, ms] of Object.entries(report.durationsMs)) timings[`restore: ${step}`] = ms
    await writeReportFile(reportPath, report)
    if (key) await timed('cache save', () => saveToCache(key, inputs, logger))
  }
  const age = snapshotAge(createdAt, inputs.maxAgeMs, drill)
  const restored = report && inClusterOrder(report, inputs.memberNames)
  const artifacts =
    restored && inputs.upload
      ? await timed('upload', () =>
          publishMembers(
            restored.cluster.members,
            { ...inputs, workDir: join(workDir, 'archives') },
            logger
          )
        )
      : []
  const saved = drill ? await saveDrillReport(drill, inputs, logger) : undefined
  const inventory = restored?.snapshot.inventory
  const baseline = inputs.baseline
    ? await timed('baseline', () =>
        checkBaseline(inventory, inputs, join(workDir, 'baseline'), logger)
      )
    : undefined
  headSummary(inputs.clusterName)
  if (restored) {
    const full: ActionReport = {
      ...restored,
      action: {
        ...{ snapshot: snapshot.origin, artifacts, cacheHit, timingsMs: timings },
        ...(age && { snapshotAge: age }),
        ...(saved && { drill: saved.summary }),
        ...(etcd && { etcd }),
        ...(baseline && { baseline })
      }
    }
    await writeReportFile(reportPath, full)
    await uploadReport(reportPath, inputs, logger)
    setOutputs(restored, artifacts, reportPath, cacheHit)
    await writeSummary(restored, snapshot.origin, artifacts, timings, cacheHit)
    await writeInventorySummary(inventory, baseline)
  }
  setInventoryOutputs(inventory, baseline)
  setDrillOutputs(saved?.summary, age)
  setEtcdOutput(drill ? etcd : undefined)
  await writeDrillSummary(drill, age, etcd)
  const failed = failureLine(drill, saved?.summary.report, age, saved?.uploadError)
  if (failed !== undefined) throw new VerificationError(failed)
  const regression = baselineFailure(baseline)
  if (regression !== undefined) throw new RegressionError(regression)
}

/** Outputs, uploads and the summary follow initial-cluster order (the report's is by member ID). */
function inClusterOrder(report: RestoreReport, names: string[]): RestoreReport {
  const rank = (name: string): number => names.indexOf(name)
  const members = [...report.cluster.members].sort((a, b) => rank(a.name) - rank(b.name))
  return { ...report, cluster: { ...report.cluster, members } }
}

function restoreOptions(
  inputs: ActionInputs,
  snapshotPath: string,
  logger: ReturnType<typeof coreLogger>
) {
  return {
    snapshotPath,
    skipHashCheck: inputs.skipHashCheck,
    initialCluster: inputs.initialCluster,
    initialClusterToken: inputs.initialClusterToken,
    target: {
      kind: 'all' as const,
      outDir: inputs.outDir,
      members: inputs.members,
      walDir: inputs.walDir
    },
    bumpRevision: inputs.bumpRevision,
    markCompacted: inputs.markCompacted,
    targetVersion: inputs.targetVersion,
    computeInventory: true,
    defrag: inputs.defrag,
    logger
  }
}

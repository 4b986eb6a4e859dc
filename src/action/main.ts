import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../lib/logger.js'
import type { RestoreReport } from '../lib/report.js'
import { coreLogger } from './core-logger.js'
import { resolveSnapshot } from './download/snapshot.js'
import { snapshotAge, snapshotCreatedAt } from './drill/age.js'
import type { saveDrillReport } from './drill/save.js'
import { checkEtcd, getInputs, type ActionInputs } from './inputs/index.js'
import { checkBaseline } from './inventory/baseline-gate.js'
import { publishMembers, uploadReport } from './publish/upload.js'
import { writeActionReport, type ActionResult } from './report/action-report.js'
import { costWarning, uploadCost } from './report/cost.js'
import { setOutputs } from './report/outputs.js'
import { writeJobSummary } from './report/summary.js'
import { throwIfFailed } from './report/verdict.js'
import { checkActionDisk } from './restore/disk.js'
import { restoreOrDrill } from './restore/restore.js'
import { Timings } from './timings.js'

/** What every step shares. */
interface Run {
  inputs: ActionInputs
  logger: Logger
  timings: Timings
  /** Scratch space: downloads, archives. */
  workDir: string
}

/**
 * inputs → snapshot → disk (room for all it writes) → (cache | restore | drill) → uploads → report, outputs, summary → fail when
 * a check failed. verify: boot restores through the drill (or drills a cache hit's data-dirs as
 * they are), so the restore is done once and its failure is a failed drill with a report.
 */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const etcdFound = checkDrillEtcd(inputs)
  const r: Run = { inputs, logger: coreLogger(), timings: new Timings(), workDir: workDir() }
  const snapshot = await r.timings.time('snapshot', () =>
    resolveSnapshot(inputs.snapshot, r.workDir, r.logger)
  )
  // before anything more is written: room for the data-dirs, the drill, the archives
  checkActionDisk(inputs, snapshot.path, r.workDir, r.logger)
  const createdAt = await snapshotCreatedAt(snapshot, inputs.drill.maxAgeMs)
  const etcd = await prepareEtcd(r, etcdFound, snapshot.path)
  const drillWith = etcd && { etcdPath: etcd.path, createdAt }
  const restored = await restoreOrDrill(inputs, snapshot.path, drillWith, r.timings, r.logger)
  const artifacts = await uploadMembers(r, restored.report)
  const drillSaved = restored.drill && (await saveDrill(r, restored.drill))
  const baseline = await checkAgainstBaseline(r, restored.report)
  const result: ActionResult = {
    ...{ clusterName: inputs.publish.clusterName, origin: snapshot.origin },
    ...{ reportPath: restored.reportPath, restored: restored.report, cacheHit: restored.cacheHit },
    ...(restored.cache && { cache: restored.cache }),
    ...{ timings: r.timings.ms, artifacts, drill: restored.drill, drillSaved, etcd, baseline },
    cost: uploadCost(artifacts, inputs.publish.retentionDays, process.env.GITHUB_EVENT_NAME),
    age: snapshotAge(createdAt, inputs.drill.maxAgeMs, restored.drill)
  }
  await report(r, result)
  throwIfFailed(result)
}

function workDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-restore-work')
}

/** verify: boot's etcd binary, checked before any download. */
function checkDrillEtcd(inputs: ActionInputs): string | undefined {
  if (inputs.drill.verify !== 'boot') return undefined
  return checkEtcd(inputs.etcd.path, inputs.etcd.release)
}

async function prepareEtcd(r: Run, found: string | undefined, snapshotPath: string) {
  if (r.inputs.drill.verify !== 'boot') return undefined
  // loaded only for a drill: the tool cache and the release download stay out of other runs
  const { drillEtcd } = await import('./drill/etcd.js')
  return r.timings.time('etcd', () => drillEtcd(found, r.inputs.etcd, snapshotPath, r.logger))
}

async function uploadMembers(r: Run, restored: RestoreReport | undefined) {
  const publish = r.inputs.publish
  if (!restored || !publish.upload) return []
  const options = {
    ...publish,
    workDir: join(r.workDir, 'archives'),
    ...(restored.db && { db: restored.db })
  }
  return r.timings.time('upload', () => publishMembers(restored.cluster.members, options, r.logger))
}

async function saveDrill(r: Run, drill: Parameters<typeof saveDrillReport>[0]) {
  const { outDir } = r.inputs.restore
  const { reportArtifact } = r.inputs.drill
  const { retentionDays } = r.inputs.publish
  const { saveDrillReport } = await import('./drill/save.js')
  return saveDrillReport(drill, outDir, { reportArtifact, retentionDays }, r.logger)
}

async function checkAgainstBaseline(r: Run, restored: RestoreReport | undefined) {
  if (!r.inputs.baseline.from) return undefined
  const inventory = restored?.snapshot.inventory
  const dir = join(r.workDir, 'baseline')
  return r.timings.time('baseline', () =>
    checkBaseline(inventory, r.inputs.baseline, dir, r.logger)
  )
}

/** The JSON report (and its artifact), the outputs, the job summary. */
async function report(r: Run, result: ActionResult): Promise<void> {
  const { reportArtifact, retentionDays } = r.inputs.publish
  const warning = costWarning(result.cost)
  if (warning) r.logger.warn(warning)
  if (await writeActionReport(result))
    await uploadReport(result.reportPath, reportArtifact, retentionDays, r.logger)
  setOutputs(result)
  await writeJobSummary(result)
}

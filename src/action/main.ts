import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { coreLogger } from './core-logger.js'
import { resolveSnapshot } from './download/snapshot.js'
import { snapshotAge, snapshotCreatedAt } from './drill/age.js'
import { drillEtcd } from './drill/etcd.js'
import { saveDrillReport } from './drill/save.js'
import { checkEtcd, getInputs } from './inputs/index.js'
import { checkBaseline } from './inventory/baseline-gate.js'
import { publishMembers, uploadReport } from './publish/upload.js'
import { writeActionReport, type ActionResult } from './report/action-report.js'
import { setOutputs } from './report/outputs.js'
import { writeJobSummary } from './report/summary.js'
import { throwIfFailed } from './report/verdict.js'
import { restoreOrDrill } from './restore/restore.js'
import { Timings } from './timings.js'

/**
 * inputs → snapshot → (cache | restore | drill) → uploads → report, outputs, summary → fail when
 * a check failed. verify: boot restores through the drill (or drills a cache hit's data-dirs as
 * they are), so the restore is done once and its failure is a failed drill with a report.
 */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const boot = inputs.drill.verify === 'boot'
  const etcdFound = boot ? checkEtcd(inputs.etcd.path, inputs.etcd.release) : undefined
  const logger = coreLogger()
  const timings = new Timings()
  const workDir = join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-restore-work')

  const snapshot = await timings.time('snapshot', () =>
    resolveSnapshot(inputs.snapshot, workDir, logger)
  )
  const createdAt = await snapshotCreatedAt(snapshot, inputs.drill.maxAgeMs)
  const etcd = boot
    ? await timings.time('etcd', () => drillEtcd(etcdFound, inputs.etcd, snapshot.path, logger))
    : undefined
  const drillWith = etcd && { etcdPath: etcd.path, createdAt }
  const restored = await restoreOrDrill(inputs, snapshot.path, drillWith, timings, logger)
  const report = restored.report
  const { publish } = inputs

  const artifacts =
    report && publish.upload
      ? await timings.time('upload', () =>
          publishMembers(
            report.cluster.members,
            { ...publish, workDir: join(workDir, 'archives') },
            logger
          )
        )
      : []
  const drillSaved =
    restored.drill &&
    (await saveDrillReport(restored.drill, inputs.restore.outDir, drillUpload(inputs), logger))
  const baseline = inputs.baseline.from
    ? await timings.time('baseline', () =>
        checkBaseline(report?.snapshot.inventory, inputs.baseline, join(workDir, 'baseline'), logger)
      )
    : undefined

  const result: ActionResult = {
    ...{ clusterName: publish.clusterName, origin: snapshot.origin, timings: timings.ms },
    ...{ reportPath: restored.reportPath, restored: report, cacheHit: restored.cacheHit },
    ...{ artifacts, drill: restored.drill, drillSaved, etcd, baseline },
    age: snapshotAge(createdAt, inputs.drill.maxAgeMs, restored.drill)
  }
  if (await writeActionReport(result))
    await uploadReport(result.reportPath, publish.reportArtifact, publish.retentionDays, logger)
  setOutputs(result)
  await writeJobSummary(result)
  throwIfFailed(result)
}

function drillUpload(inputs: ReturnType<typeof getInputs>) {
  return { reportArtifact: inputs.drill.reportArtifact, retentionDays: inputs.publish.retentionDays }
}

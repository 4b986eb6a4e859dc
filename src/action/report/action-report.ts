import type { AgeCheck } from '../../lib/drill/age.js'
import type { DrillReport } from '../../lib/drill/report.js'
import { writeReportFile } from '../../lib/report-file.js'
import type { RestoreReport } from '../../lib/report.js'
import type { SnapshotOrigin } from '../download/snapshot.js'
import type { DrillEtcd } from '../drill/etcd-release.js'
import type { DrillSummary } from '../drill/save.js'
import type { BaselineCheck } from '../inventory/baseline-gate.js'
import type { PublishedArtifact } from '../publish/upload.js'
import type { CacheFacts } from '../restore/cache.js'
import type { UploadCost } from './cost.js'

/** Everything a run found: the JSON report, the outputs and the job summary are made from it. */
export interface ActionResult {
  /** Heads the job summary. */
  clusterName: string
  origin: SnapshotOrigin
  /** The JSON report beside the data-dirs. */
  reportPath: string
  /** In initial-cluster order; undefined when the drill's restore failed. */
  restored?: RestoreReport
  cacheHit: boolean
  /** With cache: true: the key, hit or saved, and the entry's size. */
  cache?: CacheFacts
  timings: Record<string, number>
  artifacts: PublishedArtifact[]
  /** What the members' artifacts cost (absent when none was uploaded). */
  cost?: UploadCost
  /** How old the snapshot is (absent when an artifact has no creation time). */
  age?: AgeCheck
  /** With verify: boot. */
  drill?: DrillReport
  /** The drill report on disk and its artifact, and that artifact's upload error. */
  drillSaved?: { summary: DrillSummary; uploadError?: string }
  /** The etcd the drill booted and where it came from. */
  etcd?: DrillEtcd
  /** With baseline-artifact. */
  baseline?: BaselineCheck
}

/** The JSON report the action leaves on disk: the library's report plus what the action did. */
export interface ActionReport extends RestoreReport {
  action: {
    snapshot: SnapshotOrigin
    artifacts: PublishedArtifact[]
    /** Bytes uploaded, retention, a nightly run's steady state (absent when nothing was uploaded). */
    upload?: UploadCost
    cacheHit: boolean
    /** With cache: true: the key, hit or saved, and the entry's size before compression. */
    cache?: CacheFacts
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

/** Rewrites the report file with the action's part; nothing when the drill's restore failed. */
export async function writeActionReport(result: ActionResult): Promise<boolean> {
  const { restored, cost, age, drillSaved, etcd, baseline } = result
  if (!restored) return false
  const full: ActionReport = {
    ...restored,
    action: {
      ...{ snapshot: result.origin, artifacts: result.artifacts },
      ...(cost && { upload: cost }),
      cacheHit: result.cacheHit,
      ...(result.cache && { cache: result.cache }),
      timingsMs: result.timings,
      ...(age && { snapshotAge: age }),
      ...(drillSaved && { drill: drillSaved.summary }),
      ...(etcd && { etcd }),
      ...(baseline && { baseline })
    }
  }
  await writeReportFile(result.reportPath, full)
  return true
}

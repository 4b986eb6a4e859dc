import * as core from '@actions/core'
import type { AgeCheck } from '../../lib/drill/age.js'
import type { Inventory } from '../../lib/inventory/inventory.js'
import type { RestoreReport } from '../../lib/report.js'
import { Outputs } from '../constants.js'
import type { BaselineCheck } from '../inventory/baseline-gate.js'
import type { PublishedArtifact } from '../publish/upload.js'
import type { DrillSummary } from '../drill/save.js'
import type { ActionResult } from './action-report.js'

/** Every output the action sets, in one place. Only facts: no token, no signed URL. */

/** One entry of the `members` output. */
export interface MemberOutput {
  name: string
  id: string
  peerURLs: string[]
  dataDir: string
  walDir: string
  /** Its artifact (layout cluster: the cluster's, the same for every member) and its folder in it. */
  artifact?: { name: string; id: number; digest: string; size: number; dir: string }
}

/** What the outputs are made of. */
export type OutputFacts = Pick<
  ActionResult,
  | 'restored'
  | 'artifacts'
  | 'reportPath'
  | 'cacheHit'
  | 'drill'
  | 'drillSaved'
  | 'age'
  | 'etcd'
  | 'baseline'
>

/** Sets every output; '' (or `[]` for kinds) for what did not run. */
export function setOutputs(result: OutputFacts): void {
  const { restored, drill, drillSaved, age, etcd, baseline } = result
  if (restored) setRestoreOutputs(restored, result.artifacts, result.reportPath, result.cacheHit)
  setInventoryOutputs(restored?.snapshot.inventory, baseline)
  setDrillOutputs(drillSaved?.summary, age)
  // etcd-version: the release the drill booted ('' when no drill ran).
  core.setOutput(Outputs.EtcdVersion, (drill && etcd?.version) ?? '')
}

export function memberOutputs(
  report: RestoreReport,
  artifacts: PublishedArtifact[]
): MemberOutput[] {
  return report.cluster.members.map((m) => {
    const a = artifacts.find((p) => p.members.includes(m.name))
    const dir = a?.dirs[a.members.indexOf(m.name)] ?? m.name
    return {
      ...{ name: m.name, id: m.id, peerURLs: m.peerURLs, dataDir: m.dataDir, walDir: m.walDir },
      ...(a && { artifact: { name: a.name, id: a.id, digest: a.digest, size: a.size, dir } })
    }
  })
}

/** The compaction point the restored cluster starts with. */
export function compactRevision(report: RestoreReport): number {
  const bumped = report.markCompacted && BigInt(report.bumpRevision) > 0n
  return bumped ? report.restoredRevision : report.snapshot.compactRevision
}

function setRestoreOutputs(
  report: RestoreReport,
  artifacts: PublishedArtifact[],
  reportPath: string,
  cacheHit: boolean
): void {
  core.setOutput(Outputs.ClusterId, report.cluster.id)
  core.setOutput(Outputs.Members, JSON.stringify(memberOutputs(report, artifacts)))
  core.setOutput(Outputs.MemberNames, JSON.stringify(report.cluster.members.map((m) => m.name)))
  core.setOutput(Outputs.SnapshotSha256, report.snapshot.sha256)
  core.setOutput(Outputs.Revision, String(report.restoredRevision))
  core.setOutput(Outputs.CompactRevision, String(compactRevision(report)))
  core.setOutput(Outputs.TotalKeys, String(report.snapshot.totalKeys))
  core.setOutput(Outputs.Report, reportPath)
  core.setOutput(Outputs.CacheHit, String(cacheHit))
}

/** live-keys, kinds, baseline-passed, undecodable-objects, undecryptable-secrets. */
function setInventoryOutputs(
  inventory: Inventory | undefined,
  check: BaselineCheck | undefined
): void {
  core.setOutput(Outputs.LiveKeys, inventory ? String(inventory.liveKeys) : '')
  core.setOutput(Outputs.Kinds, inventory ? JSON.stringify(inventory.kinds) : '[]')
  core.setOutput(Outputs.BaselinePassed, check?.found ? String(check.diff.passed) : '')
  // counts of keys, never values; '' when the inventory has no deep decode
  const k8s = inventory?.kubernetes
  core.setOutput(Outputs.UndecodableObjects, k8s ? String(k8s.undecodable.count) : '')
  const checked = k8s?.encryption.config === true
  core.setOutput(
    Outputs.UndecryptableSecrets,
    checked ? String(k8s.encryption.undecryptable.count) : ''
  )
}

/** drill-passed, drill-report and snapshot-age-seconds. */
function setDrillOutputs(drill: DrillSummary | undefined, age: AgeCheck | undefined): void {
  core.setOutput(Outputs.DrillPassed, drill ? String(drill.passed) : '')
  core.setOutput(Outputs.DrillReport, drill?.report ?? '')
  core.setOutput(Outputs.SnapshotAgeSeconds, age ? String(age.ageSeconds) : '')
}

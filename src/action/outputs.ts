import * as core from '@actions/core'
import type { RestoreReport } from '../lib/report.js'
import { Outputs } from './constants.js'
import type { PublishedArtifact } from './publish.js'
import type { DrillEtcd } from './etcd-release.js'

/** One entry of the `members` output. */
export interface MemberOutput {
  name: string
  id: string
  peerURLs: string[]
  dataDir: string
  walDir: string
  artifact?: { name: string; id: number; digest: string; size: number }
}

export function memberOutputs(
  report: RestoreReport,
  artifacts: PublishedArtifact[]
): MemberOutput[] {
  return report.cluster.members.map((m) => {
    const a = artifacts.find((p) => p.member === m.name)
    return {
      ...{ name: m.name, id: m.id, peerURLs: m.peerURLs, dataDir: m.dataDir, walDir: m.walDir },
      ...(a && { artifact: { name: a.name, id: a.id, digest: a.digest, size: a.size } })
    }
  })
}

/** The compaction point the restored cluster starts with. */
export function compactRevision(report: RestoreReport): number {
  const bumped = report.markCompacted && BigInt(report.bumpRevision) > 0n
  return bumped ? report.restoredRevision : report.snapshot.compactRevision
}

/** Sets every output. Only facts: no token, no signed URL. */
export function setOutputs(
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

/** etcd-version: the release the drill booted ('' when no drill ran). */
export function setEtcdOutput(etcd: DrillEtcd | undefined): void {
  core.setOutput(Outputs.EtcdVersion, etcd?.version ?? '')
}

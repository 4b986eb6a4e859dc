/**
 * Step 5 of a restore: the staged members appear at their targets (one rename each, or one for
 * the whole --out-dir), and the report says what was made.
 */
import { join, resolve } from 'node:path'
import type { RestoreOptions } from '../options.js'
import type { DbReport, MemberReport, RestoreReport, SnapshotFacts } from '../report.js'
import type { Cluster } from '../cluster/initial-cluster.js'
import { idHex } from '../cluster/ids.js'
import { describeFiles } from '../member-dir/describe.js'
import type { Staging } from '../member-dir/staging.js'
import { TOOL_VERSION } from '../version.js'
import type { Planned } from './plan.js'

export function commitMembers(staging: Staging, planned: Planned[]): MemberReport[] {
  staging.commit()
  return planned.map((p) => ({
    name: p.member.name,
    id: idHex(p.member.id),
    peerURLs: p.member.peerURLs,
    dataDir: resolve(p.dataDir),
    walDir: resolve(p.walDir ?? join(p.dataDir, 'member', 'wal')),
    files: describeFiles(p.dataDir, p.walDir)
  }))
}

export function restoreReport(parts: {
  options: RestoreOptions
  snapshot: SnapshotFacts
  cluster: Cluster
  members: MemberReport[]
  restoredRevision: bigint
  durationsMs: Record<string, number>
  warnings: string[]
  db: DbReport
}): RestoreReport {
  const { options, cluster } = parts
  return {
    tool: { name: 'etcd-restore', version: TOOL_VERSION },
    snapshot: parts.snapshot,
    cluster: { id: idHex(cluster.id), token: cluster.token, members: parts.members },
    targetVersion: options.targetVersion,
    bumpRevision: options.bumpRevision.toString(),
    markCompacted: options.markCompacted,
    restoredRevision: Number(parts.restoredRevision),
    durationsMs: parts.durationsMs,
    warnings: parts.warnings,
    db: parts.db
  }
}

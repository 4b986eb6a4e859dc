import * as core from '@actions/core'
import type { RestoreReport } from '../lib/report.js'
import type { SnapshotOrigin } from './download.js'
import { describeDb, formatBytes, formatDuration } from '../lib/format.js'
import { compactRevision } from './outputs.js'
import type { PublishedArtifact } from './publish.js'

type Row = Parameters<typeof core.summary.addTable>[0][number]

const header = (...cells: string[]): Row => cells.map((data) => ({ data, header: true }))
const code = (text: string): string => `<code>${escape(text)}</code>`

/** Writes the job summary: snapshot facts, the cluster, artifacts, timings. Well under 1 MiB. */
export async function writeSummary(
  report: RestoreReport,
  origin: SnapshotOrigin,
  artifacts: PublishedArtifact[],
  timings: Record<string, number>,
  cacheHit: boolean
): Promise<void> {
  const s = report.snapshot
  const source =
    origin.kind === 'path'
      ? code(s.path)
      : `artifact ${code(origin.name)} (id ${origin.id}${origin.repository ? `, ${escape(origin.repository)} run ${origin.runId}` : ''}), file ${code(origin.file)}${origin.createdAt ? `, created ${origin.createdAt}` : ''}`
  const packed = s.compression === 'none' ? '' : ` (${s.compression})`
  const facts: Row[] = [
    header('Snapshot', 'Value'),
    ['Source', source],
    ['Size', `${formatBytes(s.fileSize)}${packed}, database ${formatBytes(s.dbSize)}`],
    ['sha256', code(s.sha256)],
    ['Hash check', s.hash],
    ['Revision', `${s.revision} → restored at ${report.restoredRevision}`],
    ['Compact revision', String(compactRevision(report))],
    ['Keys', `${s.totalKeys} (${s.keyRevisions} revisions)`],
    ['Auth', s.authEnabled ? 'enabled: users need their passwords' : 'disabled'],
    ['Target version', report.targetVersion],
    ['Cache', cacheHit ? 'hit: restore skipped' : 'miss or off']
  ]
  if (report.db !== undefined) facts.splice(3, 0, ['Member db', describeDb(report.db)])
  const cluster: Row[] = [
    header('Member', 'ID', 'Peer URLs', 'Data dir'),
    ...report.cluster.members.map((m) => [
      escape(m.name),
      code(m.id),
      escape(m.peerURLs.join(', ')),
      code(m.dataDir)
    ])
  ]
  const summary = core.summary
    .addHeading('etcd restore', 2)
    .addTable(facts)
    .addHeading(`Cluster ${report.cluster.id}`, 3)
    .addTable(cluster)
  if (artifacts.length > 0) {
    summary
      .addHeading('Artifacts', 3)
      .addTable([
        header('Member', 'Artifact', 'ID', 'Size', 'sha256'),
        ...artifacts.map((a) => [
          escape(a.member),
          code(a.name),
          String(a.id),
          formatBytes(a.size),
          code(a.digest)
        ])
      ])
  }
  const steps = Object.entries(timings).map(
    ([step, ms]) => `${escape(step)}: ${formatDuration(ms)}`
  )
  summary.addHeading('Timings', 3).addList(steps)
  if (report.warnings.length > 0)
    summary.addHeading('Warnings', 3).addList(report.warnings.map(escape))
  await summary.write()
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

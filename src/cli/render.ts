import { formatBytes } from '../lib/format.js'
import type { RestoreReport } from '../lib/report.js'
import { describeDb } from '../lib/format.js'

/** Lays rows out as an aligned text table with a header row. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n') + '\n'
}

/** The human form of a restore report, printed on stdout. */
export function renderRestoreReport(report: RestoreReport): string {
  const s = report.snapshot
  const hash = {
    verified: 'sha256 verified',
    skipped: 'sha256 trailer not checked',
    absent: 'no sha256 trailer'
  }[s.hash]
  const lines = [
    `snapshot   ${s.path} (${formatBytes(s.fileSize)}${s.compression === 'none' ? '' : `, ${s.compression}`}), ${hash}`,
    `database   ${formatBytes(s.dbSize)}, revision ${s.revision}, compacted at ${s.compactRevision}, ${s.totalKeys} keys`,
    `cluster    ${report.cluster.id} (token ${report.cluster.token}), target format ${report.targetVersion}` +
      (report.restoredRevision !== s.revision
        ? `, starts at revision ${report.restoredRevision}`
        : ''),
    ''
  ]
  if (report.db !== undefined) lines.splice(2, 0, `member db  ${describeDb(report.db)}`)
  const rows = report.cluster.members.map((m) => [m.name, m.id, m.peerURLs.join(','), m.dataDir])
  lines.push(textTable(['NAME', 'ID', 'PEER URLS', 'DATA DIR'], rows))
  for (const warning of report.warnings) lines.push(`warning: ${warning}`)
  return lines.join('\n').replace(/\n*$/, '\n')
}

import type { RestoreReport, SnapshotFacts } from '../report.js'
import type { TargetVersion } from '../options.js'
import { TOOL_VERSION } from '../version.js'
import { formatDhms, type AgeCheck } from './age.js'
import type { DrillCheck } from './checks/run-check.js'
import type { ComputedExpectations } from './expectations.js'
import type { MemberLog } from './member-failure.js'

/**
 * The drill report: a versioned JSON document (docs/drill-report.schema.json) and its Markdown
 * form for a job summary. Bump DRILL_REPORT_VERSION on any incompatible change.
 */
export const DRILL_REPORT_VERSION = 1

export interface DrillMemberFacts {
  name: string
  /** Hex member ID as etcd prints it. */
  id: string
  peerURLs: string[]
  dataDir: string
  walDir: string
}

/**
 * What the booted cluster was required to serve, as the report shows it: the expectations'
 * store and membership facts. `hashKV` and `keyCount` are absent when they could not be
 * computed; those checks then only require agreement.
 */
export type ReportedExpectations = Pick<
  ComputedExpectations,
  'revision' | 'compactRevision' | 'memberIds' | 'clusterId' | 'hashKV' | 'keyCount'
>

export interface DrillReport {
  version: typeof DRILL_REPORT_VERSION
  tool: { name: 'etcd-restore'; version: string }
  startedAt: string
  finishedAt: string
  /** True only when there is at least one check and every check passed. */
  passed: boolean
  /** One line: what a person reads first. */
  verdict: string
  /** Facts of the snapshot as the restore read them; null when the restore failed. */
  snapshot: SnapshotFacts | null
  age: AgeCheck
  /** The requested output; null when the restore failed. */
  restore: {
    clusterId: string
    token: string
    targetVersion: TargetVersion
    restoredRevision: number
    bumpRevision: string
    markCompacted: boolean
    members: DrillMemberFacts[]
    warnings: string[]
  } | null
  expected: ReportedExpectations | null
  checks: DrillCheck[]
  /** Present when a loopback twin was booted instead of the output itself. */
  twin?: {
    reason: string
    note: string
    clusterId: string
    members: { name: string; id: string; peerURLs: string[] }[]
  }
  /** null when no etcd was run (the restore failed first). */
  etcd: { path: string; version: string } | null
  notes: string[]
  durationsMs: Record<string, number>
  /**
   * Present when the boot drill failed: each booted member's last log lines (the logs folder is
   * removed when the drill ends).
   */
  memberLogs?: MemberLog[]
}

export interface DrillReportParts {
  startedAt: Date
  finishedAt: Date
  restored?: RestoreReport
  age: AgeCheck
  /** The drill's expectations; the report keeps the ReportedExpectations fields. */
  expected?: ReportedExpectations
  checks: DrillCheck[]
  twin?: DrillReport['twin']
  etcd?: { path: string; version: string }
  notes?: string[]
  durationsMs: Record<string, number>
  memberLogs?: MemberLog[]
}

export function buildDrillReport(parts: DrillReportParts): DrillReport {
  const passed = parts.checks.length > 0 && parts.checks.every((c) => c.ok)
  const failed = parts.checks.filter((c) => !c.ok).map((c) => c.name)
  const r = parts.restored
  const report: DrillReport = {
    version: DRILL_REPORT_VERSION,
    tool: { name: 'etcd-restore', version: TOOL_VERSION },
    startedAt: parts.startedAt.toISOString(),
    finishedAt: parts.finishedAt.toISOString(),
    passed,
    verdict: passed
      ? `PASSED: ${parts.checks.length} checks passed` +
        (r === undefined
          ? ''
          : ` (revision ${r.restoredRevision}, ${r.cluster.members.length} members)`)
      : `FAILED: ${failed.length} of ${parts.checks.length} checks failed: ${failed.slice(0, 10).join(', ') || 'no checks ran'}${failed.length > 10 ? ', …' : ''}`,
    snapshot: r?.snapshot ?? null,
    age: parts.age,
    restore:
      r === undefined
        ? null
        : {
            clusterId: r.cluster.id,
            token: r.cluster.token,
            targetVersion: r.targetVersion,
            restoredRevision: r.restoredRevision,
            bumpRevision: r.bumpRevision,
            markCompacted: r.markCompacted,
            members: r.cluster.members.map((m) => ({
              name: m.name,
              id: m.id,
              peerURLs: m.peerURLs,
              dataDir: m.dataDir,
              walDir: m.walDir
            })),
            warnings: r.warnings
          },
    expected: parts.expected === undefined ? null : reported(parts.expected),
    checks: parts.checks,
    etcd: parts.etcd ?? null,
    notes: parts.notes ?? [],
    durationsMs: parts.durationsMs
  }
  if (parts.twin !== undefined) report.twin = parts.twin
  if (parts.memberLogs !== undefined && !passed) report.memberLogs = parts.memberLogs
  return report
}

/** The report's part of the expectations, in the schema's order. */
function reported(e: ReportedExpectations): ReportedExpectations {
  const { revision, compactRevision, memberIds, clusterId } = e
  const out: ReportedExpectations = { revision, compactRevision, memberIds, clusterId }
  if (e.hashKV !== undefined) out.hashKV = e.hashKV
  if (e.keyCount !== undefined) out.keyCount = e.keyCount
  return out
}

const MAX_CELL = 400
const MAX_ROWS = 200

/** A table cell: one line, no pipes, bounded (a failed check can carry a long etcd error). */
function cell(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;')
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL)}…` : flat
}

/** The job-summary form: verdict, facts, checks table, age, timings. Bounded well under 100 KB. */
export function renderDrillMarkdown(report: DrillReport): string {
  const lines: string[] = []
  lines.push(`### ${report.passed ? '✅ Restore drill passed' : '❌ Restore drill failed'}`, '')
  lines.push(cell(report.verdict), '')
  const s = report.snapshot
  if (s !== null) {
    lines.push(
      `- **Snapshot**: \`${cell(s.path)}\`, revision ${s.revision}, compacted at ${s.compactRevision}, ` +
        `${s.totalKeys} keys, sha256 ${s.hash}`
    )
  }
  lines.push(`- **Age**: ${cell(report.age.message)} ${report.age.ok ? '' : '⚠️'}`.trimEnd())
  if (report.restore !== null) {
    lines.push(
      `- **Restored**: cluster ${report.restore.clusterId}, ${report.restore.members.length} members ` +
        `(${report.restore.members.map((m) => cell(m.name)).join(', ')}), format ${report.restore.targetVersion}, ` +
        `starts at revision ${report.restore.restoredRevision}`
    )
  }
  if (report.etcd !== null) lines.push(`- **Booted with**: etcd ${report.etcd.version}`)
  if (report.twin !== undefined)
    lines.push(`- **Loopback twin**: ${cell(report.twin.note)} (${cell(report.twin.reason)})`)
  for (const note of report.notes.slice(0, 20)) lines.push(`- ${cell(note)}`)
  lines.push('', '| | Check | Expected | Actual | ms |', '|---|---|---|---|---:|')
  for (const c of report.checks.slice(0, MAX_ROWS)) {
    lines.push(
      `| ${c.ok ? '✅' : '❌'} | ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.actual)} | ${c.ms} |`
    )
  }
  if (report.checks.length > MAX_ROWS) {
    lines.push('', `(${report.checks.length - MAX_ROWS} more checks in the JSON report)`)
  }
  const timings = Object.entries(report.durationsMs)
    .map(([phase, ms]) => `${cell(phase)} ${ms < 10_000 ? `${ms} ms` : formatDhms(ms)}`)
    .join(' · ')
  lines.push('', `**Timings**: ${timings}`, '')
  lines.push(...memberLogLines(report.memberLogs ?? []))
  return lines.join('\n')
}

const MAX_LOG_CHARS = 4000

/** Each member's log tail, folded (a failed drill only). */
function memberLogLines(logs: MemberLog[]): string[] {
  return logs
    .slice(0, 20)
    .flatMap((l) => [
      `<details><summary>Last log lines of ${cell(l.name)}</summary>`,
      '',
      '```',
      l.logTail.slice(-MAX_LOG_CHARS).replace(/```/g, "'''"),
      '```',
      '</details>',
      ''
    ])
}

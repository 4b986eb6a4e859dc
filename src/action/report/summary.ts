/**
 * The job summary, written once at the end: the cluster's name, the restore (snapshot facts, the
 * cluster, artifacts, timings), what the backup holds (a table of kinds and a Mermaid
 * `xychart-beta` bar chart of keys per kind, which GitHub renders), the baseline verdict, and the
 * drill's Markdown or the snapshot's age.
 */
import * as core from '@actions/core'
import type { AgeCheck } from '../../lib/drill/age.js'
import { renderDrillMarkdown, type DrillReport } from '../../lib/drill/report.js'
import { describeDb, formatBytes, formatDuration } from '../../lib/format.js'
import { changeLine, formatChange, type Change } from '../../lib/inventory/diff.js'
import {
  kindName,
  undecryptableSummary,
  type Inventory,
  type KeyExamples,
  type KubernetesCheck
} from '../../lib/inventory/inventory.js'
import type { RestoreReport } from '../../lib/report.js'
import { Inputs } from '../constants.js'
import type { SnapshotOrigin } from '../download/snapshot.js'
import type { DrillEtcd } from '../drill/etcd-release.js'
import type { BaselineCheck } from '../inventory/baseline-gate.js'
import type { PublishedArtifact } from '../publish/upload.js'
import type { ActionResult } from './action-report.js'
import { costLine, costWarning, nightlyLine, type UploadCost } from './cost.js'
import { code, escape, header, type Row } from './markup.js'
import { compactRevision } from './outputs.js'

/** Kinds in the table and the chart; the rest are summed up in one line. */
const MAX_KINDS = 20
const MAX_CHART_BARS = 15
const MAX_CHANGES = 30

/** What the summary is made of. */
export type SummaryFacts = Pick<
  ActionResult,
  | 'clusterName'
  | 'origin'
  | 'restored'
  | 'artifacts'
  | 'cost'
  | 'timings'
  | 'cacheHit'
  | 'drill'
  | 'age'
  | 'etcd'
  | 'baseline'
>

/** Writes the whole job summary. Well under 1 MiB. */
export async function writeJobSummary(facts: SummaryFacts): Promise<void> {
  const { restored } = facts
  core.summary.addHeading(escape(facts.clusterName), 1)
  addKubernetesAlarm(restored?.snapshot.inventory?.kubernetes)
  if (restored) {
    addRestore(restored, facts.origin, facts.artifacts, facts.timings, facts.cacheHit)
    addCost(facts.cost)
    addInventory(restored.snapshot.inventory, facts.baseline)
  }
  addDrill(facts.drill, facts.age, facts.etcd)
  await core.summary.write()
}

/** Snapshot facts, the cluster, artifacts, timings. */
function addRestore(
  report: RestoreReport,
  origin: SnapshotOrigin,
  artifacts: PublishedArtifact[],
  timings: Record<string, number>,
  cacheHit: boolean
): void {
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
        header(
          artifacts[0]?.layout === 'cluster' ? 'Members' : 'Member',
          'Artifact',
          'ID',
          'Size',
          'sha256'
        ),
        ...artifacts.map((a) => [
          escape(a.members.join(', ')),
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
}

/** Bytes uploaded, the retention, and a scheduled run's steady-state storage. */
function addCost(cost: UploadCost | undefined): void {
  if (!cost) return
  const lines = [costLine(cost), nightlyLine(cost)].filter((l) => l !== undefined)
  const warning = costWarning(cost)
  if (warning) lines.push(`⚠️ ${warning}`)
  core.summary.addHeading('Storage', 3).addList(lines.map(escape))
}

/** The Mermaid source of the keys-per-kind bar chart. */
export function kindsChart(inventory: Inventory): string {
  const kinds = inventory.kinds.slice(0, MAX_CHART_BARS)
  const label = (s: string) => `"${s.replace(/["\\\n]/g, "'")}"`
  return [
    'xychart-beta',
    '  title "Keys per kind"',
    `  x-axis [${kinds.map((k) => label(kindName(k))).join(', ')}]`,
    `  y-axis "keys" 0 --> ${Math.max(1, ...kinds.map((k) => k.keys))}`,
    `  bar [${kinds.map((k) => k.keys).join(', ')}]`
  ].join('\n')
}

function changeRows(group: string, changes: Change[]): Row[] {
  return changes
    .filter((c) => c.old !== c.new)
    .map((c) => [group, escape(c.name), String(c.old), String(c.new), formatChange(c)])
}

/** What the backup holds: kinds, a chart, and the verdict against the baseline. */
function addInventory(inventory: Inventory | undefined, check: BaselineCheck | undefined): void {
  if (!inventory) return
  const summary = core.summary.addHeading('What the backup holds', 3)
  const providers = Object.entries(inventory.encrypted.providers)
    .map(([p, n]) => `${escape(p)} ${n}`)
    .join(', ')
  summary.addRaw(
    `<p>revision ${inventory.revision}, ${inventory.liveKeys} live keys, ${formatBytes(inventory.bytes)}; ` +
      `${inventory.kinds.length} kinds; ${inventory.encrypted.keys} values encrypted at rest` +
      `${providers ? ` (${providers})` : ''}; ${inventory.other.keys} other values</p>`,
    true
  )
  const rest = inventory.kinds.slice(MAX_KINDS)
  summary.addTable([
    header('Kind', 'Keys', 'Size'),
    ...inventory.kinds
      .slice(0, MAX_KINDS)
      .map((k) => [escape(kindName(k)), String(k.keys), formatBytes(k.bytes)]),
    ...(rest.length > 0
      ? [
          [
            `${rest.length} more kinds`,
            String(rest.reduce((n, k) => n + k.keys, 0)),
            formatBytes(rest.reduce((n, k) => n + k.bytes, 0))
          ]
        ]
      : [])
  ])
  if (inventory.kinds.length > 0)
    summary.addRaw(`\n\n\`\`\`mermaid\n${kindsChart(inventory)}\n\`\`\`\n\n`)
  if (inventory.kubernetes) addKubernetes(inventory.kubernetes)
  if (check) addVerdict(check)
}

/** Escaped, with the verdicts' `key1` as code. */
function verdictHtml(text: string): string {
  return escape(text).replace(/`([^`]*)`/g, '<code>$1</code>')
}

/** What a reader must see first: secrets the restored cluster cannot read, broken objects. */
function addKubernetesAlarm(k8s: KubernetesCheck | undefined): void {
  if (!k8s) return
  const lines: string[] = []
  const undecryptable = undecryptableSummary(k8s)
  if (undecryptable) lines.push(verdictHtml(undecryptable))
  if (k8s.undecodable.count > 0)
    lines.push(`${k8s.undecodable.count} values under ${escape(k8s.prefix)} do not decode`)
  if (k8s.mismatched.count > 0)
    lines.push(`${k8s.mismatched.count} objects disagree with their key on name/namespace`)
  for (const line of lines) core.summary.addRaw(`<p>❌ <strong>${line}</strong></p>`, true)
}

/** The deep decode: objects, undecodable, mismatched, and a verdict per encryption key. */
function addKubernetes(k8s: KubernetesCheck): void {
  const keys = (k: KeyExamples) =>
    `${k.count}${k.examples.length > 0 ? ` (${k.examples.map(code).join(', ')})` : ''}`
  const rows: Row[] = [
    header('Kubernetes', 'Value'),
    ['Objects', `${k8s.objects} of ${k8s.keys} keys under ${code(k8s.prefix)}`],
    ['Undecodable', keys(k8s.undecodable)],
    ['Name/namespace not their key', keys(k8s.mismatched)],
    [
      'Encryption config',
      k8s.encryption.config ? 'given: encrypted values decrypted' : 'not given: not decrypted'
    ],
    ...(k8s.encryption.config ? [['Undecryptable', keys(k8s.encryption.undecryptable)]] : []),
    ...k8s.encryption.keys.map((g) => [
      `${g.readable ? '✅' : g.provider === 'kms' || !k8s.encryption.config ? '➖' : '❌'} ${escape(g.provider)} ${code(g.keyName)}`,
      verdictHtml(g.verdict)
    ])
  ]
  core.summary.addTable(rows)
}

function addVerdict(check: BaselineCheck): void {
  const summary = core.summary
  if (!check.found) {
    summary
      .addHeading('Baseline', 3)
      .addRaw(
        `<p>No baseline: artifact <code>${escape(check.artifact)}</code> is not in ${escape(check.searched)}. ` +
          'Nothing was compared; this run’s report can be the next baseline.</p>',
        true
      )
    return
  }
  const { diff, origin } = check
  const rule = `max drop ${diff.maxDropPercent}%, min keys ${diff.minKeys}`
  summary.addHeading(
    diff.passed ? '✅ Baseline check passed' : '❌ Baseline check failed: the backup lost content',
    3
  )
  summary.addRaw(
    `<p>Against <code>${escape(origin.artifact)}</code> of run ${origin.runId}` +
      `${origin.createdAt ? ` (${origin.createdAt})` : ''} (${rule}): revision ${diff.revision.old} → ${diff.revision.new}, ` +
      `${escape(changeLine(diff.liveKeys))}.</p>`,
    true
  )
  if (!diff.passed) summary.addList(diff.failures.map(escape))
  const rows = [
    ...changeRows('kind', diff.kinds),
    ...changeRows('prefix', diff.prefixes),
    ...changeRows('encrypted', diff.encrypted)
  ]
  if (rows.length === 0) summary.addRaw('<p>No kind, prefix or encryption changed.</p>', true)
  else
    summary.addTable([
      header('Group', 'Name', 'Baseline', 'Now', 'Change'),
      ...rows.slice(0, MAX_CHANGES)
    ])
}

/** The drill's Markdown, or the age line when only max-age was checked. */
function addDrill(
  drill: DrillReport | undefined,
  age: AgeCheck | undefined,
  etcd: DrillEtcd | undefined
): void {
  if (drill) core.summary.addRaw(`\n${renderDrillMarkdown(drill)}`, true)
  if (drill && etcd) core.summary.addRaw(`${etcdLine(etcd)}\n`, true)
  else if (age) core.summary.addRaw(`\n**Snapshot age**: ${age.ok ? '' : '❌ '}${age.message}\n`)
}

/** Which etcd the drill booted, and how it was obtained. */
function etcdLine(etcd: DrillEtcd): string {
  const how =
    etcd.source === 'download'
      ? `the official release, downloaded from ${etcd.url}, sha256 \`${etcd.sha256}\` matched ${etcd.verifiedBy}`
      : etcd.source === 'tool-cache'
        ? 'the official release, from the tool cache (verified when it was downloaded)'
        : `\`${etcd.path}\` (${etcd.source === 'PATH' ? 'etcd on PATH' : Inputs.EtcdPath})`
  return `**etcd**: ${etcd.version}, ${how}`
}

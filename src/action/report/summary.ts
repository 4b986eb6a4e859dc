/**
 * The job summary, written once at the end: the cluster's name, the Kubernetes verdicts (secrets
 * that do not decrypt, objects that do not decode or sit under another key, first), the restore
 * (snapshot facts, the cluster, artifacts, timings), what the backup holds (a table of kinds and
 * a Mermaid bar chart of keys per kind, chart.ts), the baseline verdict, and the drill's Markdown
 * or the snapshot's age.
 */
import * as core from '@actions/core'
import type { AgeCheck } from '../../lib/drill/age.js'
import { renderDrillMarkdown, type DrillReport } from '../../lib/drill/report.js'
import { describeDb, formatBytes, formatDuration } from '../../lib/format.js'
import { changeLine, formatChange, type Change } from '../../lib/inventory/diff.js'
import {
  undecryptableSummary,
  type EncryptionKeyCount,
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
import { kindsChart } from './chart.js'
import { code, escape, header, type Row } from './markup.js'
import { compactRevision } from './outputs.js'

/** Kinds in the table; the rest are summed up in one line (the chart keeps fewer: chart.ts). */
const MAX_KINDS = 20
const MAX_CHANGES = 30
/** Encryption keys named at the top and in the Kubernetes table (a snapshot may hold any number). */
const MAX_KEY_VERDICTS = 10
/** A verdict is cut here, an example key there (key names and keys come from the snapshot). */
const MAX_VERDICT = 1000
const MAX_EXAMPLE = 200

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
  | 'cache'
  | 'drill'
  | 'age'
  | 'etcd'
  | 'baseline'
>

/** Writes the whole job summary. Well under 1 MiB. */
export async function writeJobSummary(facts: SummaryFacts): Promise<void> {
  const { restored } = facts
  core.summary.addHeading(escape(facts.clusterName), 1)
  addKubernetesVerdicts(restored?.snapshot.inventory?.kubernetes)
  if (restored) {
    addRestore(restored, facts.origin, facts.artifacts, facts.timings, cacheRow(facts))
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
  cacheRow: string
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
    ['Cache', cacheRow]
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

/** The cache: hit or miss, and how big the entry is (before the cache client's compression). */
function cacheRow(facts: Pick<SummaryFacts, 'cacheHit' | 'cache'>): string {
  const { cache } = facts
  const e = cache?.entry
  const shared = e && e.sharedDbMembers > 1 ? `, the db once for ${e.sharedDbMembers} members` : ''
  const entry = e
    ? `; entry ${formatBytes(e.entryBytes)} before compression${shared} (data-dirs ${formatBytes(e.dataDirBytes)})`
    : ''
  if (facts.cacheHit) return `hit: restore skipped${entry}`
  if (cache === undefined) return 'off'
  return cache.saved ? `miss: saved${entry}` : 'miss, not saved'
}

/** Bytes uploaded, the retention, and a scheduled run's steady-state storage. */
function addCost(cost: UploadCost | undefined): void {
  if (!cost) return
  const lines = [costLine(cost), nightlyLine(cost)].filter((l) => l !== undefined)
  const warning = costWarning(cost)
  if (warning) lines.push(`⚠️ ${warning}`)
  core.summary.addHeading('Storage', 3).addList(lines.map(escape))
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
    header('Kind', 'Group/version', 'Keys', 'Size'),
    ...inventory.kinds
      .slice(0, MAX_KINDS)
      .map((k) => [
        escape(k.kind),
        k.apiVersion ? escape(k.apiVersion) : '—',
        String(k.keys),
        formatBytes(k.bytes)
      ]),
    ...(rest.length > 0
      ? [
          [
            `${rest.length} more kinds`,
            '',
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

/** `text`, cut at `max` characters (key names and keys come from the snapshot: any length). */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** Example keys as code, each cut at MAX_EXAMPLE; "…" when there are more than the examples. */
function examples(k: KeyExamples): string {
  const more = k.count > k.examples.length ? ', …' : ''
  return k.examples.map((key) => code(cut(key, MAX_EXAMPLE))).join(', ') + more
}

/** `count (first, second...)`: a count with its example keys. */
function withExamples(k: KeyExamples): string {
  return `${k.count}${k.examples.length > 0 ? ` (${examples(k)})` : ''}`
}

/** The icon of an encryption key's verdict: readable, not checkable, or not readable. */
function keyIcon(g: EncryptionKeyCount, config: boolean): string {
  return g.readable ? '✅' : g.provider === 'kms' || !config ? '➖' : '❌'
}

/**
 * The Kubernetes verdicts, right under the heading where a reader looks first: secrets the
 * restored cluster cannot read, values that do not decode, objects under another key (each ❌ in
 * bold, with example keys); else ✅ for sound objects and each encryption key whose values all
 * decrypt, and ➖ for what could not be checked (kms, or no encryption config). One line each.
 */
function addKubernetesVerdicts(k8s: KubernetesCheck | undefined): void {
  if (!k8s) return
  const { config } = k8s.encryption
  const lines: string[] = []
  const bad = (html: string) => lines.push(`❌ <strong>${html}</strong>`)
  const undecryptable = undecryptableSummary(k8s)
  if (undecryptable) bad(verdictHtml(cut(undecryptable, MAX_VERDICT)))
  const { undecodable: broken, mismatched: moved } = k8s
  if (broken.count > 0)
    bad(
      `${broken.count} ${broken.count === 1 ? 'value' : 'values'} under ${code(k8s.prefix)} do${broken.count === 1 ? 'es' : ''} not decode: ${examples(broken)}`
    )
  if (moved.count > 0)
    bad(
      `${moved.count} ${moved.count === 1 ? 'object disagrees' : 'objects disagree'} with ${moved.count === 1 ? 'its' : 'their'} key on name/namespace: ${examples(moved)}`
    )
  if (broken.count + moved.count === 0 && k8s.keys > 0)
    lines.push(
      `✅ ${k8s.objects} objects under ${code(k8s.prefix)} decode and sit under their own keys`
    )
  const rest = k8s.encryption.keys.filter((g) => keyIcon(g, config) !== '❌')
  for (const g of rest.slice(0, MAX_KEY_VERDICTS))
    lines.push(`${keyIcon(g, config)} ${verdictHtml(cut(g.verdict, MAX_VERDICT))}`)
  if (rest.length > MAX_KEY_VERDICTS)
    lines.push(
      `➖ ${rest.length - MAX_KEY_VERDICTS} more encryption keys: see the Kubernetes table`
    )
  for (const line of lines) core.summary.addRaw(`<p>${line}</p>`, true)
}

/** The deep decode: objects, undecodable, mismatched, and a verdict per encryption key. */
function addKubernetes(k8s: KubernetesCheck): void {
  const { config, keys } = k8s.encryption
  const rows: Row[] = [
    header('Kubernetes', 'Value'),
    ['Objects', `${k8s.objects} of ${k8s.keys} keys under ${code(k8s.prefix)}`],
    ['Undecodable', withExamples(k8s.undecodable)],
    ['Name/namespace not their key', withExamples(k8s.mismatched)],
    [
      'Encryption config',
      config ? 'given: encrypted values decrypted' : 'not given: not decrypted'
    ],
    ...(config ? [['Undecryptable', withExamples(k8s.encryption.undecryptable)]] : []),
    ...keys
      .slice(0, MAX_KEY_VERDICTS)
      .map((g) => [
        `${keyIcon(g, config)} ${escape(cut(g.provider, MAX_EXAMPLE))} ${code(cut(g.keyName, MAX_EXAMPLE))}`,
        verdictHtml(cut(g.verdict, MAX_VERDICT))
      ]),
    ...(keys.length > MAX_KEY_VERDICTS
      ? [
          [
            `${keys.length - MAX_KEY_VERDICTS} more keys`,
            `${keys.slice(MAX_KEY_VERDICTS).reduce((n, g) => n + g.values, 0)} values`
          ]
        ]
      : [])
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

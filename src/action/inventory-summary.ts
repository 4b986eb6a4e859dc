/**
 * The job summary's inventory part: a table of kinds, a Mermaid `xychart-beta` bar chart of keys
 * per kind (GitHub renders Mermaid in job summaries), and the verdict against the baseline.
 */
import * as core from '@actions/core'
import { formatBytes } from '../lib/format.js'
import { changeLine, formatChange, type Change } from '../lib/inventory/diff.js'
import { kindName, type Inventory } from '../lib/inventory/inventory.js'
import type { BaselineCheck } from './inventory-gate.js'

type Row = Parameters<typeof core.summary.addTable>[0][number]

/** Kinds in the table and the chart; the rest are summed up in one line. */
const MAX_KINDS = 20
const MAX_CHART_BARS = 15
const MAX_CHANGES = 30

const header = (...cells: string[]): Row => cells.map((data) => ({ data, header: true }))

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Heads the summary with the cluster's name (added to the buffer the next write flushes). */
export function headSummary(clusterName: string): void {
  core.summary.addHeading(escape(clusterName), 1)
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

/** Writes the inventory and the baseline verdict. */
export async function writeInventorySummary(
  inventory: Inventory | undefined,
  check: BaselineCheck | undefined
): Promise<void> {
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
  if (check) writeVerdict(check)
  await summary.write()
}

function writeVerdict(check: BaselineCheck): void {
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

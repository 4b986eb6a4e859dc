import { formatBytes } from '../lib/format.js'
import { formatChange, type Change, type InventoryDiff } from '../lib/inventory/diff.js'
import {
  kindName,
  type Inventory,
  type KeyExamples,
  type KubernetesCheck
} from '../lib/inventory/inventory.js'
import { textTable } from './render.js'

/** A prefix as printed: the empty prefix (keys without a `/`) needs a name. */
export const prefixLabel = (prefix: string): string => (prefix === '' ? '(no folder)' : prefix)

const providers = (inv: Inventory): string =>
  Object.entries(inv.encrypted.providers)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ')

const examples = (e: KeyExamples): string =>
  e.examples.join(', ') + (e.count > e.examples.length ? ', …' : '')

/** The deep decode's lines: counts, the first keys of each problem, one verdict per key name. */
function kubernetesLines(k: KubernetesCheck | undefined): string[] {
  if (!k) return []
  const undecryptable = k.encryption.config
    ? `, ${k.encryption.undecryptable.count} undecryptable`
    : ''
  return [
    `kubernetes ${k.prefix}: ${k.keys} keys, ${k.objects} objects, ${k.undecodable.count} undecodable, ${k.mismatched.count} mismatched${undecryptable}, ${k.notObjects} not objects`,
    ...(k.undecodable.count > 0 ? [`undecodable: ${examples(k.undecodable)}`] : []),
    ...(k.mismatched.count > 0
      ? [`mismatched (name/namespace vs key): ${examples(k.mismatched)}`]
      : []),
    ...(k.encryption.undecryptable.count > 0
      ? [`undecryptable: ${examples(k.encryption.undecryptable)}`]
      : []),
    ...k.encryption.keys.map((g) => `encryption ${g.provider} ${g.keyName}: ${g.verdict}`)
  ]
}

/** `snapshot inventory -w simple`: one line per group. */
export function inventorySimple(inv: Inventory): string {
  const lines = [
    `revision ${inv.revision} (compacted at ${inv.compactRevision}), ${inv.liveKeys} live keys, ${formatBytes(inv.bytes)}`,
    ...inv.kinds.map((k) => `kind ${kindName(k)}: ${k.keys} keys, ${formatBytes(k.bytes)}`),
    ...inv.prefixes.map(
      (p) => `prefix ${prefixLabel(p.prefix)}: ${p.keys} keys, ${formatBytes(p.bytes)}`
    ),
    ...inv.namespaces.map((n) => `namespace ${n.namespace}: ${n.keys} keys`),
    `encrypted: ${inv.encrypted.keys} keys${inv.encrypted.keys > 0 ? ` (${providers(inv)})` : ''}`,
    `other: ${inv.other.keys} keys, ${formatBytes(inv.other.bytes)}`,
    ...inv.largest.map((l) => `largest ${l.key}: ${formatBytes(l.bytes)}`),
    ...kubernetesLines(inv.kubernetes)
  ]
  return lines.join('\n') + '\n'
}

/** `snapshot inventory -w table`: one table per grouping. */
export function inventoryTable(inv: Inventory): string {
  return [
    textTable(
      ['REVISION', 'COMPACT REVISION', 'LIVE KEYS', 'SIZE', 'ENCRYPTED', 'OTHER'],
      [
        [
          `${inv.revision}`,
          `${inv.compactRevision}`,
          `${inv.liveKeys}`,
          formatBytes(inv.bytes),
          inv.encrypted.keys > 0 ? `${inv.encrypted.keys} (${providers(inv)})` : '0',
          `${inv.other.keys}`
        ]
      ]
    ),
    textTable(
      ['KIND', 'KEYS', 'SIZE'],
      inv.kinds.map((k) => [kindName(k), `${k.keys}`, formatBytes(k.bytes)])
    ),
    textTable(
      ['PREFIX', 'KEYS', 'SIZE'],
      inv.prefixes.map((p) => [prefixLabel(p.prefix), `${p.keys}`, formatBytes(p.bytes)])
    ),
    textTable(
      ['NAMESPACE', 'KEYS'],
      inv.namespaces.map((n) => [n.namespace, `${n.keys}`])
    ),
    textTable(
      ['LARGEST KEY', 'SIZE'],
      inv.largest.map((l) => [l.key, formatBytes(l.bytes)])
    ),
    ...kubernetesTables(inv.kubernetes)
  ].join('\n')
}

function kubernetesTables(k: KubernetesCheck | undefined): string[] {
  if (!k) return []
  const problems = [
    ...k.undecodable.examples.map((key) => [key, 'undecodable']),
    ...k.mismatched.examples.map((key) => [key, 'name/namespace vs key']),
    ...k.encryption.undecryptable.examples.map((key) => [key, 'does not decrypt'])
  ]
  return [
    textTable(
      ['KUBERNETES PREFIX', 'KEYS', 'OBJECTS', 'UNDECODABLE', 'MISMATCHED', 'UNDECRYPTABLE'],
      [
        [
          k.prefix,
          `${k.keys}`,
          `${k.objects}`,
          `${k.undecodable.count}`,
          `${k.mismatched.count}`,
          k.encryption.config ? `${k.encryption.undecryptable.count}` : 'no config'
        ]
      ]
    ),
    ...(problems.length > 0 ? [textTable(['KEY (FIRST FEW)', 'PROBLEM'], problems)] : []),
    ...(k.encryption.keys.length > 0
      ? [
          textTable(
            ['PROVIDER', 'KEY NAME', 'VALUES', 'DECRYPT', 'VERDICT'],
            k.encryption.keys.map((g) => [
              g.provider,
              g.keyName,
              `${g.values}`,
              k.encryption.config && g.provider !== 'kms' ? `${g.decrypt}` : '-',
              g.verdict
            ])
          )
        ]
      : [])
  ]
}

const rows = (changes: Change[], all: boolean, label = (n: string) => n): string[][] =>
  changes
    .filter((c) => all || c.old !== c.new)
    .map((c) => [label(c.name), `${c.old}`, `${c.new}`, formatChange(c)])

function verdict(diff: InventoryDiff): string {
  const rule = `max drop ${diff.maxDropPercent}%, min keys ${diff.minKeys}`
  if (diff.passed) return `PASS (${rule})\n`
  return `FAIL (${rule}):\n${diff.failures.map((f) => `  ${f}`).join('\n')}\n`
}

/** `snapshot diff -w simple|table`: simple shows what changed, table every group. */
export function diffText(diff: InventoryDiff, format: 'simple' | 'table'): string {
  const all = format === 'table'
  const head = [
    `revision ${diff.revision.old} → ${diff.revision.new}`,
    `live keys ${diff.liveKeys.old} → ${diff.liveKeys.new} (${formatChange(diff.liveKeys)})`,
    `bytes ${formatBytes(diff.bytes.old)} → ${formatBytes(diff.bytes.new)} (${formatChange(diff.bytes)})`,
    ''
  ].join('\n')
  const tables = [
    ['KIND', rows(diff.kinds, all)],
    ['PREFIX', rows(diff.prefixes, all, prefixLabel)],
    ['ENCRYPTED', rows(diff.encrypted, all)],
    [
      'KUBERNETES',
      rows(
        diff.kubernetes
          ? [diff.kubernetes.undecodable, diff.kubernetes.mismatched, diff.kubernetes.undecryptable]
          : [],
        all
      )
    ]
  ] as const
  const body = tables
    .filter(([, r]) => r.length > 0)
    .map(([title, r]) => textTable([title, 'OLD', 'NEW', 'CHANGE'], r))
    .join('\n')
  const unchanged = !all && body === '' ? 'no kind, prefix or encryption changed\n' : ''
  return `${head}${body}${unchanged}\n${verdict(diff)}`
}

/**
 * Compares two inventories (an older baseline and a newer backup) and decides whether the newer
 * one lost content: the gate of `snapshot diff` and of the action's `baseline-artifact`.
 *
 * It fails when the revision went backwards (an older backup, or another cluster's), when the
 * live keys dropped by more than `maxDropPercent`, when a kind, prefix or the encrypted values
 * with at least `minKeys` keys in the baseline dropped by more than that, or when a kind (or all
 * encryption at rest) vanished, whatever its size. Kinds are matched by group and kind, so a
 * storage-version migration (`batch/v1beta1` → `batch/v1`) is not a vanished kind. Pure.
 */
import type { Inventory } from './inventory.js'

export interface DiffOptions {
  /** Largest accepted drop, in percent of the baseline's count (default 10). */
  maxDropPercent?: number
  /** Kinds and prefixes below this many keys in the baseline are not held to maxDropPercent (default 50). */
  minKeys?: number
}

export interface Change {
  name: string
  old: number
  new: number
  /** Percent change from old (null when old is 0). */
  changePercent: number | null
}

export interface InventoryDiff {
  passed: boolean
  /** One line per failed rule, e.g. `v1/Pod 1000 → 600 (−40%)`. */
  failures: string[]
  maxDropPercent: number
  minKeys: number
  revision: { old: number; new: number }
  liveKeys: Change
  bytes: Change
  kinds: Change[]
  prefixes: Change[]
  /** Encrypted values in total (`encrypted`), then per provider (`encrypted/aescbc`). */
  encrypted: Change[]
  /** Set when both sides carry the deep decode (older JSON inventories do not). */
  kubernetes?: { undecodable: Change; mismatched: Change; undecryptable: Change }
}

export const DEFAULT_MAX_DROP_PERCENT = 10
export const DEFAULT_MIN_KEYS = 50

function change(name: string, old: number, now: number): Change {
  return { name, old, new: now, changePercent: old === 0 ? null : ((now - old) / old) * 100 }
}

/** `−40%`, `+2.5%`, `new`: one decimal at most, a real minus sign. */
export function formatChange(c: Change): string {
  if (c.changePercent === null) return c.new === 0 ? '0%' : 'new'
  const rounded = Math.round(c.changePercent * 10) / 10
  if (rounded === 0) return c.old === c.new ? '0%' : '±0%'
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}%`
}

/** `v1/Pod 1000 → 600 (−40%)` */
export function changeLine(c: Change): string {
  return `${c.name} ${c.old} → ${c.new} (${formatChange(c)})`
}

/** Kinds keyed by group and kind; named by their apiVersion(s). */
function kindGroups(inv: Inventory): Map<string, { versions: Set<string>; keys: number }> {
  const groups = new Map<string, { versions: Set<string>; keys: number }>()
  for (const k of inv.kinds) {
    const slash = k.apiVersion.lastIndexOf('/')
    const key = `${slash === -1 ? '' : k.apiVersion.slice(0, slash)}\0${k.kind}`
    const group = groups.get(key) ?? { versions: new Set(), keys: 0 }
    group.versions.add(k.apiVersion)
    group.keys += k.keys
    groups.set(key, group)
  }
  return groups
}

function kindChanges(old: Inventory, now: Inventory): Change[] {
  const before = kindGroups(old)
  const after = kindGroups(now)
  return [...new Set([...before.keys(), ...after.keys()])].map((key) => {
    const kind = key.slice(key.indexOf('\0') + 1)
    const versions = [
      ...new Set([...(before.get(key)?.versions ?? []), ...(after.get(key)?.versions ?? [])])
    ]
    const name =
      versions.length === 1 && versions[0] !== ''
        ? `${versions[0]}/${kind}`
        : versions.length === 1
          ? kind
          : `${kind} (${versions.join(', ')})`
    return change(name, before.get(key)?.keys ?? 0, after.get(key)?.keys ?? 0)
  })
}

function namedChanges(old: Map<string, number>, now: Map<string, number>): Change[] {
  return [...new Set([...old.keys(), ...now.keys()])].map((name) =>
    change(name, old.get(name) ?? 0, now.get(name) ?? 0)
  )
}

const byOldKeys = (a: Change, b: Change) =>
  b.old - a.old || b.new - a.new || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** The diff of `old` → `now` and its verdict. */
export function diffInventories(
  old: Inventory,
  now: Inventory,
  options: DiffOptions = {}
): InventoryDiff {
  const maxDropPercent = options.maxDropPercent ?? DEFAULT_MAX_DROP_PERCENT
  const minKeys = options.minKeys ?? DEFAULT_MIN_KEYS
  const kinds = kindChanges(old, now).sort(byOldKeys)
  const prefixes = namedChanges(
    new Map(old.prefixes.map((p) => [p.prefix, p.keys])),
    new Map(now.prefixes.map((p) => [p.prefix, p.keys]))
  ).sort(byOldKeys)
  const providers = (inv: Inventory) =>
    new Map(Object.entries(inv.encrypted.providers).map(([p, n]) => [`encrypted/${p}`, n]))
  const encrypted = [
    change('encrypted', old.encrypted.keys, now.encrypted.keys),
    ...namedChanges(providers(old), providers(now)).sort(byOldKeys)
  ]
  const liveKeys = change('live keys', old.liveKeys, now.liveKeys)
  const dropped = (c: Change) =>
    c.changePercent !== null && c.changePercent < 0 && -c.changePercent > maxDropPercent

  const failures: string[] = []
  if (now.revision < old.revision)
    failures.push(
      `revision went backwards: ${old.revision} → ${now.revision} (an older backup, or another cluster's)`
    )
  if (dropped(liveKeys)) failures.push(changeLine(liveKeys))
  for (const c of kinds) {
    if (c.old > 0 && c.new === 0) failures.push(`${changeLine(c)}: the kind vanished`)
    else if (c.old >= minKeys && dropped(c)) failures.push(changeLine(c))
  }
  for (const c of prefixes) if (c.old >= minKeys && dropped(c)) failures.push(changeLine(c))
  const total = encrypted[0]!
  if (total.old > 0 && total.new === 0)
    failures.push(`${changeLine(total)}: no value is encrypted at rest any more`)
  else if (total.old >= minKeys && dropped(total)) failures.push(changeLine(total))
  let kubernetes: InventoryDiff['kubernetes']
  if (old.kubernetes && now.kubernetes) {
    const [o, n] = [old.kubernetes, now.kubernetes]
    kubernetes = {
      undecodable: change('undecodable objects', o.undecodable.count, n.undecodable.count),
      mismatched: change('mismatched objects', o.mismatched.count, n.mismatched.count),
      undecryptable: change(
        'undecryptable values',
        o.encryption.undecryptable.count,
        n.encryption.undecryptable.count
      )
    }
    const rose = (c: Change, what: string) => {
      if (c.new > c.old) failures.push(`${changeLine(c)}: ${what}`)
    }
    rose(kubernetes.undecodable, 'more values do not decode')
    rose(kubernetes.undecryptable, 'more values do not decrypt with the encryption config')
  }
  return {
    passed: failures.length === 0,
    failures,
    maxDropPercent,
    minKeys,
    revision: { old: old.revision, new: now.revision },
    liveKeys,
    bytes: change('bytes', old.bytes, now.bytes),
    kinds,
    prefixes,
    encrypted,
    ...(kubernetes && { kubernetes })
  }
}

/** Parses `10%`, `10` or `2.5%` into percent (0-100). */
export function parsePercent(text: string): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*$/.exec(text)
  if (!match) return undefined
  const value = Number(match[1])
  return value <= 100 ? value : undefined
}

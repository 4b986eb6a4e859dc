/**
 * What a snapshot holds, by Kubernetes kind, key prefix and namespace: one sweep of the `key`
 * bucket (revision order, pages read transiently as hashKV and status do).
 *
 * The `key` bucket is ordered by revision, not by key, so which revision is a key's latest (and
 * whether that is a deletion) is known only at the end of the sweep: one map entry per live key
 * (user key → its latest put's class and size, packed in one number), dropped at a deletion. That
 * map is the only memory that grows with the snapshot (measured ≈ 160 bytes per live key: 1 M live
 * keys ≈ 160 MB), bounded by `maxLiveKeys`. Every other figure is one counter per group, and `largest`
 * a bounded heap. Values are classified as they are swept (classify.ts); a class is interned once.
 */
import type { BoltDb } from '../bolt/db.js'
import { byteString, decodeKeyValue, keyValueKey, type KeyValue } from '../backend/kv.js'
import {
  decodeRevision,
  isTombstone,
  revisionLabel,
  revisionMain,
  revisionNumber
} from '../backend/revision.js'
import { Buckets, MetaKeys } from '../backend/schema.js'
import type { KeyEntrySink } from '../backend/hashkv-stream.js'
import { SnapshotError } from '../errors.js'
import { classifyValue, type ValueClass } from './classify.js'
import { Largest } from './largest.js'
import { placeKey } from './prefix.js'

export interface KindCount {
  apiVersion: string
  kind: string
  keys: number
  bytes: number
}

export interface PrefixCount {
  prefix: string
  keys: number
  bytes: number
}

export interface Inventory {
  /** Latest main revision in the `key` bucket (0 when empty). */
  revision: number
  /** meta/finishedCompactRev (0 when never compacted). */
  compactRevision: number
  /** Keys whose latest revision is not a deletion. */
  liveKeys: number
  /** Key + value bytes of the live keys' latest revisions. */
  bytes: number
  /** Objects whose apiVersion/kind could be read (protobuf envelope or JSON). */
  kinds: KindCount[]
  prefixes: PrefixCount[]
  namespaces: { namespace: string; keys: number }[]
  /** Values encrypted at rest (`k8s:enc:<provider>:…`): their kind is not readable. */
  encrypted: { keys: number; bytes: number; providers: Record<string, number> }
  /** Values that are neither a Kubernetes object nor encrypted. */
  other: { keys: number; bytes: number }
  /** The biggest live keys (key + value bytes), biggest first. */
  largest: { key: string; bytes: number }[]
  /** The --depth that grouped keys outside /registry. */
  depth: number
}

export interface InventoryOptions {
  /** Folders that group a key outside /registry (default 1). */
  depth?: number
  /** Bound of the live-key map; default 5,000,000. */
  maxLiveKeys?: number
  /** How many `largest` keys to keep; default 10. */
  largest?: number
  /** Sees every `key`-bucket entry of the sweep: something computed in the same pass (HashKV). */
  keyEntries?: KeyEntrySink
}

/** Too many live keys to count within the bound. */
export class InventoryLimitError extends SnapshotError {}

const CLASS_UNIT = 2 ** 32
const MAX_BYTES = CLASS_UNIT - 1
/** Distinct classes kept apart; past this, new ones count as `other` (keeps packing within 2^53). */
const MAX_CLASSES = 2 ** 20

/** Interns value classes: one id per distinct kind, provider, or other. */
class ClassTable {
  readonly classes: ValueClass[] = [{ type: 'other' }]
  private readonly ids = new Map<string, number>([['x', 0]])

  idOf(c: ValueClass): number {
    const name =
      c.type === 'object'
        ? `o${c.apiVersion}\0${c.kind}`
        : c.type === 'encrypted'
          ? `e${c.provider}`
          : 'x'
    let id = this.ids.get(name)
    if (id === undefined) {
      if (this.classes.length >= MAX_CLASSES) return 0
      id = this.classes.length
      this.classes.push(c)
      this.ids.set(name, id)
    }
    return id
  }
}

/** Latin1 key string (bytes) → text as people read it (UTF-8; invalid bytes become U+FFFD). */
export function readable(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8')
}

/** The inventory of `db` at its latest revision. */
export function takeInventory(db: BoltDb, options: InventoryOptions = {}): Inventory {
  const sweep = new InventorySweep(db, options)
  const keyBucket = db.bucket(Buckets.key)
  if (keyBucket) {
    const keyEntries = options.keyEntries
    for (const e of keyBucket.sweep()) {
      const value = e.isBucket ? undefined : e.value
      keyEntries?.(e.key, value)
      sweep.entry(e.key, value)
    }
  }
  return sweep.result()
}

/**
 * The inventory taken along a sweep of the `key` bucket made anyway (a restore's strict check):
 * feed it every entry in bucket order (`entry`, a KeyEntrySink), then ask result(). entry()
 * never throws, as a sweep made for another purpose calls it: what it would have thrown (a value
 * that does not decode, more live keys than the bound) result() throws.
 */
export class InventorySweep {
  private readonly depth: number
  private readonly maxLiveKeys: number
  private readonly largest: number
  private readonly table = new ClassTable()
  /** user key (latin1) → class id × 2^32 + bytes of its latest put */
  private readonly latest = new Map<string, number>()
  private revision = 0
  private failure: unknown
  private readonly compactRevision: number

  constructor(db: BoltDb, options: Omit<InventoryOptions, 'keyEntries'> = {}) {
    this.depth = options.depth ?? 1
    this.maxLiveKeys = options.maxLiveKeys ?? 5_000_000
    this.largest = options.largest ?? 10
    this.compactRevision = compactRevisionOf(db)
  }

  /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
  entry(key: Uint8Array, value: Uint8Array | undefined): void {
    if (value === undefined || this.failure !== undefined) return
    try {
      this.add(key, value)
    } catch (error) {
      this.failure = error
      this.latest.clear() // its memory goes back at once
    }
  }

  private add(key: Uint8Array, value: Uint8Array): void {
    const label = () => revisionLabel(key)
    this.revision = revisionMain(key)
    if (isTombstone(key)) {
      this.latest.delete(byteString(keyValueKey(value, label)))
      return
    }
    const kv = decodePut(value, label)
    const bytes = Math.min(kv.key.length + kv.value.length, MAX_BYTES)
    this.latest.set(
      byteString(kv.key),
      this.table.idOf(classifyValue(kv.value)) * CLASS_UNIT + bytes
    )
    if (this.latest.size > this.maxLiveKeys)
      throw new InventoryLimitError(
        `inventory: more than ${this.maxLiveKeys} live keys (counting needs one map entry per live key)`
      )
  }

  /** After every entry: the inventory; or what an entry threw (past the bound: InventoryLimitError). */
  result(): Inventory {
    if (this.failure !== undefined) throw this.failure
    return tally(this.latest, this.table.classes, {
      revision: this.revision,
      compactRevision: this.compactRevision,
      depth: this.depth,
      largest: this.largest
    })
  }
}

/** decodeKeyValue, naming the revision only when it fails (hot loop). */
function decodePut(value: Uint8Array, label: () => string): KeyValue {
  try {
    return decodeKeyValue(value)
  } catch (error) {
    throw new SnapshotError(`${label()}: ${(error as Error).message}`, { cause: error })
  }
}

function compactRevisionOf(db: BoltDb): number {
  const value = db.bucket(Buckets.meta)?.get(MetaKeys.finishedCompactRev)
  return value === undefined
    ? 0
    : revisionNumber(decodeRevision(value, 'meta/finishedCompactRev').main)
}

interface Counter {
  keys: number
  bytes: number
}

/** Groups the live keys: one counter per kind, prefix and namespace; the biggest in a heap. */
function tally(
  latest: Map<string, number>,
  classes: ValueClass[],
  at: { revision: number; compactRevision: number; depth: number; largest: number }
): Inventory {
  const byClass: Counter[] = classes.map(() => ({ keys: 0, bytes: 0 }))
  const byPrefix = new Map<string, Counter>()
  const byNamespace = new Map<string, number>()
  const largest = new Largest<string>(at.largest)
  let bytes = 0
  for (const [key, packed] of latest) {
    const size = packed % CLASS_UNIT
    const counter = byClass[Math.floor(packed / CLASS_UNIT)]!
    counter.keys++
    counter.bytes += size
    bytes += size
    const place = placeKey(key, at.depth)
    const group = byPrefix.get(place.prefix)
    if (group) {
      group.keys++
      group.bytes += size
    } else byPrefix.set(place.prefix, { keys: 1, bytes: size })
    if (place.namespace !== undefined)
      byNamespace.set(place.namespace, (byNamespace.get(place.namespace) ?? 0) + 1)
    largest.offer(size, () => key)
  }
  const kinds: KindCount[] = []
  const encrypted = { keys: 0, bytes: 0, providers: {} as Record<string, number> }
  classes.forEach((c, i) => {
    const { keys, bytes: classBytes } = byClass[i]!
    if (keys === 0) return
    if (c.type === 'object')
      kinds.push({ apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytes })
    else if (c.type === 'encrypted') {
      encrypted.keys += keys
      encrypted.bytes += classBytes
      encrypted.providers[c.provider] = (encrypted.providers[c.provider] ?? 0) + keys
    }
  })
  const byKeys =
    <T extends { keys: number }>(name: (t: T) => string) =>
    (a: T, b: T) =>
      b.keys - a.keys || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
  return {
    revision: at.revision,
    compactRevision: at.compactRevision,
    liveKeys: latest.size,
    bytes,
    kinds: kinds.sort(byKeys((k) => kindName(k))),
    prefixes: [...byPrefix]
      .map(([prefix, c]) => ({ prefix: readable(prefix), keys: c.keys, bytes: c.bytes }))
      .sort(byKeys((p) => p.prefix)),
    namespaces: [...byNamespace]
      .map(([namespace, keys]) => ({ namespace: readable(namespace), keys }))
      .sort(byKeys((n) => n.namespace)),
    encrypted,
    other: { keys: byClass[0]!.keys, bytes: byClass[0]!.bytes },
    largest: largest
      .sorted()
      .map(({ weight, item }) => ({ key: readable(item), bytes: weight }))
      .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    depth: at.depth
  }
}

/** `v1/Pod`, `example.com/v1/Widget`; just the kind when apiVersion is empty. */
export function kindName(k: { apiVersion: string; kind: string }): string {
  return k.apiVersion ? `${k.apiVersion}/${k.kind}` : k.kind
}

/** The inventory, or undefined when the snapshot has more live keys than the bound. */
export function inventoryWithinBound(
  db: BoltDb,
  options: InventoryOptions = {}
): Inventory | undefined {
  try {
    return takeInventory(db, options)
  } catch (error) {
    if (error instanceof InventoryLimitError) return undefined
    throw error
  }
}

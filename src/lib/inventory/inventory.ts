/**
 * What a snapshot holds, by Kubernetes kind, key prefix and namespace: one sweep of the `key`
 * bucket (revision order, pages read transiently as hashKV and status do).
 *
 * The `key` bucket is ordered by revision, not by key, so which revision is a key's latest (and
 * whether that is a deletion) is known only later in the sweep. The live keys are kept as 12-byte
 * records in sorted runs (live-keys.ts: a fingerprint, the latest put's size and class),
 * not as strings: 4 M live keys = 48 MB, bounded by `maxLiveKeys`. Every figure is a counter per
 * class (kind × deep-decode finding, interned) or per place (prefix × namespace), updated as the
 * runs learn which put is a key's latest. The keys the inventory names (the largest, the first
 * undecodable / mismatched / undecryptable) are kept as strings in small bounded sets while the
 * sweep has them (BestKeys); in the rare history where those sets cannot be sure, the keys are
 * named by a second sweep that only hashes each put's key (stopping once all are found).
 */
import type { BoltDb } from '../bolt/db.js'
import { byteString, decodeKeyValue, keyValueKey, type KeyValue } from '../backend/kv.js'
import { KeyHash } from '../backend/key-fingerprints.js'
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
import type { EncryptionConfig } from './encryption-config.js'
import { checkValue, findingName, type Finding } from './k8s-check.js'
import { keyShape } from './k8s-object.js'
import { BestKeys, Largest, type SizedKey } from './largest.js'
import { LiveKeys } from './live-keys.js'
import { placeKey, REGISTRY_ROOT } from './prefix.js'

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
  /** Deep decode of every live key under the Kubernetes prefix (absent in older JSON inventories). */
  kubernetes?: KubernetesCheck
}

/** A count and the first few keys it counted (keys only, never values). */
export interface KeyExamples {
  count: number
  examples: string[]
}

/** The live values encrypted with one provider + key name, and whether the config opens them. */
export interface EncryptionKeyCount {
  provider: string
  /** The key name in `k8s:enc:<provider>:v1:<key>:` (for kms: the KMS provider's name). */
  keyName: string
  /** KMS v2: the key IDs seen in the values' EncryptedObject. */
  kmsKeyIDs?: string[]
  values: number
  /** Values outside `<prefix>secrets/` among them. */
  notSecrets: number
  /** With a config: opened by its key. */
  decrypt: number
  /** With a config: its entry for the resource has no such key. */
  noKey: number
  /** With a config: it has the key, which does not open the value. */
  fails: number
  /** KMS: not checkable offline. */
  kms: number
  /** Without a config: not checked. */
  unchecked: number
  /** Every value here decrypts (always false for kms, or without a config). */
  readable: boolean
  verdict: string
}

export interface KubernetesCheck {
  /** The Kubernetes prefix (kube-apiserver `--etcd-prefix` + `/`). */
  prefix: string
  /** Live keys under the prefix. */
  keys: number
  /** Values that decode to an object (decrypted ones included). */
  objects: number
  /** Values that do not decode (decrypted plaintext included). */
  undecodable: KeyExamples
  /** Objects whose metadata.name / namespace disagree with their key. */
  mismatched: KeyExamples
  /** Well-known keys that are no object of their name (masterleases, ranges). */
  notObjects: number
  encryption: {
    /** An EncryptionConfiguration was given (values were decrypted). */
    config: boolean
    /** Values that do not decrypt with the config: no such key, or the key does not open them. */
    undecryptable: KeyExamples
    /** Values encrypted with kms (not checkable offline). */
    kms: number
    keys: EncryptionKeyCount[]
  }
}

/** How many example keys each list keeps. */
export const MAX_EXAMPLES = 5

export interface InventoryOptions {
  /** Folders that group a key outside /registry (default 1). */
  depth?: number
  /** Bound of the live keys kept (12 B each); default 50,000,000. */
  maxLiveKeys?: number
  /** How many `largest` keys to keep; default 10. */
  largest?: number
  /** Sees every `key`-bucket entry of the sweep: something computed in the same pass (HashKV). */
  keyEntries?: KeyEntrySink
  /** The Kubernetes prefix, ending in `/` (default `/registry/`). */
  kubernetesPrefix?: string
  /** kube-apiserver's EncryptionConfiguration: `k8s:enc:` values are decrypted with it. */
  encryptionConfig?: EncryptionConfig
  /** Sees each live key (text as people read it), what the deep decode found, and its kind (tests). */
  onKey?: (key: string, finding: Finding, kind: ValueClass) => void
}

/** Too many live keys to count within the bound. */
export class InventoryLimitError extends SnapshotError {}

const MAX_BYTES = 2 ** 32 - 1
/** Distinct classes kept apart (a class id is 16 bits); past this, new ones count as `other`. */
const MAX_CLASSES = 2 ** 16
/** Default bound of the live keys: 50 M × 12 B = 0.6 GB. */
const MAX_LIVE_KEYS = 50_000_000

/** The lists of keys a finding puts a key on (bits). */
const UNDECODABLE = 1
const MISMATCHED = 2
const UNDECRYPTABLE = 4
const LISTS = [UNDECODABLE, MISMATCHED, UNDECRYPTABLE] as const
type List = (typeof LISTS)[number]

/** How many keys each BestKeys set keeps beyond what it names, for keys overwritten later. */
const SPARE_KEYS = 32

interface Class {
  value: ValueClass
  finding: Finding
  /** Encrypted, under `<prefix>secrets/` (a verdict's noun). */
  secret: boolean
  /** The key lists (UNDECODABLE | MISMATCHED | UNDECRYPTABLE) its keys go on. */
  lists: number
}

const OUTSIDE: Finding = { value: 'outside' }

function listsOf(f: Finding): number {
  switch (f.value) {
    case 'undecodable':
      return UNDECODABLE
    case 'object':
      return f.match ? 0 : MISMATCHED
    case 'encrypted':
      return (
        (f.decrypt === 'no-key' || f.decrypt === 'fails' ? UNDECRYPTABLE : 0) |
        (f.plaintext === 'undecodable' ? UNDECODABLE : 0) |
        (f.plaintext === 'object' && !f.match ? MISMATCHED : 0)
      )
    default:
      return 0
  }
}

/** Interns value classes: one id per distinct kind, provider, or other × deep-decode finding. */
class ClassTable {
  readonly classes: Class[] = [
    { value: { type: 'other' }, finding: OUTSIDE, secret: false, lists: 0 }
  ]
  private readonly ids = new Map<string, number>([['x\0', 0]])

  idOf(c: ValueClass, finding: Finding, secret: boolean): number {
    const name =
      (c.type === 'object'
        ? `o${c.apiVersion}\0${c.kind}`
        : c.type === 'encrypted'
          ? `e${c.provider}`
          : 'x') +
      '\0' +
      findingName(finding) +
      (secret ? '\0s' : '')
    let id = this.ids.get(name)
    if (id === undefined) {
      if (this.classes.length >= MAX_CLASSES) return 0
      id = this.classes.length
      this.classes.push({ value: c, finding, secret, lists: listsOf(finding) })
      this.ids.set(name, id)
    }
    return id
  }
}

/** The class of one value: the deep decode's object gives the kind without decoding twice. */
function classOf(
  table: ClassTable,
  key: Uint8Array,
  keyText: string,
  value: Uint8Array,
  options: { root: string; config?: EncryptionConfig }
): number {
  let kind: ValueClass | undefined
  const finding = checkValue(key, keyText, value, options, (o) => {
    kind = { type: 'object', apiVersion: o.apiVersion, kind: o.kind }
  })
  const secret =
    finding.value === 'encrypted' && keyShape(keyText, options.root)?.resource === 'secrets'
  return table.idOf(kind ?? classifyValue(value), finding, secret)
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
 * that does not decode, more live keys than the bound) result() throws. result() may sweep the
 * `key` bucket of `db` again to name keys (rarely); `db` must still be open then.
 */
export class InventorySweep {
  private readonly depth: number
  private readonly maxLiveKeys: number
  private readonly largest: number
  private readonly table = new ClassTable()
  /** The deep decode's prefix and EncryptionConfiguration. */
  private readonly check: { root: string; config?: EncryptionConfig }
  private readonly onKey: InventoryOptions['onKey']
  private readonly live: LiveKeys
  /** Per class id: live keys and their bytes. */
  private readonly classKeys: number[] = [0]
  private readonly classBytes: number[] = [0]
  /** Places (prefix × namespace) by `prefix\0namespace` (or the prefix alone): their ids. */
  private readonly placeIds = new Map<string, number>()
  private readonly places: {
    prefix: string
    namespace: string | undefined
    keys: number
    bytes: number
  }[] = []
  /** The biggest live keys, and the first (smallest) keys of each list, while the sweep has them. */
  private readonly biggest: BestKeys
  private readonly firsts = new Map<List, BestKeys>()
  private revision = 0
  private failure: unknown
  private readonly compactRevision: number
  /** The result, once made (result() may be asked again). */
  private made: Inventory | undefined

  constructor(
    private readonly db: BoltDb,
    options: Omit<InventoryOptions, 'keyEntries'> = {}
  ) {
    this.depth = options.depth ?? 1
    this.maxLiveKeys = options.maxLiveKeys ?? MAX_LIVE_KEYS
    this.largest = options.largest ?? 10
    this.compactRevision = compactRevisionOf(db)
    this.check = {
      root: options.kubernetesPrefix ?? REGISTRY_ROOT,
      ...(options.encryptionConfig && { config: options.encryptionConfig })
    }
    this.onKey = options.onKey
    this.biggest = new BestKeys(this.largest + SPARE_KEYS, biggerFirst)
    for (const list of LISTS)
      this.firsts.set(list, new BestKeys(MAX_EXAMPLES + SPARE_KEYS, smallerFirst))
    const { classKeys, classBytes, places } = this
    this.live = new LiveKeys({
      added(place, cls, size) {
        classKeys[cls] = (classKeys[cls] ?? 0) + 1
        classBytes[cls] = (classBytes[cls] ?? 0) + size
        places[place]!.keys++
        places[place]!.bytes += size
      },
      removed(place, cls, size) {
        classKeys[cls]!--
        classBytes[cls]! -= size
        places[place]!.keys--
        places[place]!.bytes -= size
      }
    })
  }

  /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
  entry(key: Uint8Array, value: Uint8Array | undefined): void {
    if (value === undefined || this.failure !== undefined) return
    try {
      this.add(key, value)
    } catch (error) {
      this.fail(error)
    }
  }

  private fail(error: unknown): void {
    this.failure = error
    this.live.clear() // its memory goes back at once
  }

  private add(key: Uint8Array, value: Uint8Array): void {
    const label = () => revisionLabel(key)
    this.revision = revisionMain(key)
    if (isTombstone(key)) {
      const userKey = keyValueKey(value, label)
      const keyText = byteString(userKey)
      this.forget(keyText)
      this.live.delete(userKey, this.placeOf(keyText))
      return
    }
    const kv = decodePut(value, label)
    const bytes = Math.min(kv.key.length + kv.value.length, MAX_BYTES)
    const keyText = byteString(kv.key)
    const cls = classOf(this.table, kv.key, keyText, kv.value, this.check)
    this.forget(keyText)
    this.biggest.offer(keyText, bytes)
    const lists = this.table.classes[cls]!.lists
    if (lists !== 0)
      for (const list of LISTS) if (lists & list) this.firsts.get(list)!.offer(keyText, bytes)
    this.live.put(kv.key, bytes, cls, this.placeOf(keyText))
    if (this.live.size > this.maxLiveKeys) this.overBound()
  }

  private overBound(): never {
    throw new InventoryLimitError(
      `inventory: more than ${this.maxLiveKeys} live keys (counting needs 12 bytes per live key)`
    )
  }

  /** The key's put that the bounded sets hold is no longer its latest. */
  private forget(keyText: string): void {
    this.biggest.remove(keyText)
    for (const set of this.firsts.values()) set.remove(keyText)
  }

  private placeOf(keyText: string): number {
    const place = placeKey(keyText, this.depth)
    const name =
      place.namespace === undefined ? place.prefix : `${place.prefix}\0${place.namespace}`
    let id = this.placeIds.get(name)
    if (id === undefined) {
      id = this.places.length
      this.places.push({ prefix: place.prefix, namespace: place.namespace, keys: 0, bytes: 0 })
      this.placeIds.set(name, id)
    }
    return id
  }

  /**
   * After every entry: the inventory; or what an entry threw (past the bound: InventoryLimitError).
   * The live keys' runs (12 B per key) are given back once it is made, before the caller's next
   * step (a restore's HashKV sweeps) needs memory of its own.
   */
  result(): Inventory {
    this.made ??= this.make()
    this.live.clear()
    return this.made
  }

  private make(): Inventory {
    if (this.failure !== undefined) throw this.failure
    try {
      this.live.flush()
      if (this.live.size > this.maxLiveKeys) this.overBound()
    } catch (error) {
      this.fail(error)
      throw error
    }
    const classes = this.table.classes
    const named = new KeyNames(this.db, this.live)
    const largest =
      this.biggest.top(this.largest) ?? named.best(this.largest, biggerFirst, () => true)
    const examples = (list: List): KeyExamples => {
      const count = classes.reduce(
        (n, c, i) => (c.lists & list ? n + (this.classKeys[i] ?? 0) : n),
        0
      )
      const keys =
        this.firsts.get(list)!.top(MAX_EXAMPLES) ??
        named.best(MAX_EXAMPLES, smallerFirst, (cls) => (classes[cls]!.lists & list) !== 0)
      return { count, examples: keys.map((k) => readable(k.key)) }
    }
    const k8s = new KubernetesTally(this.check.root, this.check.config !== undefined)
    classes.forEach((c, i) => {
      const keys = this.classKeys[i] ?? 0
      if (keys > 0 && c.finding.value !== 'outside') k8s.add(c.finding, keys, c.secret)
    })
    if (this.onKey) {
      const onKey = this.onKey
      named.each((key, cls) => onKey(readable(key), classes[cls]!.finding, classes[cls]!.value))
    }
    return tally(this, {
      kubernetes: k8s.result({
        undecodable: examples(UNDECODABLE),
        mismatched: examples(MISMATCHED),
        undecryptable: examples(UNDECRYPTABLE)
      }),
      largest
    })
  }

  /** What tally() reads. */
  get figures() {
    return {
      revision: this.revision,
      compactRevision: this.compactRevision,
      depth: this.depth,
      liveKeys: this.live.size,
      classes: this.table.classes,
      classKeys: this.classKeys,
      classBytes: this.classBytes,
      places: this.places
    }
  }
}

/** Bigger first; the same size: the smaller key first (as the `largest` list is sorted). */
function biggerFirst(x: SizedKey, y: SizedKey): boolean {
  return x.size > y.size || (x.size === y.size && x.key < y.key)
}

function smallerFirst(x: SizedKey, y: SizedKey): boolean {
  return x.key < y.key
}

/**
 * Names live keys after the sweep, from their records (live-keys.ts): the records keep no key and
 * no revision, but any put of a key names it, so the `key` bucket is swept again, hashing each
 * put's key, until every record picked is named. Used only when the bounded sets cannot be sure,
 * and for `onKey` (tests).
 */
class KeyNames {
  constructor(
    private readonly db: BoltDb,
    private readonly live: LiveKeys
  ) {}

  /** The best `n` live keys of the classes `wanted` accepts. */
  best(
    n: number,
    better: (x: SizedKey, y: SizedKey) => boolean,
    wanted: (cls: number) => boolean
  ): SizedKey[] {
    // by size, only the keys as big as the n-th biggest need naming; by key, all of them
    const sizes = new Largest<number>(n)
    this.live.forEach((_a, _b, size, cls) => {
      if (wanted(cls)) sizes.offer(size, () => size)
    })
    const floor = better === biggerFirst && n > 0 ? (sizes.sorted().at(-1)?.weight ?? 0) : 0
    const found: SizedKey[] = []
    this.name(
      (size, cls) => wanted(cls) && size >= floor,
      (key, size) => found.push({ key, size })
    )
    return found.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0)).slice(0, n)
  }

  /** Every live key, with its class. */
  each(visit: (key: string, cls: number) => void): void {
    this.name(
      () => true,
      (key, _size, cls) => visit(key, cls)
    )
  }

  private name(
    pick: (size: number, cls: number) => boolean,
    visit: (key: string, size: number, cls: number) => void
  ): void {
    // the picked records by fingerprint "a,b" → [size, cls]
    const wanted = new Map<string, [number, number]>()
    this.live.forEach((a, b, size, cls) => {
      if (pick(size, cls)) wanted.set(`${a},${b}`, [size, cls])
    })
    const bucket = this.db.bucket(Buckets.key)
    if (!bucket || wanted.size === 0) return
    const hash = new KeyHash()
    for (const e of bucket.sweep()) {
      if (e.isBucket || isTombstone(e.key)) continue
      const key = keyValueKey(e.value, () => revisionLabel(e.key))
      hash.of(key)
      const print = `${hash.a},${hash.b}`
      const record = wanted.get(print)
      if (!record) continue
      visit(byteString(key), record[0], record[1])
      wanted.delete(print)
      if (wanted.size === 0) return
    }
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

/** The inventory from the sweep's counters: per class, per place; the largest keys named. */
function tally(
  sweep: InventorySweep,
  named: { kubernetes: KubernetesCheck; largest: SizedKey[] }
): Inventory {
  const { classes, classKeys, classBytes, places } = sweep.figures
  const byPrefix = new Map<string, { keys: number; bytes: number }>()
  const byNamespace = new Map<string, number>()
  for (const place of places) {
    if (place.keys === 0) continue
    const group = byPrefix.get(place.prefix)
    if (group) {
      group.keys += place.keys
      group.bytes += place.bytes
    } else byPrefix.set(place.prefix, { keys: place.keys, bytes: place.bytes })
    if (place.namespace !== undefined)
      byNamespace.set(place.namespace, (byNamespace.get(place.namespace) ?? 0) + place.keys)
  }
  // one kind may sit in several classes (one per deep-decode finding): merged here
  const kindMap = new Map<string, KindCount>()
  const encrypted = { keys: 0, bytes: 0, providers: {} as Record<string, number> }
  let bytes = 0
  classes.forEach(({ value: c }, i) => {
    const keys = classKeys[i] ?? 0
    const classBytesOf = classBytes[i] ?? 0
    if (keys === 0) return
    bytes += classBytesOf
    if (c.type === 'object') {
      const name = `${c.apiVersion}\0${c.kind}`
      const k = kindMap.get(name)
      if (k) {
        k.keys += keys
        k.bytes += classBytesOf
      } else
        kindMap.set(name, { apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytesOf })
    } else if (c.type === 'encrypted') {
      encrypted.keys += keys
      encrypted.bytes += classBytesOf
      encrypted.providers[c.provider] = (encrypted.providers[c.provider] ?? 0) + keys
    }
  })
  const byKeys =
    <T extends { keys: number }>(name: (t: T) => string) =>
    (a: T, b: T) =>
      b.keys - a.keys || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
  const figures = sweep.figures
  return {
    revision: figures.revision,
    compactRevision: figures.compactRevision,
    liveKeys: figures.liveKeys,
    bytes,
    kinds: [...kindMap.values()].sort(byKeys((k) => kindName(k))),
    prefixes: [...byPrefix]
      .map(([prefix, c]) => ({ prefix: readable(prefix), keys: c.keys, bytes: c.bytes }))
      .sort(byKeys((p) => p.prefix)),
    namespaces: [...byNamespace]
      .map(([namespace, keys]) => ({ namespace: readable(namespace), keys }))
      .sort(byKeys((n) => n.namespace)),
    encrypted,
    other: { keys: classKeys[0] ?? 0, bytes: classBytes[0] ?? 0 },
    largest: named.largest
      .map(({ key, size }) => ({ key: readable(key), bytes: size }))
      .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    depth: figures.depth,
    kubernetes: named.kubernetes
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

/** The Kubernetes figures, one class of live keys at a time. */
class KubernetesTally {
  private keys = 0
  private objects = 0
  private notObjects = 0
  private kms = 0
  private readonly groups = new Map<string, Omit<EncryptionKeyCount, 'readable' | 'verdict'>>()

  constructor(
    private readonly root: string,
    private readonly config: boolean
  ) {}

  /** `n` live keys of finding `f` (encrypted: `secret` when under `<prefix>secrets/`). */
  add(f: Finding, n: number, secret: boolean): void {
    this.keys += n
    switch (f.value) {
      case 'outside':
      case 'undecodable':
        return
      case 'not-object':
        this.notObjects += n
        return
      case 'object':
        this.objects += n
        return
      case 'encrypted':
        break
    }
    const name = `${f.provider}\0${f.keyName}`
    let g = this.groups.get(name)
    if (!g) {
      g = {
        provider: f.provider,
        keyName: f.keyName,
        values: 0,
        notSecrets: 0,
        decrypt: 0,
        noKey: 0,
        fails: 0,
        kms: 0,
        unchecked: 0
      }
      this.groups.set(name, g)
    }
    g.values += n
    if (!secret) g.notSecrets += n
    if (f.kmsKeyID !== undefined) {
      const ids = (g.kmsKeyIDs ??= [])
      if (!ids.includes(f.kmsKeyID) && ids.length < MAX_EXAMPLES) ids.push(f.kmsKeyID)
    }
    switch (f.decrypt) {
      case 'decrypts':
        g.decrypt += n
        break
      case 'no-key':
        g.noKey += n
        break
      case 'fails':
        g.fails += n
        break
      case 'kms':
        g.kms += n
        this.kms += n
        break
      case 'unchecked':
        g.unchecked += n
        break
    }
    if (f.plaintext === 'object') this.objects += n
  }

  result(lists: {
    undecodable: KeyExamples
    mismatched: KeyExamples
    undecryptable: KeyExamples
  }): KubernetesCheck {
    const keys = [...this.groups.values()]
      .sort(
        (a, b) =>
          b.values - a.values ||
          (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0) ||
          (a.keyName < b.keyName ? -1 : a.keyName > b.keyName ? 1 : 0)
      )
      .map((g) => {
        const count = { ...g, readable: this.config && g.decrypt === g.values, verdict: '' }
        count.verdict = encryptionVerdict(count, this.config)
        return count
      })
    return {
      prefix: readable(this.root),
      keys: this.keys,
      objects: this.objects,
      undecodable: lists.undecodable,
      mismatched: lists.mismatched,
      notObjects: this.notObjects,
      encryption: {
        config: this.config,
        undecryptable: lists.undecryptable,
        kms: this.kms,
        keys
      }
    }
  }
}

/**
 * One sentence per provider + key: "412 secrets on aescbc key `key2`: all decrypt", or
 * "38 secrets are encrypted with aescbc key `key1`, which the config does not have: the restored
 * cluster cannot read them".
 */
export function encryptionVerdict(
  g: EncryptionKeyCount,
  config: boolean,
  problemsOnly = false
): string {
  const noun = (n: number) =>
    g.notSecrets === 0 ? (n === 1 ? 'secret' : 'secrets') : n === 1 ? 'value' : 'values'
  const name = `${g.provider} key \`${g.keyName}\``
  if (g.provider === 'kms') {
    const ids = g.kmsKeyIDs?.length
      ? ` (KMS v2 key ID ${g.kmsKeyIDs.map((k) => `\`${k}\``).join(', ')})`
      : ''
    return `${g.values} ${noun(g.values)} on KMS provider \`${g.keyName}\`${ids}: needs the KMS, not checked offline`
  }
  if (!config)
    return `${g.values} ${noun(g.values)} on ${name}: not checked (no encryption config given)`
  if (g.decrypt === g.values) return `${g.values} ${noun(g.values)} on ${name}: all decrypt`
  const parts: string[] = []
  if (g.noKey > 0)
    parts.push(
      `${g.noKey} ${noun(g.noKey)} ${g.noKey === 1 ? 'is' : 'are'} encrypted with ${name}, which the config does not have: the restored cluster cannot read ${g.noKey === 1 ? 'it' : 'them'}`
    )
  if (g.fails > 0)
    parts.push(
      `${g.fails} ${noun(g.fails)} on ${name} do${g.fails === 1 ? 'es' : ''} not decrypt with the config's key of that name: the restored cluster cannot read ${g.fails === 1 ? 'it' : 'them'}`
    )
  if (g.decrypt > 0 && !problemsOnly) parts.push(`${g.decrypt} decrypt`)
  return parts.join('; ')
}

/**
 * One line naming what does not decrypt with the config, e.g. "4 values do not decrypt with the
 * encryption config: 3 secrets are encrypted with aescbc key `key1`, which the config does not
 * have: …"; undefined when everything decrypts (or no config was given).
 */
export function undecryptableSummary(check: KubernetesCheck | undefined): string | undefined {
  const count = check?.encryption.undecryptable.count ?? 0
  if (!check || count === 0) return undefined
  const groups = check.encryption.keys.filter((g) => g.noKey + g.fails > 0)
  return `${count} ${count === 1 ? 'value does' : 'values do'} not decrypt with the encryption config: ${groups.map((g) => encryptionVerdict(g, true, true)).join('; ')}`
}

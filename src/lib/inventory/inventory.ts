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
import type { EncryptionConfig } from './encryption-config.js'
import { checkValue, findingName, type Finding } from './k8s-check.js'
import { keyShape } from './k8s-object.js'
import { Largest } from './largest.js'
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
  /** Bound of the live-key map; default 5,000,000. */
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

const CLASS_UNIT = 2 ** 32
const MAX_BYTES = CLASS_UNIT - 1
/** Distinct classes kept apart; past this, new ones count as `other` (keeps packing within 2^53). */
const MAX_CLASSES = 2 ** 20

interface Class {
  value: ValueClass
  finding: Finding
}

const OUTSIDE: Finding = { value: 'outside' }

/** Interns value classes: one id per distinct kind, provider, or other × deep-decode finding. */
class ClassTable {
  readonly classes: Class[] = [{ value: { type: 'other' }, finding: OUTSIDE }]
  private readonly ids = new Map<string, number>([['x\0', 0]])

  idOf(c: ValueClass, finding: Finding): number {
    const name =
      (c.type === 'object'
        ? `o${c.apiVersion}\0${c.kind}`
        : c.type === 'encrypted'
          ? `e${c.provider}`
          : 'x') +
      '\0' +
      findingName(finding)
    let id = this.ids.get(name)
    if (id === undefined) {
      if (this.classes.length >= MAX_CLASSES) return 0
      id = this.classes.length
      this.classes.push({ value: c, finding })
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
  return table.idOf(kind ?? classifyValue(value), finding)
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
  /** The deep decode's prefix and EncryptionConfiguration. */
  private readonly check: { root: string; config?: EncryptionConfig }
  private readonly onKey: InventoryOptions['onKey']
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
    this.check = {
      root: options.kubernetesPrefix ?? REGISTRY_ROOT,
      ...(options.encryptionConfig && { config: options.encryptionConfig })
    }
    this.onKey = options.onKey
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
    const keyText = byteString(kv.key)
    this.latest.set(
      keyText,
      classOf(this.table, kv.key, keyText, kv.value, this.check) * CLASS_UNIT + bytes
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
      largest: this.largest,
      root: this.check.root,
      config: this.check.config !== undefined,
      ...(this.onKey && { onKey: this.onKey })
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
  table: Class[],
  at: {
    revision: number
    compactRevision: number
    depth: number
    largest: number
    root: string
    config: boolean
    onKey?: (key: string, finding: Finding, kind: ValueClass) => void
  }
): Inventory {
  const classes = table.map((c) => c.value)
  const k8s = new KubernetesTally(at.root, at.config)
  const byClass: Counter[] = classes.map(() => ({ keys: 0, bytes: 0 }))
  const byPrefix = new Map<string, Counter>()
  const byNamespace = new Map<string, number>()
  const largest = new Largest<string>(at.largest)
  let bytes = 0
  for (const [key, packed] of latest) {
    const size = packed % CLASS_UNIT
    const id = Math.floor(packed / CLASS_UNIT)
    const counter = byClass[id]!
    const finding = table[id]!.finding
    if (finding.value !== 'outside') k8s.add(key, finding)
    at.onKey?.(readable(key), finding, table[id]!.value)
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
  // one kind may sit in several classes (one per deep-decode finding): merged here
  const kindMap = new Map<string, KindCount>()
  const encrypted = { keys: 0, bytes: 0, providers: {} as Record<string, number> }
  classes.forEach((c, i) => {
    const { keys, bytes: classBytes } = byClass[i]!
    if (keys === 0) return
    if (c.type === 'object') {
      const name = `${c.apiVersion}\0${c.kind}`
      const k = kindMap.get(name)
      if (k) {
        k.keys += keys
        k.bytes += classBytes
      } else kindMap.set(name, { apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytes })
    } else if (c.type === 'encrypted') {
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
    kinds: [...kindMap.values()].sort(byKeys((k) => kindName(k))),
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
    depth: at.depth,
    kubernetes: k8s.result()
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

/** The smallest `MAX_EXAMPLES` keys offered (latin1), so examples do not depend on history. */
class Examples {
  count = 0
  private readonly keys: string[] = []

  add(key: string): void {
    this.count++
    if (this.keys.length === MAX_EXAMPLES && key >= this.keys[MAX_EXAMPLES - 1]!) return
    let i = this.keys.length
    while (i > 0 && this.keys[i - 1]! > key) i--
    this.keys.splice(i, 0, key)
    if (this.keys.length > MAX_EXAMPLES) this.keys.pop()
  }

  result(): KeyExamples {
    return { count: this.count, examples: this.keys.map(readable) }
  }
}

/** The Kubernetes figures, one live key at a time. */
class KubernetesTally {
  private keys = 0
  private objects = 0
  private notObjects = 0
  private kms = 0
  private readonly undecodable = new Examples()
  private readonly mismatched = new Examples()
  private readonly undecryptable = new Examples()
  private readonly groups = new Map<string, Omit<EncryptionKeyCount, 'readable' | 'verdict'>>()

  constructor(
    private readonly root: string,
    private readonly config: boolean
  ) {}

  add(key: string, f: Finding): void {
    this.keys++
    switch (f.value) {
      case 'outside':
        return
      case 'not-object':
        this.notObjects++
        return
      case 'undecodable':
        this.undecodable.add(key)
        return
      case 'object':
        this.objects++
        if (!f.match) this.mismatched.add(key)
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
    g.values++
    if (keyShape(key, this.root)?.resource !== 'secrets') g.notSecrets++
    if (f.kmsKeyID !== undefined) {
      const ids = (g.kmsKeyIDs ??= [])
      if (!ids.includes(f.kmsKeyID) && ids.length < MAX_EXAMPLES) ids.push(f.kmsKeyID)
    }
    switch (f.decrypt) {
      case 'decrypts':
        g.decrypt++
        break
      case 'no-key':
        g.noKey++
        this.undecryptable.add(key)
        break
      case 'fails':
        g.fails++
        this.undecryptable.add(key)
        break
      case 'kms':
        g.kms++
        this.kms++
        break
      case 'unchecked':
        g.unchecked++
        break
    }
    if (f.plaintext === 'undecodable') this.undecodable.add(key)
    else if (f.plaintext === 'object') {
      this.objects++
      if (!f.match) this.mismatched.add(key)
    }
  }

  result(): KubernetesCheck {
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
      undecodable: this.undecodable.result(),
      mismatched: this.mismatched.result(),
      notObjects: this.notObjects,
      encryption: {
        config: this.config,
        undecryptable: this.undecryptable.result(),
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

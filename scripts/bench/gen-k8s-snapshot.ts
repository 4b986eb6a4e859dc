/**
 * Writes a Kubernetes-shaped v3 snapshot with `liveKeys` live keys, for the inventory's memory
 * bench (issue 28): keys `/registry/<resource>/[<namespace>/]<name>` (pods, configmaps, secrets,
 * events, leases, deployments, services/specs, a JSON custom resource, cluster-scoped nodes) and
 * a few `/app/` keys outside the prefix; small values in kube-apiserver's protobuf envelope
 * (`k8s\0` + runtime.Unknown whose raw object starts with an ObjectMeta naming the key), one
 * secret in four encrypted at rest (`k8s:enc:aescbc:v1:key1:`), one value in 100,000 that does not
 * decode and one whose name disagrees with its key. History: every key is created (one key in
 * eleven is deleted later), a compaction mark, then one live key in ten is updated and the
 * doomed ones deleted, in a scattered order. Written with the project's bolt writer in etcd 3.4's
 * layout (gen-snapshot.ts), with the sha256 trailer.
 * Usage: node gen-k8s.js <out-file> <live-keys> [seed]
 */
import { renameSync, rmSync } from 'node:fs'
import { FileByteFile } from '../../src/lib/io/page-file.js'
import { initDb } from '../../src/lib/bolt/init-db.js'
import { WriteTx } from '../../src/lib/bolt/tx.js'
import {
  appendTrailer,
  createEmpty,
  createEtcdBuckets,
  keyValue,
  prng,
  rev,
  uint64,
  varint
} from './snapshot-writer.js'

const PAGE_SIZE = 4096
const KEYS_PER_COMMIT = 200_000
const NAMESPACES = 500
const enc = new TextEncoder()

interface Resource {
  /** The path after /registry/. */
  path: string
  apiVersion: string
  kind: string
  namespaced: boolean
  json?: boolean
  /** Share of the keys, out of 100. */
  weight: number
}

const RESOURCES: Resource[] = [
  { path: 'pods', apiVersion: 'v1', kind: 'Pod', namespaced: true, weight: 38 },
  { path: 'configmaps', apiVersion: 'v1', kind: 'ConfigMap', namespaced: true, weight: 15 },
  { path: 'secrets', apiVersion: 'v1', kind: 'Secret', namespaced: true, weight: 10 },
  { path: 'events', apiVersion: 'v1', kind: 'Event', namespaced: true, weight: 15 },
  {
    path: 'leases',
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    namespaced: true,
    weight: 5
  },
  { path: 'deployments', apiVersion: 'apps/v1', kind: 'Deployment', namespaced: true, weight: 5 },
  { path: 'services/specs', apiVersion: 'v1', kind: 'Service', namespaced: true, weight: 4 },
  {
    path: 'example.com/widgets',
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    namespaced: true,
    json: true,
    weight: 4
  },
  { path: 'minions', apiVersion: 'v1', kind: 'Node', namespaced: false, weight: 3 },
  { path: '', apiVersion: '', kind: '', namespaced: false, weight: 1 } // /app/config/<name>
]
const BY_SLOT: Resource[] = RESOURCES.flatMap((r) => Array<Resource>(r.weight).fill(r))

function field(out: number[], tag: number, bytes: ArrayLike<number>): void {
  out.push(tag)
  varint(out, bytes.length)
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]!)
}

/** `k8s\0` + runtime.Unknown{typeMeta{apiVersion, kind}, raw{ObjectMeta{…}, spec}}. */
function protobufObject(
  r: Resource,
  name: string,
  namespace: string,
  resourceVersion: number,
  spec: Uint8Array
): Uint8Array {
  const meta: number[] = []
  field(meta, 0x0a, enc.encode(name))
  if (namespace) field(meta, 0x1a, enc.encode(namespace))
  field(
    meta,
    0x2a,
    enc.encode(`0b1c${resourceVersion.toString(16).padStart(8, '0')}-7a2e-4c1d-9d2f-6f1e0c5b3a90`)
  )
  field(meta, 0x32, enc.encode(String(resourceVersion)))
  const created: number[] = [0x08]
  varint(created, 1_700_000_000 + (resourceVersion % 10_000_000))
  field(meta, 0x42, created)
  const raw: number[] = []
  field(raw, 0x0a, meta)
  field(raw, 0x12, spec)
  const typeMeta: number[] = []
  field(typeMeta, 0x0a, enc.encode(r.apiVersion))
  field(typeMeta, 0x12, enc.encode(r.kind))
  const unknown: number[] = [0x6b, 0x38, 0x73, 0x00]
  field(unknown, 0x0a, typeMeta)
  field(unknown, 0x12, raw)
  return new Uint8Array(unknown)
}

function generate(path: string, liveKeys: number, seed: number): void {
  const random = prng(seed)
  const pool = new Uint8Array(1 << 16)
  for (let i = 0; i < pool.length; i++) pool[i] = (random() * 256) | 0
  const bytes = (min: number, max: number): Uint8Array => {
    const size = min + ((random() * (max - min)) | 0)
    const at = (random() * (pool.length - size)) | 0
    return pool.subarray(at, at + size)
  }
  // key i is deleted later when i % 11 === 10: the first keyCount keys leave liveKeys live
  const doomed = (i: number) => i % 11 === 10
  let keyCount = 0
  for (let live = 0; live < liveKeys; keyCount++) if (!doomed(keyCount)) live++
  const keyOf = (i: number) => {
    const r = BY_SLOT[(i * 37) % BY_SLOT.length]!
    const name = `${r.kind.toLowerCase() || 'setting'}-${i.toString(36).padStart(6, '0')}`
    const namespace = r.namespaced ? `ns-${(i * 7919) % NAMESPACES}` : ''
    const key = r.path
      ? `/registry/${r.path}/${namespace ? `${namespace}/` : ''}${name}`
      : `/app/config/${name}`
    return { r, name, namespace, key }
  }
  const valueOf = (i: number, revision: number): Uint8Array => {
    const { r, name, namespace } = keyOf(i)
    if (!r.path) return bytes(8, 64)
    if (i % 100_000 === 99_991) return Uint8Array.of(0x6b, 0x38, 0x73, 0x00, 0x0a, 0xff) // cut short
    const metaName = i % 100_000 === 99_989 ? `${name}-renamed` : name
    if (r.kind === 'Secret' && i % 4 === 1)
      return new Uint8Array([...enc.encode('k8s:enc:aescbc:v1:key1:'), ...bytes(48, 96)])
    if (r.json)
      return enc.encode(
        JSON.stringify({
          apiVersion: r.apiVersion,
          kind: r.kind,
          metadata: { name: metaName, namespace, resourceVersion: String(revision) },
          spec: { size: revision % 97 }
        })
      )
    return protobufObject(r, metaName, namespace, revision, bytes(16, 96))
  }

  rmSync(path, { force: true })
  const file = FileByteFile.open(createEmpty(path), { writable: true })
  initDb(file, PAGE_SIZE)
  let tx = WriteTx.begin(file)
  createEtcdBuckets(tx)
  tx.commit({ freelist: 'none' })

  let revision = 1
  let inTx = 0
  tx = WriteTx.begin(file)
  let keys = tx.bucket('key')!
  keys.fillPercent = 0.9
  const put = (k: Uint8Array, v: Uint8Array) => {
    keys.put(k, v)
    if (++inTx >= KEYS_PER_COMMIT) {
      tx.commit({ freelist: 'none' })
      tx = WriteTx.begin(file)
      keys = tx.bucket('key')!
      keys.fillPercent = 0.9
      inTx = 0
    }
  }
  const created = new Float64Array(keyCount)
  const versions = new Uint32Array(keyCount)
  for (let i = 0; i < keyCount; i++) {
    revision++
    created[i] = revision
    versions[i] = 1
    put(
      rev(revision),
      keyValue(enc.encode(keyOf(i).key), revision, revision, 1, valueOf(i, revision), 0)
    )
  }
  const compacted = revision
  // updates and deletes in a scattered order: j → j × step mod keyCount (step coprime)
  let step = Math.floor(keyCount * 0.618) | 1
  while (gcd(step, keyCount) !== 1) step += 2
  for (let j = 0; j < keyCount; j++) {
    const i = (j * step) % keyCount
    const key = enc.encode(keyOf(i).key)
    if (doomed(i)) {
      revision++
      put(rev(revision, 0, true), keyValue(key, 0, revision, 0, new Uint8Array(0), 0))
    } else if (i % 10 === 3) {
      revision++
      const version = ++versions[i]!
      put(rev(revision), keyValue(key, created[i]!, revision, version, valueOf(i, revision), 0))
    }
  }
  const meta = tx.bucket('meta')!
  meta.put('consistent_index', uint64(revision + 100))
  meta.put('finishedCompactRev', rev(compacted))
  meta.put('scheduledCompactRev', rev(compacted))
  tx.commit({ freelist: 'none' })
  file.close()
  appendTrailer(path)
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

const [out, keys, seed] = process.argv.slice(2)
if (!out || !keys) {
  process.stderr.write('usage: gen-k8s.js <out-file> <live-keys> [seed]\n')
  process.exit(2)
}
const tmp = `${out}.partial`
generate(tmp, Number(keys), Number(seed ?? 1))
renameSync(tmp, out)

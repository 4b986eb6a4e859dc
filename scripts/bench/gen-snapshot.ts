/**
 * Writes an etcd-shaped v3 snapshot of about `targetBytes` with the project's own bolt writer, in
 * the layout etcd 3.4 uses: `key` holds revisions (17 bytes, 18 for a tombstone) → mvccpb.KeyValue,
 * ascending, fillPercent 0.9; `lease` holds leasepb.Lease; `meta` a consistent index and a finished
 * compaction; `members`, `cluster`, `auth` as a one-member 3.4 server leaves them. Keys are created
 * first (nothing to compact there), the compaction mark sits after them, then updates and deletes
 * follow. Then the 32-byte sha256 trailer `etcdctl snapshot save` appends.
 * Usage: node gen.js <out-file> <target-bytes> [seed]
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
/** Keys per commit: the writer keeps touched nodes in memory until commit. */
const KEYS_PER_COMMIT = 200_000
const LEASES = 64
const enc = new TextEncoder()

function generate(path: string, target: number, seed: number): void {
  const random = prng(seed)
  const pool = new Uint8Array(1 << 20)
  for (let i = 0; i < pool.length; i++) pool[i] = (random() * 256) | 0
  const valueOf = (): Uint8Array => {
    // mostly 256 B – 2 KiB, 1 in 50 a 12 KiB overflow value
    const size = random() < 0.02 ? 12288 : 256 + ((random() * 1792) | 0)
    const at = (random() * (pool.length - size)) | 0
    return pool.subarray(at, at + size)
  }
  const keyName = (i: number) =>
    enc.encode(`/registry/pods/ns-${i % 97}/pod-${i.toString(36).padStart(6, '0')}`)

  rmSync(path, { force: true })
  const file = FileByteFile.open(createEmpty(path), { writable: true })
  initDb(file, PAGE_SIZE)
  let revision = 1
  const leaseIds = Array.from({ length: LEASES }, (_, i) => 0x694d7a0000000000n + BigInt(i))
  let tx = WriteTx.begin(file)
  createEtcdBuckets(tx)
  const lease = tx.bucket('lease')!
  for (const id of leaseIds) {
    // leasepb.Lease: ID=1 (int64), TTL=2
    const body: number[] = [0x08]
    varint(body, Number(id & 0xffffffffffffn))
    body.push(0x10)
    varint(body, 3600)
    lease.put(uint64(id & 0xffffffffffffn), new Uint8Array(body))
  }
  tx.commit({ freelist: 'none' })

  // Creates: ~70% of the bytes, then a compaction mark, then updates and deletes.
  // Key i is created at revision i + 2; versions[i] is its version, 0 once deleted.
  const versions: number[] = []
  let written = 0
  let inTx = 0
  tx = WriteTx.begin(file)
  let keys = tx.bucket('key')!
  keys.fillPercent = 0.9
  const put = (k: Uint8Array, v: Uint8Array) => {
    keys.put(k, v)
    written += k.length + v.length + 16
    if (++inTx >= KEYS_PER_COMMIT) {
      tx.commit({ freelist: 'none' })
      tx = WriteTx.begin(file)
      keys = tx.bucket('key')!
      keys.fillPercent = 0.9
      inTx = 0
    }
  }
  while (written < target * 0.6) {
    revision++
    const i = versions.length
    const leaseId = i % 10 === 0 ? Number(leaseIds[i % LEASES]! & 0xffffffffffffn) : 0
    put(rev(revision), keyValue(keyName(i), revision, revision, 1, valueOf(), leaseId))
    versions.push(1)
  }
  const compacted = revision
  while (written < target * 0.76) {
    const i = (random() * versions.length) | 0
    if (versions[i] === 0) continue
    revision++
    if (random() < 0.05) {
      // tombstone: the KeyValue carries only key and mod_revision
      put(rev(revision, 0, true), keyValue(keyName(i), 0, revision, 0, new Uint8Array(0), 0))
      versions[i] = 0
    } else {
      const version = ++versions[i]!
      put(rev(revision), keyValue(keyName(i), i + 2, revision, version, valueOf(), 0))
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

const [out, size, seed] = process.argv.slice(2)
if (!out || !size) {
  process.stderr.write('usage: gen.js <out-file> <target-bytes> [seed]\n')
  process.exit(2)
}
const tmp = `${out}.partial`
generate(tmp, Number(size), Number(seed ?? 1))
renameSync(tmp, out)

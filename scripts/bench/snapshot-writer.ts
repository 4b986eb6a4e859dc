/**
 * What the bench's snapshot generators share: a small PRNG, the protobuf varint, mvccpb.KeyValue,
 * revision keys, and the sha256 trailer `etcdctl snapshot save` appends.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import { encodeRevision } from '../../src/lib/backend/revision.js'
import type { WriteTx } from '../../src/lib/bolt/tx.js'

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function varint(out: number[], value: number): void {
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
}

/** mvccpb.KeyValue: key=1, create_revision=2, mod_revision=3, version=4, value=5, lease=6. */
export function keyValue(
  key: Uint8Array,
  create: number,
  mod: number,
  version: number,
  value: Uint8Array,
  lease: number
): Uint8Array {
  const head: number[] = [0x0a]
  varint(head, key.length)
  const mid: number[] = []
  const field = (out: number[], tag: number, n: number) => {
    if (n === 0) return
    out.push(tag)
    varint(out, n)
  }
  field(mid, 0x10, create)
  field(mid, 0x18, mod)
  field(mid, 0x20, version)
  field(mid, 0x2a, value.length)
  const tail: number[] = []
  field(tail, 0x30, lease)
  const out = new Uint8Array(head.length + key.length + mid.length + value.length + tail.length)
  let at = 0
  out.set(head, at)
  out.set(key, (at += head.length))
  out.set(mid, (at += key.length))
  out.set(value, (at += mid.length))
  out.set(tail, at + value.length)
  return out
}

export function uint64(value: number | bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt(value), false)
  return out
}

export function rev(main: number, sub = 0, tombstone = false): Uint8Array {
  return encodeRevision({ main: BigInt(main), sub: BigInt(sub) }, tombstone)
}

export function createEmpty(path: string): string {
  closeSync(openSync(path, 'w', 0o600))
  return path
}

/** The sha256 of everything before, appended as etcdctl snapshot save does. */
export function appendTrailer(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(8 << 20)
    let position = 0
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, position)
      if (n === 0) break
      hash.update(buffer.subarray(0, n))
      position += n
    }
    writeSync(fd, hash.digest(), 0, 32, position)
  } finally {
    closeSync(fd)
  }
}

/** The buckets a one-member etcd 3.4 server leaves, with its cluster version, auth and member. */
export function createEtcdBuckets(tx: WriteTx): void {
  const enc = new TextEncoder()
  for (const name of ['key', 'meta', 'lease', 'alarm', 'auth', 'authUsers', 'authRoles'])
    tx.createBucketIfNotExists(name)
  for (const name of ['cluster', 'members', 'members_removed']) tx.createBucketIfNotExists(name)
  tx.bucket('cluster')!.put('clusterVersion', enc.encode('3.4.0'))
  tx.bucket('auth')!.put('authRevision', uint64(1))
  tx.bucket('members')!.put(
    '8e9e05c52164694d',
    enc.encode(
      '{"id":10276657743932975437,"peerURLs":["http://localhost:2380"],"name":"default","clientURLs":["http://localhost:2379"]}'
    )
  )
}

/**
 * etcd-shaped snapshots of a chosen value size, for the `auto` estimate's tests: the real etcd
 * 3.4.23 fixture with `count` more keys put into its `key` bucket (one revision each, values of
 * `valueBytes`) by the project's bolt writer, no freelist (as etcd writes), then the sha256
 * trailer. Dense: only what the one commit freed is free. `halfFree`: a second commit deletes
 * every other new revision (as etcd's compaction does), freeing about half the pages when the
 * values are large.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { WriteTx } from '../../src/lib/bolt/tx.js'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'
import { latestRevision } from '../../src/lib/backend/facts.js'
import { encodeRevision } from '../../src/lib/backend/revision.js'
import { fixtureDbBytes } from './bolt-fixtures.js'

function varint(out: number[], value: number): void {
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
}

/** mvccpb.KeyValue: key=1, create_revision=2, mod_revision=3, version=4, value=5. */
export function keyValueBytes(key: string, revision: number, value: Uint8Array): Uint8Array {
  const k = Buffer.from(key)
  const head: number[] = [0x0a]
  varint(head, k.length)
  const mid: number[] = [0x10]
  varint(mid, revision)
  mid.push(0x18)
  varint(mid, revision)
  mid.push(0x20, 1, 0x2a)
  varint(mid, value.length)
  return Buffer.concat([Buffer.from(head), k, Buffer.from(mid), value])
}

/** Writes the snapshot to `dir` and returns its path. */
export function denseSnapshot(
  dir: string,
  valueBytes: number,
  count: number,
  options: { halfFree?: boolean } = {}
): string {
  const file = new MemoryByteFile(fixtureDbBytes('source-snapshot-etcd3.4.23.db'))
  const first = Number(latestRevision(BoltDb.open(file))) + 1
  const revKey = (main: number) => encodeRevision({ main: BigInt(main), sub: 0n })
  let tx = WriteTx.begin(file)
  const keys = tx.bucket('key')!
  keys.fillPercent = 0.9 // etcd's, for the key bucket
  const value = Buffer.alloc(valueBytes)
  for (let i = 0; i < count; i++) {
    value.fill(i & 0xff)
    const revision = first + i
    const name = `/registry/configmaps/ns-${i % 7}/cm-${String(i).padStart(6, '0')}`
    keys.put(revKey(revision), keyValueBytes(name, revision, value))
  }
  tx.commit({ freelist: 'none' })
  if (options.halfFree === true) {
    tx = WriteTx.begin(file)
    const bucket = tx.bucket('key')!
    for (let i = 0; i < count; i += 2) bucket.delete(revKey(first + i))
    tx.commit({ freelist: 'none' })
  }
  const db = file.bytes()
  const path = join(
    dir,
    `dense-${valueBytes}x${count}${options.halfFree === true ? '-half-free' : ''}.db`
  )
  writeFileSync(path, Buffer.concat([db, createHash('sha256').update(db).digest()]))
  return path
}

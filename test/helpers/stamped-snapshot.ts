/**
 * A real etcd 3.4.23 snapshot fixture re-stamped as a newer server would have saved it:
 * `meta/storageVersion` and `cluster/clusterVersion` set to `version` (what etcd 3.6+ servers
 * write), a fresh sha256 trailer. Everything else, keys and revisions included, is unchanged.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { WriteTx } from '../../src/lib/bolt/tx.js'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'
import { fixtureDbBytes } from './bolt-fixtures.js'

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

export function stampedSnapshot(
  fixture: 'tiny-snapshot.db' | 'source-snapshot-etcd3.4.23.db',
  version: string,
  dir: string
): string {
  const file = new MemoryByteFile(fixtureDbBytes(fixture))
  const tx = WriteTx.begin(file)
  tx.bucket(ascii('meta'))!.put(ascii('storageVersion'), ascii(version))
  tx.bucket(ascii('cluster'))!.put(ascii('clusterVersion'), ascii(version))
  tx.commit({ freelist: 'none' })
  const db = file.bytes()
  const path = join(dir, `${fixture}-stamped-${version}.db`)
  writeFileSync(path, Buffer.concat([db, createHash('sha256').update(db).digest()]))
  return path
}

/** The real etcd 3.4.23 snapshots in test/fixtures, as bbolt bytes without the 32-byte sha256 trailer. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { limitByteSource, MemoryByteFile } from '../../src/lib/io/page-file.js'
import { scribbling } from './scribbling-source.js'

export const SNAPSHOT_TRAILER = 32

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
}

/** A fresh, mutable copy of the db bytes of a snapshot fixture (trailer stripped). */
export function fixtureDbBytes(
  name: 'tiny-snapshot.db' | 'source-snapshot-etcd3.4.23.db'
): Uint8Array {
  const file = readFileSync(fixturePath(name))
  return new Uint8Array(file.subarray(0, file.length - SNAPSHOT_TRAILER))
}

/**
 * Opens a snapshot fixture the way the product does: a ByteSource limited to size - 32. Its
 * transient reads scribble over the previous one (scribbling-source.ts).
 */
export function openFixture(name: 'tiny-snapshot.db' | 'source-snapshot-etcd3.4.23.db'): BoltDb {
  const file = new MemoryByteFile(readFileSync(fixturePath(name)))
  return BoltDb.open(scribbling(limitByteSource(file, file.size - SNAPSHOT_TRAILER)))
}

/** `bytes` as a db whose transient reads scribble over the previous one. */
export function openBytes(bytes: Uint8Array): BoltDb {
  return BoltDb.open(scribbling(new MemoryByteFile(bytes)))
}

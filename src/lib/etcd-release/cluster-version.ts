import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ClusterKeys, Buckets } from '../backend/schema.js'
import { BoltDb } from '../bolt/db.js'
import { errorMessage, SnapshotError } from '../errors.js'
import { FileByteFile, limitByteSource } from '../io/page-file.js'
import { detectCompression, MAGIC_BYTES, type Compression } from '../snapshot/decompress.js'
import { copyAndVerify, databaseBytes } from '../snapshot/verify.js'
import { autoRelease, type EtcdVersionSpec } from './releases.js'

/**
 * The `cluster` bucket's clusterVersion (`3.5.0`) of a snapshot: what `etcd-version: auto`
 * follows. Two point reads on a plain file; a gzip/zstd snapshot is decompressed to a temporary
 * file first (bbolt pages need positional reads). The full checks are the restore's job.
 */
export async function snapshotClusterVersion(path: string): Promise<string | undefined> {
  const { compression, size } = await sniff(path)
  if (compression === 'none') return readClusterVersion(path, databaseBytes(size))
  const scratch = await mkdtemp(join(tmpdir(), 'etcd-restore-version-'))
  try {
    const db = join(scratch, 'db')
    const copy = await copyAndVerify(path, db, { skipHashCheck: true, fsync: false })
    return readClusterVersion(db, copy.dbSize)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

function readClusterVersion(path: string, dbSize: number): string | undefined {
  const source = FileByteFile.open(path, { writable: false })
  try {
    const value = BoltDb.open(limitByteSource(source, dbSize))
      .bucket(Buckets.cluster)
      ?.get(ClusterKeys.clusterVersion)
    return value === undefined ? undefined : new TextDecoder().decode(value)
  } catch (error) {
    if (error instanceof SnapshotError)
      throw new SnapshotError(
        `cannot read the cluster version of snapshot ${path}: ${errorMessage(error)}`
      )
    throw error
  } finally {
    source.close()
  }
}

async function sniff(path: string): Promise<{ compression: Compression; size: number }> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SnapshotError(`cannot read snapshot ${path}: ${error.message}`)
  })
  try {
    const head = Buffer.alloc(MAGIC_BYTES)
    const { bytesRead } = await handle.read(head, 0, MAGIC_BYTES, 0)
    const size = (await handle.stat()).size
    return { compression: detectCompression(head.subarray(0, bytesRead)), size }
  } finally {
    await handle.close()
  }
}

/** The release to fetch: the one asked for, or `auto`'s pick for the snapshot. */
export async function resolveRelease(spec: EtcdVersionSpec, snapshotPath: string): Promise<string> {
  if (spec !== 'auto') return spec.version
  return autoRelease(await snapshotClusterVersion(snapshotPath), snapshotPath)
}

/**
 * Snapshots taken by etcd 3.6/3.7 servers (meta/storageVersion, and for 3.6+ targets the
 * cluster version the server reads from the backend) restore only to targets whose servers open
 * them; older targets are refused with one clear line before anything is written.
 */
import { createHash } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore.js'
import { assertStorageVersionFits } from '../../../src/lib/backend/storage-version.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { InputError } from '../../../src/lib/errors.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../../src/lib/options.js'
import { fixtureDbBytes } from '../../helpers/bolt-fixtures.js'
import { VECTOR, cleanupTemp, options, tempDir } from './harness.js'

afterAll(cleanupTemp)

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

/** The §12 vector snapshot as a 3.x server would have saved it: storageVersion and cluster version stamped. */
function snapshotFrom(version: string): string {
  const file = new MemoryByteFile(fixtureDbBytes('source-snapshot-etcd3.4.23.db'))
  const tx = WriteTx.begin(file)
  tx.bucket(ascii('meta'))!.put(ascii('storageVersion'), ascii(version))
  tx.bucket(ascii('cluster'))!.put(ascii('clusterVersion'), ascii(version))
  tx.commit({ freelist: 'none' })
  const db = file.bytes()
  const path = join(tempDir(), `snapshot-${version}.db`)
  writeFileSync(path, Buffer.concat([db, createHash('sha256').update(db).digest()]))
  return path
}

const OPENS: Record<string, TargetVersion[]> = {
  '3.6.0': ['3.6', '3.7'],
  '3.7.0': ['3.7']
}

describe.each(Object.entries(OPENS))('snapshot from etcd %s', (version, fits) => {
  const snapshot = snapshotFrom(version)
  test.each([...TARGET_VERSIONS])('target %s', async (target) => {
    const outDir = join(tempDir(), 'out')
    const run = restore(
      options({ ...VECTOR, snapshot }, { kind: 'all', outDir }, { targetVersion: target })
    )
    if (fits.includes(target)) {
      const report = await run
      expect(report.snapshot.storageVersion).toBe(version)
      expect(readdirSync(outDir).sort()).toEqual(['m1', 'm2', 'm3'])
    } else {
      await expect(run).rejects.toThrow(InputError)
      await expect(run).rejects.toThrow(
        `the snapshot was taken from etcd ${version.slice(0, 3)} (meta/storageVersion ${version}), which etcd ${target} servers refuse to open: restore with --target-version ${fits.join(' or ')}`
      )
      expect(readdirSync(join(outDir, '..'))).not.toContain('out')
    }
  })
})

describe('assertStorageVersionFits', () => {
  test('no storage version (3.4/3.5 servers): every target', () => {
    for (const t of TARGET_VERSIONS)
      expect(() => assertStorageVersionFits(t, undefined, '3.5.0')).not.toThrow()
  })
  test('a cluster version newer than a 3.6+ target refuses it; 3.4/3.5 targets read it from the .snap', () => {
    expect(() => assertStorageVersionFits('3.6', undefined, '3.7.0')).toThrow(
      /cluster\/clusterVersion 3\.7\.0.*--target-version 3\.7$/
    )
    expect(() => assertStorageVersionFits('3.5', undefined, '3.7.0')).not.toThrow()
  })
  test('a version newer than every target, and odd spellings', () => {
    expect(() => assertStorageVersionFits('3.7', '3.8.0', undefined)).toThrow(
      /no target version of this tool opens it/
    )
    expect(() => assertStorageVersionFits('3.5', 'garbage', undefined)).not.toThrow()
    expect(() => assertStorageVersionFits('3.5', '3.10.0', undefined)).toThrow(/etcd 3\.10/)
  })
})

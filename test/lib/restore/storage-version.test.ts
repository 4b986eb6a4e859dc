/**
 * Snapshots taken by etcd 3.6/3.7 servers (meta/storageVersion, and for 3.6+ targets the
 * cluster version the server reads from the backend) restore only to targets whose servers open
 * them; older targets are refused with one clear line before anything is written.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import { assertStorageVersionFits } from '../../../src/lib/backend/storage-version.js'
import { InputError } from '../../../src/lib/errors.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../../src/lib/options.js'
import { stampedSnapshot } from '../../helpers/stamped-snapshot.js'
import { VECTOR, cleanupTemp, options, tempDir } from './harness.js'

afterAll(cleanupTemp)

/** The §12 vector snapshot as a 3.x server would have saved it. */
const snapshotFrom = (version: string): string =>
  stampedSnapshot('source-snapshot-etcd3.4.23.db', version, tempDir())

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
        new RegExp(
          `^the snapshot was taken from etcd ${version.slice(0, 3)} \\(meta/storageVersion ${version}\\), too new for --target-version ${target} \\([^\\n]+\\): use --target-version ${fits.join(' or ')} instead$`
        )
      )
      expect(readdirSync(join(outDir, '..'))).not.toContain('out')
    }
  })
})

describe('assertStorageVersionFits', () => {
  test('a 3.6 snapshot for target 3.5 (the default): one line that says what to use instead', () => {
    expect(() => assertStorageVersionFits('3.5', '3.6.0', '3.6.0')).toThrow(
      new InputError(
        'the snapshot was taken from etcd 3.6 (meta/storageVersion 3.6.0), too new for --target-version 3.5 (a downgrade etcd does only through etcdutl migrate; etcd 3.4.31+ exits on such a backend): use --target-version 3.6 or 3.7 instead'
      )
    )
  })
  test('a 3.7 snapshot for target 3.6 quotes what etcd 3.6.17 says', () => {
    expect(() => assertStorageVersionFits('3.6', '3.7.0', '3.7.0')).toThrow(
      'too new for --target-version 3.6 (etcd 3.6.17 exits at startup: "Failed to validate schema", version "3.7.0" is not supported): use --target-version 3.7 instead'
    )
  })
  test('no storage version (3.4/3.5 servers): every target', () => {
    for (const t of TARGET_VERSIONS)
      expect(() => assertStorageVersionFits(t, undefined, '3.5.0')).not.toThrow()
  })
  test('a cluster version newer than a 3.6+ target refuses it; 3.4/3.5 targets read it from the .snap', () => {
    expect(() => assertStorageVersionFits('3.6', undefined, '3.7.0')).toThrow(
      /cluster\/clusterVersion 3\.7\.0.*--target-version 3\.7 instead$/
    )
    expect(() => assertStorageVersionFits('3.5', undefined, '3.7.0')).not.toThrow()
  })
  test('a version newer than every target, and odd spellings', () => {
    expect(() => assertStorageVersionFits('3.7', '3.8.0', undefined)).toThrow(
      /no --target-version of this tool opens it/
    )
    expect(() => assertStorageVersionFits('3.5', 'garbage', undefined)).not.toThrow()
    expect(() => assertStorageVersionFits('3.5', '3.10.0', undefined)).toThrow(/etcd 3\.10/)
  })
})

/**
 * Issue 27 item 3 in the action, on small tmpfs mounts (skipped, loudly, where mounting is
 * refused): the check once the snapshot is on the runner counts the data-dirs in `path`, the
 * members' tar archives packed for upload (one at a time) and the drill's booted members, and says
 * so in the action's words; packing an archive on a full disk says `disk full: <archive>`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { checkActionDisk } from '../../src/action/restore/disk.js'
import { UPLOAD_SOURCES } from '../../scripts/patch-artifact-upload.mjs'
import { pack } from '../../src/action/publish/archive.js'
import type { ActionInputs } from '../../src/action/inputs/index.js'
import { DiskFullError, DiskSpaceError } from '../../src/lib/errors.js'
import { formatBytes } from '../../src/lib/format.js'
import {
  DRILL_MEMBER_BYTES,
  MEMBER_FILES_BYTES,
  compactedBytes
} from '../../src/lib/restore/disk-need.js'
import { snapshotSizes } from '../../src/lib/restore/disk-space.js'
import { restore } from '../../src/lib/restore/index.js'
import { memoryLogger } from './helpers.js'
import { TmpfsMounts } from '../helpers/tmpfs.js'

const TINY = resolve('test/fixtures/tiny-snapshot.db')
const CHURNED = resolve('test/fixtures/churned-snapshot.db')
const TINY_DB = 655_360
const CLUSTER = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'
const root = mkdtempSync(join(tmpdir(), 'etcd-restore-action-disk-'))
const disks = new TmpfsMounts(root, 'test/action/disk.test.ts')
const CAN_MOUNT = disks.canMount

afterEach(() => disks.unmountAll())
afterAll(() => {
  disks.unmountAll()
  rmSync(root, { recursive: true, force: true })
})

function inputs(
  outDir: string,
  over: { archive?: string; upload?: boolean; verify?: string; defrag?: string } = {}
): Pick<ActionInputs, 'restore' | 'publish' | 'drill'> {
  return {
    restore: {
      initialCluster: CLUSTER,
      initialClusterToken: 'restore-token',
      memberNames: ['m1', 'm2', 'm3'],
      outDir,
      defrag: over.defrag ?? 'auto'
    },
    publish: { upload: over.upload ?? true, archive: over.archive ?? 'tar' },
    drill: { verify: over.verify ?? 'none' }
  } as unknown as Pick<ActionInputs, 'restore' | 'publish' | 'drill'>
}

function refusal(work: () => void): string {
  try {
    work()
  } catch (error) {
    expect(error).toBeInstanceOf(DiskSpaceError)
    return (error as Error).message
  }
  throw new Error('expected a DiskSpaceError')
}

describe.skipIf(!CAN_MOUNT)('action: the disk check', () => {
  test('path: holds the data-dirs and (tar) one archive at a time', () => {
    const fs = disks.mount('2600k')
    const path = join(fs, 'etcd-restore')
    const work = join(fs, 'work')
    const logger = memoryLogger()
    const member = TINY_DB + MEMBER_FILES_BYTES
    const message = refusal(() => checkActionDisk(inputs(path), TINY, work, logger))
    expect(message).toBe(
      `needs ${formatBytes(4 * member)} on ${path}, 2.5 MiB free; set path: or archive: tar.zst or upload: false`
    )
    // without the archives (a compressed format, or no upload) the data-dirs fit
    checkActionDisk(inputs(path, { archive: 'tar.zst' }), TINY, work, logger)
    checkActionDisk(inputs(path, { upload: false }), TINY, work, logger)
    // with the bundled client (its upload sources) a tar archive is sent as packed: never on disk
    const sources = Symbol.for(UPLOAD_SOURCES)
    ;(globalThis as Record<symbol, unknown>)[sources] = new Map()
    try {
      checkActionDisk(inputs(path), TINY, work, logger)
    } finally {
      delete (globalThis as Record<symbol, unknown>)[sources]
    }
    expect(readdirSync(fs)).toEqual([])
  })

  test('defrag: always is offered when compacted members (and archives) would fit', () => {
    const fs = disks.mount('8m')
    const path = join(fs, 'etcd-restore')
    const message = refusal(() =>
      checkActionDisk(inputs(path, { defrag: 'never' }), CHURNED, join(fs, 'work'), memoryLogger())
    )
    const need = 4 * (snapshotSizes(CHURNED).dbBytes + MEMBER_FILES_BYTES)
    expect(message).toBe(
      `needs ${formatBytes(need)} on ${path}, 8.0 MiB free; set path: or archive: tar.zst or upload: false or defrag: always`
    )
    const compacted = compactedBytes(snapshotSizes(CHURNED).estimate!)
    expect(4 * (compacted + MEMBER_FILES_BYTES)).toBeLessThan(8 * 1024 * 1024)
    checkActionDisk(inputs(path, { defrag: 'auto' }), CHURNED, join(fs, 'work'), memoryLogger())
  })

  test('verify: boot counts the booted members in TMPDIR, in the action’s words', () => {
    const temp = disks.mount('16m')
    const saved = process.env.TMPDIR
    process.env.TMPDIR = temp
    try {
      const path = join(mkdtempSync(join(root, 'out-')), 'etcd-restore')
      const message = refusal(() =>
        checkActionDisk(inputs(path, { verify: 'boot' }), TINY, join(root, 'work'), memoryLogger())
      )
      expect(message).toBe(
        `needs ${formatBytes(3 * (TINY_DB + DRILL_MEMBER_BYTES))} on ${temp}, 16.0 MiB free; set TMPDIR (the drill boots its members there)`
      )
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
    }
  })

  test('an archive packed on a full disk: `disk full: <archive>`, no partial archive', async () => {
    const out = join(mkdtempSync(join(root, 'restored-')), 'out')
    await restore({
      snapshotPath: TINY,
      skipHashCheck: false,
      initialCluster: CLUSTER,
      initialClusterToken: 'restore-token',
      target: { kind: 'all', outDir: out },
      bumpRevision: 0n,
      markCompacted: false,
      targetVersion: '3.5',
      defrag: 'never'
    })
    const fs = disks.mount('256k')
    const file = join(fs, 'etcd-data-m1.tar')
    const error = await pack(
      out,
      ['m1', 'm1/member', 'm1/member/snap', 'm1/member/snap/db'],
      file,
      { archive: 'tar', compressionLevel: 6 },
      memoryLogger()
    ).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(DiskFullError)
    expect((error as Error).message).toBe(`disk full: ${file}`)
    expect(existsSync(file)).toBe(false) // no partial archive
    expect(readdirSync(fs)).toEqual([])
  })
})

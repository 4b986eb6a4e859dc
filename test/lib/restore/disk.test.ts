/**
 * Issue 27 item 3, a full disk, on small tmpfs mounts (the tests run as root; where mounting is
 * refused every test here is skipped, loudly). Before the first write the restore and the drill
 * refuse, in one line naming the path, the need, the free bytes and the remedy, a run that cannot
 * fit, and write nothing; a disk that fills anyway (the check bypassed, or a ballast file written
 * once it passed) gives `disk full: <path>` and leaves no staging, no partial output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest'
import { DiskFullError, DiskSpaceError, ExitCode } from '../../../src/lib/errors.js'
import { formatBytes } from '../../../src/lib/format.js'
import { silentLogger, type Logger } from '../../../src/lib/logger.js'
import type { Defrag } from '../../../src/lib/options.js'
import { restore } from '../../../src/lib/restore/index.js'
import {
  DRILL_MEMBER_BYTES,
  MEMBER_FILES_BYTES,
  compactedBytes
} from '../../../src/lib/restore/disk-need.js'
import { snapshotSizes } from '../../../src/lib/restore/disk-space.js'
import { runDrill } from '../../../src/lib/drill/run.js'
import { etcdServersForTests } from '../../helpers/etcd-servers.js'
import { TINY, cleanupTemp, fixture, options, tempDir } from './harness.js'
import { TmpfsMounts } from '../../helpers/tmpfs.js'

const CHURNED = fixture('churned-snapshot.db')
const TINY_DB = 655_360
const root = mkdtempSync(join(tmpdir(), 'etcd-restore-disk-'))
const disks = new TmpfsMounts(root, 'test/lib/restore/disk.test.ts')
const CAN_MOUNT = disks.canMount

afterEach(() => disks.unmountAll())
afterAll(() => {
  disks.unmountAll()
  rmSync(root, { recursive: true, force: true })
  cleanupTemp()
})

/** Bytes still free on the file system of `dir`. */
function free(dir: string): number {
  const s = statfsSync(dir)
  return s.bavail * s.bsize
}

const threeMembers = (snapshot: string, outDir: string, defrag: Defrag, extra = {}) =>
  options({ ...TINY, snapshot }, { kind: 'all', outDir }, { defrag, ...extra })

async function rejection(work: Promise<unknown>): Promise<Error> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof Error)) throw new Error('expected a rejection')
  return error
}

describe.skipIf(!CAN_MOUNT)('disk: the check before the first write', () => {
  test('a restore that cannot fit is refused in one line, and nothing is written', async () => {
    const fs = disks.mount('1m')
    const out = join(fs, 'clusters', 'out')
    const error = await rejection(restore(threeMembers(TINY.snapshot, out, 'never')))
    expect(error).toBeInstanceOf(DiskSpaceError)
    expect((error as DiskSpaceError).exitCode).toBe(ExitCode.disk)
    const need = 3 * (TINY_DB + MEMBER_FILES_BYTES)
    expect(error.message).toBe(
      `needs ${formatBytes(need)} on ${out}, 1.0 MiB free; choose another --out-dir`
    )
    expect(error.message).toBe(`needs 2.1 MiB on ${out}, 1.0 MiB free; choose another --out-dir`)
    expect(readdirSync(fs)).toEqual([]) // not even the parent folder
  })

  test('--defrag always is offered when the compacted members would fit', async () => {
    const fs = disks.mount('8m')
    const out = join(fs, 'out')
    const error = await rejection(restore(threeMembers(CHURNED, out, 'never')))
    const need = 3 * (snapshotSizes(CHURNED).dbBytes + MEMBER_FILES_BYTES)
    expect(error.message).toBe(
      `needs ${formatBytes(need)} on ${out}, 8.0 MiB free; choose another --out-dir or --defrag always`
    )
    expect(readdirSync(fs)).toEqual([])
  })

  test('the compacted size is what a compacting restore needs: auto fits where a copy would not', async () => {
    const fs = disks.mount('8m')
    const out = join(fs, 'out')
    const estimate = snapshotSizes(CHURNED).estimate!
    const report = await restore(threeMembers(CHURNED, out, 'auto'))
    expect(report.db!.mode).toBe('compact')
    // the estimate errs on the large side, by a little
    expect(compactedBytes(estimate)).toBeGreaterThanOrEqual(report.db!.restoredSize)
    expect(compactedBytes(estimate)).toBeLessThan(1.5 * report.db!.restoredSize)
    expect(readdirSync(fs)).toEqual(['out'])
  })

  test('a gzip snapshot: the size its header gives is checked', async () => {
    const fs = disks.mount('1m')
    const gz = join(tempDir('disk-gz-'), 'tiny.db.gz')
    writeFileSync(gz, gzipSync(readFileSync(TINY.snapshot)))
    expect(snapshotSizes(gz)).toMatchObject({ dbBytes: TINY_DB, compressed: true })
    const out = join(fs, 'out')
    const error = await rejection(restore(threeMembers(gz, out, 'auto')))
    expect(error.message).toBe(`needs 2.1 MiB on ${out}, 1.0 MiB free; choose another --out-dir`)
    expect(readdirSync(fs)).toEqual([])
  })

  test('a gzip snapshot whose header understates it: checked again once staged', async () => {
    const fs = disks.mount('1536k')
    // two gzip members: ISIZE (the last member's) says half the database
    const bytes = readFileSync(TINY.snapshot)
    const half = bytes.length / 2
    const gz = join(tempDir('disk-gz-'), 'tiny.db.gz')
    writeFileSync(
      gz,
      Buffer.concat([gzipSync(bytes.subarray(0, half)), gzipSync(bytes.subarray(half))])
    )
    expect(snapshotSizes(gz).dbBytes).toBe(half)
    const out = join(fs, 'out')
    const error = await rejection(restore(threeMembers(gz, out, 'never')))
    // the staged db (640 KiB) is on disk: left to write, two more dbs and three members' files
    const left = 2 * TINY_DB + 3 * MEMBER_FILES_BYTES
    const free = 1536 * 1024 - TINY_DB
    expect(error.message).toBe(
      `needs ${formatBytes(left)} on ${out}, ${formatBytes(free)} free; choose another --out-dir`
    )
    expect(readdirSync(fs)).toEqual([])
  })

  test('a separate --wal-dir on another file system counts there', async () => {
    const out = join(tempDir('disk-out-'), 'out')
    const wal = join(disks.mount('64k'), 'wal')
    // 3 × 32 KiB of WAL and .snap on a 64 KiB file system
    const error = await rejection(
      restore(
        options(TINY, { kind: 'all', outDir: out, walDir: wal }, { defrag: 'never' as Defrag })
      )
    )
    expect(error.message).toBe(`needs 96.0 KiB on ${wal}, 64.0 KiB free; choose another --wal-dir`)
  })
})

describe.skipIf(!CAN_MOUNT)('disk: full anyway (ENOSPC mid-write)', () => {
  test('the check bypassed, a copying restore fills the disk: `disk full`, nothing left', async () => {
    const fs = disks.mount('1m')
    const out = join(fs, 'out')
    const error = await rejection(
      restore(threeMembers(TINY.snapshot, out, 'never', { checkDisk: false }))
    )
    expect(error).toBeInstanceOf(DiskFullError)
    expect(error.message).toBe(`disk full: ${out}`)
    expect(readdirSync(fs)).toEqual([])
  })

  test('the check bypassed, a compaction fills the disk (the page writer): `disk full`, nothing left', async () => {
    const fs = disks.mount('1m')
    const out = join(fs, 'out')
    const error = await rejection(
      restore(threeMembers(CHURNED, out, 'always', { checkDisk: false }))
    )
    expect(error).toBeInstanceOf(DiskFullError)
    expect(error.message).toBe(`disk full: ${out}`)
    expect(readdirSync(fs)).toEqual([])
  })

  test('the disk full when the WAL and .snap are written: `disk full`, nothing left', async () => {
    const fs = disks.mount('8m')
    const out = join(fs, 'out')
    const logger: Logger = {
      ...silentLogger,
      group: (name, fn) => {
        if (name === 'Write member data-dirs')
          writeFileSync(join(fs, 'ballast'), Buffer.alloc(free(fs)))
        return fn()
      }
    }
    const error = await rejection(restore(threeMembers(TINY.snapshot, out, 'never', { logger })))
    expect(error).toBeInstanceOf(DiskFullError)
    expect(error.message).toBe(`disk full: ${out}`)
    // from the first member's files (targetWriteError)
    expect((error.cause as Error).message).toBe(`disk full: ${join(out, 'm1')}`)
    expect(readdirSync(fs)).toEqual(['ballast'])
  })

  for (const defrag of ['never', 'always'] as const) {
    test(`the check passed, then something else filled the disk (--defrag ${defrag})`, async () => {
      const fs = disks.mount('8m')
      const out = join(fs, 'out')
      // once the check has passed and the staging is made, the restore's first log group: a
      // ballast file takes all but 64 KiB
      const logger: Logger = {
        ...silentLogger,
        group: (_name, fn) => {
          writeFileSync(join(fs, 'ballast'), Buffer.alloc(free(fs) - 64 * 1024))
          return fn()
        },
        info: (message) => {
          if (message.startsWith('free pages:') && !readdirSync(fs).includes('ballast'))
            writeFileSync(join(fs, 'ballast'), Buffer.alloc(free(fs) - 64 * 1024))
        }
      }
      const snapshot = defrag === 'never' ? TINY.snapshot : CHURNED
      const error = await rejection(restore(threeMembers(snapshot, out, defrag, { logger })))
      expect(error).toBeInstanceOf(DiskFullError)
      expect(error.message).toBe(`disk full: ${out}`)
      expect(readdirSync(fs)).toEqual(['ballast'])
    })
  }
})

const etcd = etcdServersForTests()[0]

describe.skipIf(!CAN_MOUNT || etcd === undefined)('disk: the drill', () => {
  /** Runs `work` with TMPDIR (where the drill boots its members) on `dir`. */
  async function withTmpdir<T>(dir: string, work: () => Promise<T>): Promise<T> {
    vi.stubEnv('TMPDIR', dir)
    try {
      return await work()
    } finally {
      vi.unstubAllEnvs()
    }
  }

  const drillOptions = (outDir: string, extra = {}) => ({
    ...threeMembers(TINY.snapshot, outDir, 'never'),
    etcdPath: etcd!.etcd,
    ...extra
  })

  test('no room in TMPDIR for the booted members: refused before the restore', async () => {
    const temp = disks.mount('16m')
    const parent = tempDir('disk-drill-')
    const out = join(parent, 'out')
    const error = await rejection(withTmpdir(temp, () => runDrill(drillOptions(out))))
    expect(error).toBeInstanceOf(DiskSpaceError)
    const need = 3 * (TINY_DB + DRILL_MEMBER_BYTES)
    expect(error.message).toBe(
      `needs ${formatBytes(need)} on ${temp}, 16.0 MiB free; set TMPDIR to a larger disk`
    )
    expect(readdirSync(parent)).toEqual([])
    expect(readdirSync(temp)).toEqual([])
  })

  test('the check bypassed, the members’ copies fill TMPDIR: `disk full`, no copy left', async () => {
    const temp = disks.mount('1m')
    const parent = tempDir('disk-drill-')
    const out = join(parent, 'out')
    const error = await rejection(
      withTmpdir(temp, () => runDrill(drillOptions(out, { checkDisk: false })))
    )
    expect(error).toBeInstanceOf(DiskFullError)
    expect(error.message).toMatch(new RegExp(`^disk full: ${temp}/etcd-drill-data-\\w+$`))
    expect(readdirSync(temp)).toEqual([])
    // the restore writes the boot copies in its pass: one that fails fails it, which leaves nothing
    expect(readdirSync(parent)).toEqual([])
  })
})

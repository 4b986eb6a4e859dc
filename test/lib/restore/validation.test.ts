/**
 * Refusals before anything is written (format doc §1.3, §3): bad cluster descriptions are
 * InputErrors, targets in the way are TargetErrors; each leaves the target untouched.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { InputError, TargetError, type RestoreError } from '../../../src/lib/errors.js'
import type { RestoreOptions, RestoreTarget } from '../../../src/lib/options.js'
import { restore } from '../../../src/lib/restore/index.js'
import { TINY, cleanupTemp, options, stagingLeftovers, tempDir } from './harness.js'

afterAll(cleanupTemp)

function single(dataDir: string, extra: Partial<Extract<RestoreTarget, { kind: 'single' }>> = {}) {
  return {
    kind: 'single' as const,
    name: 'm1',
    dataDir,
    initialAdvertisePeerUrls: TINY.peer.m1,
    ...extra
  }
}

async function refusal(opts: RestoreOptions): Promise<RestoreError> {
  const error = await restore(opts).then(
    () => undefined,
    (e: unknown) => e
  )
  if (error === undefined) throw new Error('restore succeeded, expected a refusal')
  return error as RestoreError
}

/** Restores into a fresh parent and expects an InputError matching `message`, with nothing written. */
async function expectInputError(
  message: RegExp,
  cluster: { initialCluster?: string; token?: string },
  target: (parent: string) => RestoreTarget,
  extra: Partial<RestoreOptions> = {}
): Promise<void> {
  const parent = tempDir('restore-valid-')
  const error = await refusal(
    options(
      {
        snapshot: TINY.snapshot,
        initialCluster: cluster.initialCluster ?? TINY.initialCluster,
        token: cluster.token ?? TINY.token
      },
      target(parent),
      extra
    )
  )
  expect(error).toBeInstanceOf(InputError)
  expect(error.message).toMatch(message)
  expect(error.message).not.toMatch(/\n/)
  expect(readdirSync(parent)).toEqual([])
}

describe('cluster description errors (InputError, nothing written)', () => {
  const inDir = (parent: string) => single(join(parent, 'd'))
  const outDir = (parent: string): RestoreTarget => ({ kind: 'all', outDir: join(parent, 'out') })

  test('--name not in --initial-cluster', async () => {
    await expectInputError(/couldn't find local name "m9"|"m9".*initial cluster/i, {}, (p) =>
      single(join(p, 'd'), { name: 'm9' })
    )
  })

  test('duplicate URL', async () => {
    const ic = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23811'
    await expectInputError(/duplicate/i, { initialCluster: ic }, inDir)
    await expectInputError(/duplicate/i, { initialCluster: ic }, outDir)
  })

  test.each([
    ['a path', 'm1=http://127.0.0.1:23811/'],
    ['a longer path', 'm1=http://127.0.0.1:23811/peer'],
    ['no port', 'm1=http://127.0.0.1'],
    ['a bad scheme', 'm1=ftp://127.0.0.1:23811'],
    ['no scheme', 'm1=127.0.0.1:23811']
  ])('URL with %s', async (_what, ic) => {
    const error = await refusal(
      options({ ...TINY, initialCluster: ic }, { kind: 'all', outDir: join(tempDir(), 'out') })
    )
    expect(error).toBeInstanceOf(InputError)
    // the message quotes the offending URL
    expect(error.message).toContain(ic.slice(3))
  })

  test('advertise URLs differ from the member’s URLs', async () => {
    await expectInputError(/advertise|127\.0\.0\.1:9999/, {}, (p) =>
      single(join(p, 'd'), { initialAdvertisePeerUrls: 'http://127.0.0.1:9999' })
    )
  })

  test('several advertise URLs match in any order, as etcd compares sorted lists', async () => {
    const ic = 'm1=http://127.0.0.1:2,m2=http://127.0.0.1:3,m1=http://127.0.0.1:1'
    for (const advertise of [
      'http://127.0.0.1:1,http://127.0.0.1:2',
      'http://127.0.0.1:2,http://127.0.0.1:1'
    ]) {
      const dataDir = join(tempDir('restore-valid-'), 'd')
      const report = await restore(
        options(
          { ...TINY, initialCluster: ic },
          single(dataDir, { initialAdvertisePeerUrls: advertise })
        )
      )
      expect(report.cluster.members[0]?.peerURLs).toEqual([
        'http://127.0.0.1:1',
        'http://127.0.0.1:2'
      ])
    }
    await expectInputError(/advertise|127\.0\.0\.1/, { initialCluster: ic }, (p) =>
      single(join(p, 'd'), { initialAdvertisePeerUrls: 'http://127.0.0.1:1' })
    )
  })

  test('--bump-revision without --mark-compacted and vice versa', async () => {
    await expectInputError(/mark-compacted/, {}, outDir, { bumpRevision: 5n })
    await expectInputError(/bump-revision/, {}, outDir, { markCompacted: true })
  })

  test('unknown --members name', async () => {
    await expectInputError(/"m7" is not in --initial-cluster/, {}, (p) => ({
      kind: 'all',
      outDir: join(p, 'out'),
      members: ['m1', 'm7']
    }))
  })

  test('empty cluster', async () => {
    await expectInputError(/empty/, { initialCluster: '' }, outDir)
  })
})

describe('targets in the way (TargetError, left untouched)', () => {
  /** Runs restore against a prepared target and checks the refusal and the untouched state. */
  async function expectTargetError(
    prepare: (parent: string) => RestoreTarget,
    message: RegExp
  ): Promise<void> {
    const parent = tempDir('restore-target-')
    const target = prepare(parent)
    const snapshotOf = (dir: string): string =>
      JSON.stringify(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .map((e) => {
            const path = join(e.parentPath, e.name)
            const st = statSync(path, { throwIfNoEntry: false })
            return `${path} ${st?.mode.toString(8)} ${e.isFile() ? readFileSync(path, 'hex') : ''}`
          })
          .sort()
      )
    const before = snapshotOf(parent)
    const error = await refusal(options(TINY, target))
    expect(error).toBeInstanceOf(TargetError)
    expect(error.message).toMatch(message)
    expect(snapshotOf(parent)).toBe(before)
    expect(stagingLeftovers(parent)).toEqual([])
  }

  test('non-empty data-dir', async () => {
    await expectTargetError((p) => {
      mkdirSync(join(p, 'd'))
      writeFileSync(join(p, 'd', 'keep.txt'), 'precious')
      return single(join(p, 'd'))
    }, /data-dir ".*\/d" is not empty/)
  })

  test('non-empty out-dir', async () => {
    await expectTargetError((p) => {
      mkdirSync(join(p, 'out', 'm1'), { recursive: true })
      return { kind: 'all', outDir: join(p, 'out') }
    }, /out-dir ".*\/out" is not empty/)
  })

  test('data-dir is a file', async () => {
    await expectTargetError((p) => {
      writeFileSync(join(p, 'd'), 'a file')
      return single(join(p, 'd'))
    }, /data-dir ".*\/d" exists and is not a directory/)
  })

  test('data-dir is a symbolic link (even to an empty folder)', async () => {
    await expectTargetError((p) => {
      mkdirSync(join(p, 'real'))
      symlinkSync(join(p, 'real'), join(p, 'd'))
      return single(join(p, 'd'))
    }, /symbolic link/)
  })

  test('existing wal-dir (even empty), single and --out-dir', async () => {
    await expectTargetError((p) => {
      mkdirSync(join(p, 'wal'))
      return single(join(p, 'd'), { walDir: join(p, 'wal') })
    }, /wal-dir ".*\/wal" exists/)
    await expectTargetError((p) => {
      mkdirSync(join(p, 'wal', 'm1'), { recursive: true })
      return { kind: 'all', outDir: join(p, 'out'), walDir: join(p, 'wal') }
    }, /wal-dir ".*\/wal" is not empty/)
  })

  test('an empty data-dir is accepted (3.5 rule) and keeps its place', async () => {
    const parent = tempDir('restore-target-')
    mkdirSync(join(parent, 'd'), { mode: 0o755 })
    const report = await restore(options(TINY, single(join(parent, 'd'))))
    expect(report.cluster.members[0]?.dataDir).toBe(join(parent, 'd'))
    expect(statSync(join(parent, 'd')).mode & 0o777).toBe(0o700)
    expect(readdirSync(parent)).toEqual(['d'])
  })
})

/**
 * Golden restores: the bytes etcdctl 3.4.23 wrote (WAL, .snap) and the logical db the format doc
 * prescribes, for the §12 vector cluster (all members at once and one member at a time, 3.4 and
 * 3.5 formats) and for the tiny fixture (3.4 format, compared with etcdctl's own output).
 */
import { closeSync, ftruncateSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import type { RestoreReport } from '../../../src/lib/report.js'
import {
  MEMBERS,
  SNAP_NAME,
  TINY,
  VECTOR,
  WAL_NAME,
  cleanupTemp,
  dumpBody,
  dumpDbFile,
  expectLayout,
  expectSnap,
  expectWal,
  fixture,
  options,
  sha256File,
  stagingLeftovers,
  targetVersions,
  tempDir,
  walHead,
  without34Term,
  type MemberName
} from './harness.js'

afterAll(cleanupTemp)

const expected35 = readFileSync(fixture('vectors/expected/db-after-v3.5-style-restore.txt'), 'utf8')
const sourceSha = sha256File(VECTOR.snapshot)

function expectedDump(version: string): string {
  return dumpBody(version === '3.4' ? without34Term(expected35) : expected35)
}

/** Every check of one restored member of the §12 vector. */
function checkVectorMember(dataDir: string, name: MemberName, version: string): void {
  expectLayout(dataDir)
  const wal = walHead(`vectors/wal-records-v${version === '3.4' ? '3.4' : '3.5'}-${name}.bin`)
  expect(wal.length).toBe(version === '3.4' ? 496 : 536)
  expectWal(join(dataDir, 'member', 'wal', WAL_NAME), wal)
  expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`vectors/${SNAP_NAME}`))
  const dump = dumpDbFile(join(dataDir, 'member', 'snap', 'db'))
  expect(dumpBody(dump)).toBe(expectedDump(version))
  // etcdctl 3.4 deletes a user key named like the source member; we never copy that bug
  expect(dump).toContain(Buffer.from('6668fae7b84992aa').toString('hex'))
  expect(dump).not.toMatch(/5f000000000000000074 =>/) // no tombstone added
}

function checkReport(report: RestoreReport, names: MemberName[], version: string): void {
  expect(report.targetVersion).toBe(version)
  expect(report.cluster.id).toBe(VECTOR.clusterId)
  expect(report.cluster.token).toBe(VECTOR.token)
  expect(report.snapshot.hash).toBe('verified')
  expect(report.snapshot.revision).toBe(6)
  expect(report.restoredRevision).toBe(6)
  expect(report.snapshot.sourceMembers).toEqual(['6668fae7b84992aa'])
  expect(report.cluster.members.map((m) => [m.name, m.id, m.peerURLs])).toEqual(
    names.map((n) => [n, VECTOR.ids[n], [VECTOR.peer[n]]])
  )
}

// targets 3.6 and 3.7: golden-3.6-3.7.test.ts
describe.each(targetVersions())('§12 vector, target %s', (version) => {
  test('all members into --out-dir', async () => {
    const parent = tempDir()
    const outDir = join(parent, 'out')
    const report = await restore(
      options(VECTOR, { kind: 'all', outDir }, { targetVersion: version })
    )
    // report lists members in --initial-cluster order (the WAL keeps etcd's ID order: m3 < m2 < m1)
    checkReport(report, ['m1', 'm2', 'm3'], version)
    for (const name of MEMBERS) checkVectorMember(join(outDir, name), name, version)
    for (const m of report.cluster.members) {
      expect(m.dataDir).toBe(join(outDir, m.name))
      expect(m.walDir).toBe(join(outDir, m.name, 'member', 'wal'))
      expect(m.files.find((f) => f.path === join('member', 'wal', WAL_NAME))).toEqual({
        path: join('member', 'wal', WAL_NAME),
        bytes: 64_000_000,
        mode: '0600'
      })
    }
    // one edit, replayed onto every member's copy of the verified db: the same bytes everywhere
    const sums = MEMBERS.map((n) => sha256File(join(outDir, n, 'member', 'snap', 'db')))
    expect(new Set(sums).size).toBe(1)
    expect(stagingLeftovers(parent)).toEqual([])
    expect(sha256File(VECTOR.snapshot)).toBe(sourceSha)
  })

  test.each(MEMBERS)('single member %s (--name --data-dir)', async (name) => {
    const parent = tempDir()
    const dataDir = join(parent, `${name}.etcd`)
    const report = await restore(
      options(
        VECTOR,
        { kind: 'single', name, dataDir, initialAdvertisePeerUrls: VECTOR.peer[name] },
        { targetVersion: version }
      )
    )
    checkReport(report, [name], version)
    checkVectorMember(dataDir, name, version)
    expect(stagingLeftovers(parent)).toEqual([])
  })
})

describe('the WAL check itself', () => {
  test('catches a stray byte deep in the zero tail, a wrong head and a wrong size', () => {
    const path = join(tempDir(), WAL_NAME)
    const head = walHead('vectors/wal-records-v3.4-m1.bin')
    const fd = openSync(path, 'w', 0o600)
    writeSync(fd, head, 0, head.length, 0)
    ftruncateSync(fd, 64_000_000)
    writeSync(fd, Buffer.from([1]), 0, 1, 40_000_000)
    closeSync(fd)
    expect(() => expectWal(path, head)).toThrow(/chunk at 39845888/)
    expect(() => expectWal(path, walHead('vectors/wal-records-v3.4-m2.bin'))).toThrow(/head/)
    truncateSync(path, 63_999_999)
    expect(() => expectWal(path, head)).toThrow(/size/)
  })
})

describe('tiny fixture, target 3.4: byte-equal with etcdctl 3.4.23', () => {
  test('WAL and .snap equal etcdctl’s, db edited logically, modes as etcd', async () => {
    const parent = tempDir()
    const outDir = join(parent, 'out')
    const report = await restore(options(TINY, { kind: 'all', outDir }, { targetVersion: '3.4' }))
    expect(report.cluster.id).toBe(TINY.clusterId)
    expect(Object.fromEntries(report.cluster.members.map((m) => [m.name, m.id]))).toEqual(TINY.ids)
    expect(report.snapshot).toMatchObject({
      hash: 'verified',
      revision: 44,
      compactRevision: 33,
      totalKeys: 240,
      dbSize: 655_360,
      sourceConsistentIndex: '60',
      sourceMembers: ['998e80b37cc7227d'],
      authEnabled: false
    })

    const source = dumpBody(dumpDbFile(TINY.snapshot)).split('\n')
    for (const name of MEMBERS) {
      const dataDir = join(outDir, name)
      expectLayout(dataDir)
      expectWal(
        join(dataDir, 'member', 'wal', WAL_NAME),
        walHead(`tiny-restored/wal-head-${name}.bin`)
      )
      expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`tiny-restored/${SNAP_NAME}`))
      // logical db: the source's, with new members and consistent_index 3 (no term for 3.4)
      const restored = dumpBody(dumpDbFile(join(dataDir, 'member', 'snap', 'db'))).split('\n')
      expect(restored.filter((l) => !source.includes(l))).toEqual([
        'bucket "members" (3 keys)',
        `   "680a6d7308dc2baa" => "{\\"id\\":7496924870548925354,\\"peerURLs\\":[\\"http://127.0.0.1:23811\\"],\\"name\\":\\"m1\\"}"`,
        `   "78e38f2d93f8a53a" => "{\\"id\\":8710963530183517498,\\"peerURLs\\":[\\"http://127.0.0.1:23821\\"],\\"name\\":\\"m2\\"}"`,
        `   "7a758a68060ad0e8" => "{\\"id\\":8824111224284958952,\\"peerURLs\\":[\\"http://127.0.0.1:23831\\"],\\"name\\":\\"m3\\"}"`,
        '   "consistent_index" => hex:0000000000000003'
      ])
      expect(source.filter((l) => !restored.includes(l))).toEqual([
        'bucket "members" (1 keys)',
        expect.stringMatching(/^ {3}"998e80b37cc7227d" => /),
        '   "consistent_index" => hex:000000000000003c'
      ])
    }
  })
})

describe('awkward inputs (format doc §12.4), target 3.4: byte-equal with etcdctl 3.4.23', () => {
  const AWKWARD = {
    snapshot: VECTOR.snapshot,
    initialCluster:
      'x&<y>=http://10.0.0.2:2380,x&<y>=http://10.0.0.1:2380,zz=https://h.example:7001,a=unix://sock:1',
    token: 'tok"en'
  }
  const members = [
    {
      name: 'x&<y>',
      file: 'xy',
      id: '538520b937431f2d',
      urls: ['http://10.0.0.1:2380', 'http://10.0.0.2:2380']
    },
    { name: 'zz', file: 'zz', id: '25cef5435b876dfa', urls: ['https://h.example:7001'] },
    { name: 'a', file: 'a', id: '4dfb88e6740f10ea', urls: ['unix://sock:1'] }
  ]

  test('several URLs per member, https and unix URLs, HTML-escaped name, quoted token', async () => {
    const outDir = join(tempDir(), 'out')
    const report = await restore(
      options(AWKWARD, { kind: 'all', outDir }, { targetVersion: '3.4' })
    )
    expect(report.cluster.id).toBe('527d6c6a2842ab55')
    for (const m of members) {
      expect(report.cluster.members.find((r) => r.name === m.name)).toMatchObject({
        id: m.id,
        peerURLs: m.urls
      })
      const dataDir = join(outDir, m.name)
      expectLayout(dataDir)
      expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead(`awkward/wal-head-${m.file}.bin`))
      expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`awkward/${SNAP_NAME}`))
    }
  })

  test('single member with its URLs advertised in another order', async () => {
    const dataDir = join(tempDir(), 'xy')
    await restore(
      options(
        AWKWARD,
        {
          kind: 'single',
          name: 'x&<y>',
          dataDir,
          initialAdvertisePeerUrls: 'http://10.0.0.2:2380,http://10.0.0.1:2380'
        },
        { targetVersion: '3.4' }
      )
    )
    expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead('awkward/wal-head-xy.bin'))
    expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`awkward/${SNAP_NAME}`))
  })
})

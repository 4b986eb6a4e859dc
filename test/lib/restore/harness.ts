/**
 * Shared by the restore tests: temp folders, option builders, and the checks every restored
 * member must pass (WAL head + zero tail, .snap bytes, modes, logical db dump).
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import type { RestoreOptions, RestoreTarget, TargetVersion } from '../../../src/lib/options.js'
import { dumpBolt } from '../../helpers/bolt-dump.js'

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures')
export const fixture = (name: string): string => join(fixtures, name)

export const WAL_NAME = '0000000000000000-0000000000000000.wal'
export const SNAP_NAME = '0000000000000001-0000000000000003.snap'
export const WAL_SIZE = 64_000_000

/** The §12 vector cluster and its IDs (format doc §2). */
export const VECTOR = {
  snapshot: fixture('source-snapshot-etcd3.4.23.db'),
  initialCluster: 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380',
  token: 'etcd-cluster',
  peer: { m1: 'http://127.0.0.1:2380', m2: 'http://127.0.0.1:22380', m3: 'http://127.0.0.1:32380' },
  ids: { m1: 'b71f75320dc06a6c', m2: '9e737febb6b99eee', m3: '628170c800dbcee' },
  clusterId: '66d3a070bf89b39'
} as const

/** The tiny fixture as etcdctl 3.4.23 restored it (fixtures README). */
export const TINY = {
  snapshot: fixture('tiny-snapshot.db'),
  initialCluster: 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831',
  token: 'restore-token',
  peer: {
    m1: 'http://127.0.0.1:23811',
    m2: 'http://127.0.0.1:23821',
    m3: 'http://127.0.0.1:23831'
  },
  ids: { m1: '680a6d7308dc2baa', m2: '78e38f2d93f8a53a', m3: '7a758a68060ad0e8' },
  clusterId: 'db8de8e7d3d50195'
} as const

export type MemberName = 'm1' | 'm2' | 'm3'
export const MEMBERS: MemberName[] = ['m1', 'm2', 'm3']

const made: string[] = []

/** A fresh temp folder, removed by cleanupTemp(). */
export function tempDir(prefix = 'restore-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export function options(
  base: { snapshot: string; initialCluster: string; token: string },
  target: RestoreTarget,
  extra: Partial<RestoreOptions> = {}
): RestoreOptions {
  return {
    snapshotPath: base.snapshot,
    skipHashCheck: false,
    initialCluster: base.initialCluster,
    initialClusterToken: base.token,
    target,
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: '3.5',
    ...extra
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/**
 * The WAL is exactly `head` followed by zeros up to 64,000,000 bytes. Reads 1 MiB at a time into
 * one buffer (the file is sparse, so this is cheap).
 */
export function expectWal(path: string, head: Uint8Array): void {
  const st = statSync(path)
  expect(st.size, `${path} size`).toBe(WAL_SIZE)
  expect(st.mode & 0o777, `${path} mode`).toBe(0o600)
  const chunk = 1024 * 1024
  const buffer = Buffer.alloc(chunk)
  const zeros = Buffer.alloc(chunk)
  const fd = openSync(path, 'r')
  try {
    const first = readSync(fd, buffer, 0, chunk, 0)
    expect(first).toBe(chunk)
    expect(Buffer.from(buffer.subarray(0, head.length)).toString('hex'), `${path} head`).toBe(
      Buffer.from(head).toString('hex')
    )
    expect(buffer.subarray(head.length).equals(zeros.subarray(head.length)), `${path} zeros`).toBe(
      true
    )
    for (let pos = chunk; pos < WAL_SIZE; pos += chunk) {
      const want = Math.min(chunk, WAL_SIZE - pos)
      expect(readSync(fd, buffer, 0, want, pos)).toBe(want)
      if (!buffer.subarray(0, want).equals(zeros.subarray(0, want))) {
        throw new Error(`${path}: non-zero byte in the 1 MiB chunk at ${pos}`)
      }
    }
  } finally {
    closeSync(fd)
  }
}

/** The WAL head fixture: the used records, cut where the zeros start when given a longer head. */
export function walHead(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixture(name)))
}

export function expectSnap(path: string, expected: string): void {
  expect(readFileSync(path).equals(readFileSync(expected)), `${path} bytes`).toBe(true)
  expect(statSync(path).mode & 0o777, `${path} mode`).toBe(0o666 & ~currentUmask())
}

let umask: number | undefined
export function currentUmask(): number {
  // process.umask() without an argument is deprecated; /proc tells the same without side effects.
  if (umask === undefined) {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Umask:'))
    umask = line === undefined ? 0o022 : parseInt(line.split(/\s+/)[1] ?? '022', 8)
  }
  return umask
}

/** Folders 0700, db 0600, and nothing else in the data-dir than etcd writes. */
export function expectLayout(dataDir: string, walDir?: string, snapName = SNAP_NAME): void {
  const dirs = [dataDir, join(dataDir, 'member'), join(dataDir, 'member', 'snap')]
  dirs.push(walDir ?? join(dataDir, 'member', 'wal'))
  for (const dir of dirs) expect(statSync(dir).mode & 0o777, `${dir} mode`).toBe(0o700)
  expect(statSync(join(dataDir, 'member', 'snap', 'db')).mode & 0o777).toBe(0o600)
  expect(readdirSync(join(dataDir, 'member')).sort()).toEqual(
    walDir === undefined ? ['snap', 'wal'] : ['snap']
  )
  expect(readdirSync(join(dataDir, 'member', 'snap')).sort()).toEqual([snapName, 'db'])
  expect(readdirSync(walDir ?? join(dataDir, 'member', 'wal'))).toEqual([WAL_NAME])
}

/** Logical dump of a db file (test/helpers/bolt-dump format). */
export function dumpDbFile(path: string): string {
  const file = FileByteFile.open(path)
  try {
    return dumpBolt(BoltDb.open(file))
  } finally {
    file.close()
  }
}

/** A dump without its `txid=… size=…` header line, which differs between bbolt writers. */
export function dumpBody(dump: string): string {
  return dump.split('\n').slice(1).join('\n')
}

/** The 3.4-target form of a 3.5 dump: no meta/term. */
export function without34Term(dump: string): string {
  return dump
    .replace(/\n {3}"term" => hex:[0-9a-f]+/, '')
    .replace('bucket "meta" (2 keys)', 'bucket "meta" (1 keys)')
}

/** Entries of the staging prefix left in a folder (there must be none after any run). */
export function stagingLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('.etcd-restore-'))
}

export function targetVersions(): TargetVersion[] {
  return ['3.4', '3.5']
}

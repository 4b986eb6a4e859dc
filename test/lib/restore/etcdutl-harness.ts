/**
 * Shared by the goldens against real etcdutl (etcdutl-golden*.test.ts) and the status comparison
 * (test/cli/status-compat.test.ts): the snapshots real servers saved, the etcdutl references per
 * target line, our CLI in this process, and restored members as digests (WAL and .snap bytes or
 * content, each db bucket's entries).
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, vi } from 'vitest'
import { main } from '../../../src/cli/main.js'
import { decodeSnapFile } from '../../../src/lib/snap/snap-file.js'
import { etcdServersForTests, type EtcdServer } from '../../helpers/etcd-servers.js'
import { TINY, dumpDbFile, fixture } from './harness.js'

/** The etcdutl whose outputs the checked-in digests hold, per line. */
export const REFERENCE = { '3.5': '3.5.30', '3.6': '3.6.17', '3.7': '3.7.4' } as const
export type Line = keyof typeof REFERENCE

/** A snapshot saved by a real etcd server (fixtures README of each etcd-<version> folder). */
export interface SavedSnapshot {
  /** `<saved by>-<name>`: names the digest files. */
  key: string
  savedBy: string
  path: string
  /** Its `<file>.expect.json` (tiny: the 3.4.23 tiny fixture's). */
  expectPath: string
}

const saved = (version: string, name: string): SavedSnapshot => ({
  key: `${version}-${name}`,
  savedBy: version,
  path: fixture(`etcd-${version}/${name}.db`),
  expectPath: fixture(`etcd-${version}/${name}.db.expect.json`)
})

/** Every snapshot real servers saved here: 3.4.23's tiny one, plain and auth of 3.5–3.7. */
export const SAVED: SavedSnapshot[] = [
  {
    key: '3.4.23-tiny',
    savedBy: '3.4.23',
    path: TINY.snapshot,
    expectPath: fixture('tiny-snapshot.db.expect.json')
  },
  ...['3.5.30', '3.6.17', '3.7.4'].flatMap((v) => [saved(v, 'plain'), saved(v, 'auth')])
]

export const update = process.env.UPDATE_ETCDUTL_GOLDEN === '1'

/**
 * The etcdutl binaries of a line under test. None: a loud warning (the checked-in digests still
 * run), or an error with REQUIRE_ETCD=1 or when rewriting the digests.
 */
export function etcdutlsOf(line: Line): EtcdServer[] {
  const found = etcdServersForTests().filter((s) => s.minor === line && s.etcdutl)
  const missing = !found.some((s) => s.version === REFERENCE[line])
  if (missing && update) throw new Error(`UPDATE_ETCDUTL_GOLDEN=1 needs etcdutl ${REFERENCE[line]}`)
  if (found.length === 0) {
    const message = `no etcdutl ${line}: its goldens compare with the checked-in digests only`
    if (process.env.REQUIRE_ETCD === '1') throw new Error(`REQUIRE_ETCD=1 but ${message}`)
    console.warn(`\n*** ${message} ***\n`)
  }
  return found
}

/** The folder holding etcdutl <line>'s checked-in outputs. */
export const expectedDir = (line: Line): string => fixture(`etcd-${REFERENCE[line]}/expected`)

export const BUMP = ['--bump-revision', '1000000', '--mark-compacted']
export const VARIANTS = [
  { name: 'plain', args: [] as string[] },
  { name: 'bumped', args: BUMP }
]

/** Our CLI in this process (the same main() the bundle runs), its stdout captured. */
export async function ourCli(argv: string[]): Promise<string> {
  let stdout = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    expect(await main(argv)).toBe(0)
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
  return stdout
}

const etcdutlEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))

export function runEtcdutl(server: EtcdServer, argv: string[]): string {
  const run = spawnSync(server.etcdutl!, argv, {
    encoding: 'utf8',
    env: etcdutlEnv(),
    timeout: 60_000
  })
  if (run.status !== 0) throw new Error(`etcdutl ${argv.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

/** runEtcdutl without blocking: several runs (and our CLI) overlap their disk waits. */
export function startEtcdutl(server: EtcdServer, argv: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(server.etcdutl!, argv, {
      env: etcdutlEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', fail)
    child.once('close', (code) =>
      code === 0 ? done() : fail(new Error(`etcdutl ${argv.join(' ')} failed (${code}): ${stderr}`))
    )
  })
}

/** `snapshot restore` flags for one member of the tiny fixture's cluster, the same for both tools. */
export function memberArgs(snapshot: string, dataDir: string, name: string, extra: string[]) {
  return [
    ...['snapshot', 'restore', snapshot, '--name', name, '--data-dir', dataDir],
    ...['--initial-cluster', TINY.initialCluster, '--initial-cluster-token', TINY.token],
    ...['--initial-advertise-peer-urls', TINY.peer[name as keyof typeof TINY.peer], ...extra]
  ]
}

/** One file's bytes as digests: equal digests, equal files. */
export interface FileDigest {
  name: string
  size: number
  /** Bytes up to the last non-zero one; all the rest are zeros (a WAL's preallocated tail). */
  used: number
  /** sha256 of the used bytes. */
  sha256: string
}

/** The one file (besides db) in dir, as size + used bytes + their sha256. */
export function fileDigest(dir: string): FileDigest {
  const name = onlyFile(dir)
  const path = join(dir, name)
  const size = statSync(path).size
  const chunk = Buffer.alloc(1 << 20)
  const zeros = Buffer.alloc(1 << 20)
  const fd = openSync(path, 'r')
  try {
    let used = 0
    for (let pos = 0; pos < size; pos += chunk.length) {
      const n = readSync(fd, chunk, 0, chunk.length, pos)
      if (chunk.subarray(0, n).equals(zeros.subarray(0, n))) continue
      let last = n - 1
      while (chunk[last] === 0) last--
      used = pos + last + 1
    }
    const head = Buffer.alloc(used)
    readSync(fd, head, 0, used, 0)
    return { name, size, used, sha256: createHash('sha256').update(head).digest('hex') }
  } finally {
    closeSync(fd)
  }
}

function onlyFile(dir: string): string {
  const names = readdirSync(dir).filter((n) => n !== 'db')
  expect(names, dir).toHaveLength(1)
  return names[0]!
}

const dumped = new Map<string, Record<string, string>>()

/**
 * The logical dump cut into top-level buckets (bbolt's page layout and txid are left out).
 * Remembered by the file's sha256: every member of a restore gets the same db.
 */
export function bucketDumps(dbPath: string): Record<string, string> {
  const bytes = sha256(readFileSync(dbPath))
  let out = dumped.get(bytes)
  if (out === undefined) dumped.set(bytes, (out = dumpBuckets(dbPath)))
  return out
}

function dumpBuckets(dbPath: string): Record<string, string> {
  const out: Record<string, string> = {}
  let current = ''
  for (const line of dumpDbFile(dbPath).split('\n').slice(1)) {
    if (line.startsWith('bucket ')) current = line.replace(/ \(\d+ keys\)$/, '')
    if (line !== '') out[current] = `${out[current] ?? ''}${line}\n`
  }
  return out
}

const sha256 = (text: string | Uint8Array): string =>
  createHash('sha256').update(text).digest('hex')

export function bucketDigests(buckets: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(buckets).map(([name, text]) => [name, sha256(text)]))
}

interface StoreNode {
  CreatedIndex: number
  ModifiedIndex: number
  Children: Record<string, StoreNode> | null
}
interface StoreEvent {
  node: { key: string; createdIndex: number; modifiedIndex: number }
}
interface V2Store {
  Root: { Children: { '0': { Children: { members?: { Children: Record<string, StoreNode> } } } } }
  WatcherHub: { EventHistory: { Queue: { Events: (StoreEvent | null)[] } } }
}

/** A `.snap` as content: everything but the order in which the v2 members were created. */
export interface SnapContent {
  name: string
  size: number
  /** The member IDs in creation order (the v2 store indexes 1..n). */
  order: string[]
  /** The file with the creation order taken out, as text (see snapContent). */
  canonical: string
}

/**
 * etcdutl 3.6/3.7 create the v2 store's members ranging over a Go map (membership/cluster.go
 * `RaftCluster.Store`), so each member's CreatedIndex/ModifiedIndex and the event queue's order
 * change from run to run. This checks those indexes are a consistent creation order, takes it out
 * (indexes 0, events sorted by key) and keeps every other byte: the metadata after the JSON as
 * hex, and the JSON as parsed — which must print back to exactly its bytes, so nothing of the
 * payload escapes the comparison. The crc follows from the rest.
 */
export function snapContent(path: string): SnapContent {
  const name = basename(path)
  const bytes = readFileSync(path)
  const snap = decodeSnapFile(bytes) // crc checked
  const text = Buffer.from(snap.data).toString('utf8')
  const store = JSON.parse(text) as V2Store
  expect(JSON.stringify(store), `${path}: JSON printed as Go prints it`).toBe(text)
  const members = store.Root.Children['0'].Children.members?.Children ?? {}
  const index = new Map<string, number>()
  for (const [id, node] of Object.entries(members)) {
    const attrs = node.Children?.raftAttributes
    const seen = [node.CreatedIndex, node.ModifiedIndex, attrs?.CreatedIndex, attrs?.ModifiedIndex]
    expect(new Set(seen).size, `${path}: member ${id} indexes ${seen.join(',')}`).toBe(1)
    index.set(id, node.CreatedIndex)
    node.CreatedIndex = node.ModifiedIndex = 0
    attrs!.CreatedIndex = attrs!.ModifiedIndex = 0
  }
  const order = [...index.keys()].sort((a, b) => index.get(a)! - index.get(b)!)
  expect(
    order.map((id) => index.get(id)),
    `${path}: indexes 1..n`
  ).toEqual(order.map((_, i) => i + 1))
  const events = store.WatcherHub.EventHistory.Queue.Events
  const created = events.filter((e) => e !== null)
  expect(
    created.map((e) => e.node.key),
    `${path}: events in creation order`
  ).toEqual(order.map((id) => `/0/members/${id}/raftAttributes`))
  for (const e of created) e.node.createdIndex = e.node.modifiedIndex = 0
  created.sort((a, b) => (a.node.key < b.node.key ? -1 : 1))
  events.splice(0, created.length, ...created)
  const metadata = bytes.subarray(bytes.indexOf(snap.data) + snap.data.length).toString('hex')
  return { name, size: bytes.length, order, canonical: JSON.stringify({ metadata, store }) }
}

/** What one restored member is, as digests. */
export interface MemberDigest {
  wal: FileDigest
  /** 3.5: the bytes; 3.6/3.7: the content (sha256 of SnapContent.canonical) and size. */
  snap: FileDigest | { name: string; size: number; content: string }
  db: Record<string, string>
}

export interface Member {
  digest: MemberDigest
  buckets: Record<string, string>
  snap?: SnapContent
}

/** The member in dataDir as digests; `bySnapContent` for etcdutl 3.6+'s map-ordered `.snap`. */
export function digestMember(dataDir: string, bySnapContent = false): Member {
  const buckets = bucketDumps(join(dataDir, 'member', 'snap', 'db'))
  const wal = fileDigest(join(dataDir, 'member', 'wal'))
  const db = bucketDigests(buckets)
  const snapDir = join(dataDir, 'member', 'snap')
  if (!bySnapContent) return { digest: { wal, snap: fileDigest(snapDir), db }, buckets }
  const snap = snapContent(join(snapDir, onlyFile(snapDir)))
  const content = { name: snap.name, size: snap.size, content: sha256(snap.canonical) }
  return { digest: { wal, snap: content, db }, buckets, snap }
}

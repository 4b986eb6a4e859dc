/**
 * Targets 3.6 and 3.7: the §12 vector cluster restored as etcdutl 3.6.14 and 3.7.1 would, against
 * the golden files in test/fixtures/target-3.6/ and target-3.7/ (their DERIVATION.md says which
 * upstream function produced which bytes). Besides byte equality with the pinned files, each
 * golden is re-derived here from the etcdctl-verified 3.5 vectors by exactly the differences the
 * derivation names, so a wrong golden cannot pass by agreeing with the code that wrote it.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'
import { decodeSnapFile } from '../../../src/lib/snap/snap-file.js'
import { membershipV2Json } from '../../../src/lib/snap/membership-v2.js'
import { decodeWal } from '../../../src/lib/wal/decoder.js'
import { RecordType } from '../../../src/lib/wal/record-type.js'
import { decodeConfChange, decodeEntry, decodeWalSnapshot } from '../../../src/lib/proto/decode.js'
import {
  MEMBERS,
  SNAP_NAME,
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
  tempDir,
  walHead
} from './harness.js'

afterAll(cleanupTemp)

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const read = (name: string): Buffer => readFileSync(fixture(name))

/** sha256 of each bucket's section of a logical dump (test/helpers/bolt-dump.ts format). */
function bucketDigests(body: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const section of body.split(/\n(?=bucket )/)) {
    const name = /^bucket "([^"]+)"/.exec(section)?.[1]
    if (name) out[name] = createHash('sha256').update(section.trimEnd()).digest('hex')
  }
  return out
}

const expected35Db = dumpBody(read('vectors/expected/db-after-v3.5-style-restore.txt').toString())

describe.each(['3.6', '3.7'] as const)('§12 vector, target %s', (version) => {
  const dir = `target-${version}`

  test('all members: WAL heads, .snap and db equal the golden files', async () => {
    const outDir = join(tempDir(), 'out')
    const report = await restore(
      options(VECTOR, { kind: 'all', outDir }, { targetVersion: version })
    )
    expect(report.targetVersion).toBe(version)
    const digests = JSON.parse(read(`${dir}/db-buckets.sha256.json`).toString()) as object
    for (const name of MEMBERS) {
      const dataDir = join(outDir, name)
      expectLayout(dataDir)
      expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead(`${dir}/wal-head-${name}.bin`))
      expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`${dir}/${SNAP_NAME}`))
      const body = dumpBody(dumpDbFile(join(dataDir, 'member', 'snap', 'db')))
      // etcdutl 3.6/3.7 edit the db exactly as 3.5 does
      expect(body).toBe(expected35Db)
      expect(bucketDigests(body)).toEqual(digests)
    }
    expect(
      new Set(MEMBERS.map((n) => sha256File(join(outDir, n, 'member', 'snap', 'db')))).size
    ).toBe(1)
  })

  test('one member (--name --data-dir) gets the same files', async () => {
    const dataDir = join(tempDir(), 'm2.etcd')
    await restore(
      options(
        VECTOR,
        { kind: 'single', name: 'm2', dataDir, initialAdvertisePeerUrls: VECTOR.peer.m2 },
        { targetVersion: version }
      )
    )
    expectWal(join(dataDir, 'member', 'wal', WAL_NAME), walHead(`${dir}/wal-head-m2.bin`))
    expectSnap(join(dataDir, 'member', 'snap', SNAP_NAME), fixture(`${dir}/${SNAP_NAME}`))
  })
})

describe('the goldens follow from the etcdctl-verified 3.5 vectors', () => {
  test('3.6 WAL: unchanged from 3.5 (same gogoproto raftpb, same wal.Create/Save/SaveSnapshot)', () => {
    for (const name of MEMBERS) {
      expect(hex(read(`target-3.6/wal-head-${name}.bin`))).toBe(
        hex(read(`vectors/wal-records-v3.5-${name}.bin`))
      )
    }
  })

  test('3.7 WAL: the 3.5 records without ConfChange.id (08 00) and ConfState.auto_leave (28 00)', () => {
    for (const name of MEMBERS) {
      const old = decodeWal(read(`vectors/wal-records-v3.5-${name}.bin`)).records
      const now = decodeWal(read(`target-3.7/wal-head-${name}.bin`)).records // CRC chain checked
      expect(now.map((r) => r.type)).toEqual(old.map((r) => r.type))
      now.forEach((record, i) => {
        const was = hex(old[i]!.data ?? new Uint8Array())
        const is = hex(record.data ?? new Uint8Array())
        if (record.type === RecordType.entry) {
          // Entry{Type 1 (08 01), Term 1 (10 01), Index k (18 0k), Data (22 len ConfChange)}
          const oldEntry = decodeEntry(old[i]!.data!)
          const entry = decodeEntry(record.data!)
          expect([entry.type, entry.term, entry.index]).toEqual([
            oldEntry.type,
            oldEntry.term,
            oldEntry.index
          ])
          const oldChange = hex(oldEntry.data!)
          expect(oldChange.startsWith('08001000')).toBe(true) // gogo: id 0 first
          expect(hex(entry.data!)).toBe(oldChange.slice(4))
          expect(decodeConfChange(entry.data!)).toMatchObject(
            (({ type, nodeId }) => ({ type, nodeId }))(decodeConfChange(oldEntry.data!))
          )
        } else if (record.type === RecordType.snapshot && i === old.length - 1) {
          // walpb.Snapshot{08 03, 10 01, 1a <len> ConfState{voters.., [28 00]}}: 2 bytes shorter
          expect(was.endsWith('2800')).toBe(true)
          const oldLen = parseInt(was.slice(10, 12), 16)
          expect(is).toBe(
            `${was.slice(0, 10)}${(oldLen - 2).toString(16).padStart(2, '0')}${was.slice(12, -4)}`
          )
          expect(decodeWalSnapshot(record.data!).confState?.voters).toEqual(
            decodeWalSnapshot(old[i]!.data!).confState?.voters
          )
        } else {
          // crc, metadata, the empty snapshot (index 0, term 0 set explicitly) and HardState
          expect(is).toBe(was)
        }
      })
    }
  })

  test('3.6 .snap payload: the 3.5 v2 store with getsFail 1 and members created in --initial-cluster order', () => {
    const store = JSON.parse(read('vectors/v2store-snapshot-data.json').toString()) as {
      Root: { Children: { '0': { Children: { members: { Children: Record<string, Node> } } } } }
      WatcherHub: { EventHistory: { Queue: { Events: (Event | null)[] } } }
      Stats: { getsFail: number }
    }
    interface Node {
      CreatedIndex: number
      ModifiedIndex: number
      Children: Record<string, Node> | null
    }
    interface Event {
      node: { key: string; modifiedIndex: number; createdIndex: number }
    }
    // written order m1, m2, m3 → indexes 1, 2, 3 (3.5 used ID order m3, m2, m1)
    const written = ['b71f75320dc06a6c', '9e737febb6b99eee', '628170c800dbcee']
    const members = store.Root.Children['0'].Children.members.Children
    const events = store.WatcherHub.EventHistory.Queue.Events
    const byKey = new Map(events.slice(0, 3).map((e) => [e!.node.key, e!]))
    written.forEach((id, i) => {
      const k = i + 1
      const dir = members[id]!
      dir.CreatedIndex = dir.ModifiedIndex = k
      const attrs = dir.Children!.raftAttributes!
      attrs.CreatedIndex = attrs.ModifiedIndex = k
      const event = byKey.get(`/0/members/${id}/raftAttributes`)!
      event.node.createdIndex = event.node.modifiedIndex = k
      events[i] = event
    })
    store.Stats.getsFail = 1
    // no character of this vector needs Go's HTML escaping, so JSON.stringify writes Go's bytes
    const derived = JSON.stringify(store)
    expect(read('target-3.6/snapshot-data.json').toString()).toBe(derived)
    expect(membershipV2Json(buildCluster(VECTOR.initialCluster, VECTOR.token))).toBe(derived)
  })

  test('.snap files: the payload plus the 3.5 metadata (3.7: without auto_leave)', () => {
    const payload = read('target-3.6/snapshot-data.json')
    const v35 = decodeSnapFile(read(`vectors/${SNAP_NAME}`))
    for (const version of ['3.6', '3.7']) {
      const snap = decodeSnapFile(read(`target-${version}/${SNAP_NAME}`))
      expect(Buffer.from(snap.data).equals(payload)).toBe(true)
      expect([snap.voters, snap.learners, snap.index, snap.term]).toEqual([
        v35.voters,
        v35.learners,
        v35.index,
        v35.term
      ])
    }
    // the file ends with raftpb.Snapshot.metadata: 3.5 and 3.6 `12 28 | 0a 22 voters 28 00 |
    // 10 03 | 18 01` (42 bytes), 3.7 the same without auto_leave (40 bytes)
    const tail = (name: string, bytes: number): string => hex(read(name).subarray(-bytes))
    const old = tail(`vectors/${SNAP_NAME}`, 42)
    const voters = old.slice(8, 8 + 64)
    expect(old).toBe(`12280a22${voters}280010031801`)
    expect(tail(`target-3.6/${SNAP_NAME}`, 42)).toBe(old)
    expect(tail(`target-3.7/${SNAP_NAME}`, 40)).toBe(`12260a20${voters}10031801`)
  })
})

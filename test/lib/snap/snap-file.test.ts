import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'
import { SnapshotError } from '../../../src/lib/errors.js'
import { encodeSnapEnvelope } from '../../../src/lib/proto/messages.js'
import {
  SnapFileError,
  decodeSnapFile,
  encodeSnapFile,
  snapFileName
} from '../../../src/lib/snap/snap-file.js'
import { crc32c } from '../../../src/lib/wal/crc32c.js'
import { v2StoreJson } from '../../../src/lib/snap/v2store.js'

const fixtures = new URL('../../fixtures/', import.meta.url)
const read = (path: string): Buffer => readFileSync(new URL(path, fixtures))
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const IC = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380'
const TINY_IC = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'

describe('v2StoreJson (format doc §7.5)', () => {
  it('matches etcdctl 3.4.23 byte for byte', () => {
    const json = v2StoreJson(buildCluster(IC, 'etcd-cluster'))
    expect(json).toBe(read('vectors/v2store-snapshot-data.json').toString('utf8'))
  })

  it('sorts member folders as hex strings, not as numbers', () => {
    // IDs with fewer hex digits sort by string, so numeric order and key order differ.
    const cluster = buildCluster(IC, 'etcd-cluster')
    const data = JSON.parse(v2StoreJson(cluster))
    const keys = Object.keys(data.Root.Children['0'].Children.members.Children)
    expect(keys).toEqual(['628170c800dbcee', '9e737febb6b99eee', 'b71f75320dc06a6c'])
    const awkward = buildCluster('a=http://h:1,b=http://h:2,c=http://h:3,d=http://h:4', 't')
    const json = v2StoreJson(awkward)
    const order = awkward.members.map((m) => json.indexOf(`"${m.id.toString(16)}":{`))
    const byString = [...awkward.members].sort((x, y) =>
      x.id.toString(16) < y.id.toString(16) ? -1 : 1
    )
    expect([...order].sort((x, y) => x - y)).toEqual(
      byString.map((m) => json.indexOf(`"${m.id.toString(16)}":{`))
    )
  })

  it('escapes URLs twice in node values (JSON inside JSON) and keeps a 1000-slot queue', () => {
    const c = buildCluster('x&<y>=http://10.0.0.1:2380', 'tok"en')
    const json = v2StoreJson(c)
    expect(json).toContain('"Value":"{\\"peerURLs\\":[\\"http://10.0.0.1:2380\\"]}"')
    const data = JSON.parse(json)
    expect(data.WatcherHub.EventHistory.Queue.Events).toHaveLength(1000)
    expect(data.WatcherHub.EventHistory.Queue).toMatchObject({ Size: 1, Front: 0, Back: 1 })
    expect(data.Root.Children['1'].Children).toEqual({})
  })
})

describe('encodeSnapFile (format doc §7.3)', () => {
  it('matches the .snap of the §12 vectors (7,565 bytes, sha256 26e7fa18…)', () => {
    const bytes = encodeSnapFile(buildCluster(IC, 'etcd-cluster'))
    expect(hex(bytes)).toBe(hex(read('vectors/0000000000000001-0000000000000003.snap')))
    expect(bytes.length).toBe(7565)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '26e7fa1875ef32a3a4fd11341bd55ebe29199022371f88be8b419d147dd3908f'
    )
  })

  it('matches the .snap of the tiny fixture restore', () => {
    const bytes = encodeSnapFile(buildCluster(TINY_IC, 'restore-token'))
    expect(hex(bytes)).toBe(hex(read('tiny-restored/0000000000000001-0000000000000003.snap')))
  })

  it('names files %016x-%016x.snap from (term, index)', () => {
    expect(snapFileName(1n, 3n)).toBe('0000000000000001-0000000000000003.snap')
    expect(snapFileName(1n, 10n)).toBe('0000000000000001-000000000000000a.snap')
  })
})

describe('decodeSnapFile', () => {
  const cluster = buildCluster(IC, 'etcd-cluster')
  const good = encodeSnapFile(cluster)

  it('reads back what was written', () => {
    const snap = decodeSnapFile(good)
    expect(snap.crc).toBe(0xe269291c)
    expect(snap.index).toBe(3n)
    expect(snap.term).toBe(1n)
    expect(snap.voters).toEqual(cluster.members.map((m) => m.id))
    expect(snap.learners).toEqual([])
    expect(Buffer.from(snap.data).toString()).toBe(v2StoreJson(cluster))
  })

  const notRaft = new Uint8Array([0x0a, 0x01, 0x41])
  const flipped = good.slice()
  flipped[100] ^= 0x10
  it.each([
    ['empty file', new Uint8Array(0), 'file is empty'],
    ['crc 0', encodeSnapEnvelope(0, good.subarray(9)), 'empty snapshot'],
    ['no data', encodeSnapEnvelope(5, new Uint8Array(0)), 'empty snapshot'],
    ['flipped bit in data', flipped, 'crc mismatch: stored e269291c'],
    ['garbage', new Uint8Array([0xff, 0xff, 0xff]), 'not a snappb.snapshot'],
    ['truncated', good.subarray(0, 4000), 'not a snappb.snapshot'],
    [
      'crc right but not a raftpb.Snapshot',
      encodeSnapEnvelope(crc32c(notRaft), notRaft),
      'not a raftpb.Snapshot'
    ]
  ])('rejects %s', (_name, bytes, message) => {
    let error: unknown
    try {
      decodeSnapFile(bytes, 'x.snap')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SnapFileError)
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as Error).message).toContain('x.snap: ')
    expect((error as Error).message).toContain(message)
  })
})

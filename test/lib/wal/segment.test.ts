import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCluster, findMember, type Cluster } from '../../../src/lib/cluster/initial-cluster.js'
import { InvariantError } from '../../../src/lib/errors.js'
import {
  decodeConfChange,
  decodeEntry,
  decodeHardState,
  decodeMetadata,
  decodeWalSnapshot
} from '../../../src/lib/proto/decode.js'
import { decodeWal } from '../../../src/lib/wal/decoder.js'
import { RecordType } from '../../../src/lib/wal/record-type.js'
import { WAL_SEGMENT_SIZE, restoreWalRecords } from '../../../src/lib/wal/segment.js'

const fixtures = new URL('../../fixtures/', import.meta.url)
const vector = (name: string): Buffer => readFileSync(new URL(`vectors/${name}`, fixtures))
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const IC = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380'
const TINY_IC = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'

/** SHA-256 of `records` zero-filled to the 64,000,000-byte segment, without a 64 MB buffer. */
function segmentSha256(records: Uint8Array): string {
  const hash = createHash('sha256').update(records)
  const zeros = new Uint8Array(1 << 20)
  for (let left = WAL_SEGMENT_SIZE - records.length; left > 0; left -= zeros.length) {
    hash.update(left >= zeros.length ? zeros : zeros.subarray(0, left))
  }
  return hash.digest('hex')
}

function walFor(cluster: Cluster, name: string, format: '3.4' | '3.5'): Uint8Array {
  return restoreWalRecords({ cluster, nodeId: findMember(cluster, name).id, format })
}

describe('restoreWalRecords: byte-exact with etcdctl 3.4.23 (format doc §6.4, §6.6)', () => {
  const cluster = buildCluster(IC, 'etcd-cluster')

  for (const format of ['3.4', '3.5'] as const) {
    for (const name of ['m1', 'm2', 'm3']) {
      it(`${name}, ${format} format`, () => {
        expect(hex(walFor(cluster, name, format))).toBe(
          hex(vector(`wal-records-v${format}-${name}.bin`))
        )
      })
    }
  }

  it('SHA-256 of the whole 64,000,000-byte m1 segment (§6.6)', () => {
    expect(segmentSha256(walFor(cluster, 'm1', '3.4'))).toBe(
      '6334c9d3860c073edab700543ff10b5d20092a46a67e4af253923c69abda23a4'
    )
    expect(segmentSha256(walFor(cluster, 'm1', '3.5'))).toBe(
      '4c8dd7968f495c7f6b9f6ba00c174a9602a17ccef16fc001e61bd8e2291f0481'
    )
  })

  it('the tiny fixture cluster reproduces the m1 WAL head from the real restore', () => {
    const tiny = buildCluster(TINY_IC, 'restore-token')
    const head = readFileSync(new URL('tiny-restored/wal-head-m1.bin', fixtures))
    const records = walFor(tiny, 'm1', '3.4')
    expect(records.length).toBe(496)
    expect(hex(head.subarray(0, records.length))).toBe(hex(records))
    expect(head.subarray(records.length).every((b) => b === 0)).toBe(true)
  })

  it('decodes back into the records of §6.4', () => {
    const wal = decodeWal(walFor(cluster, 'm1', '3.5'))
    expect(wal.records.map((r) => r.type)).toEqual([
      RecordType.crc,
      RecordType.metadata,
      RecordType.snapshot,
      RecordType.entry,
      RecordType.entry,
      RecordType.entry,
      RecordType.state,
      RecordType.snapshot
    ])
    const [, meta, empty, e1, e2, e3, state, last] = wal.records.map((r) => r.data)
    expect(decodeMetadata(meta!)).toEqual({
      nodeId: 0xb71f75320dc06a6cn,
      clusterId: 0x66d3a070bf89b39n
    })
    expect(decodeWalSnapshot(empty!)).toEqual({ index: 0n, term: 0n })
    const ids = cluster.members.map((m) => m.id)
    ;[e1, e2, e3].forEach((data, i) => {
      const entry = decodeEntry(data!)
      expect(entry).toMatchObject({ term: 1n, index: BigInt(i + 1), type: 1 })
      const change = decodeConfChange(entry.data!)
      expect(change).toMatchObject({ id: 0n, type: 0, nodeId: ids[i] })
      expect(JSON.parse(Buffer.from(change.context!).toString()).name).toBe(
        cluster.members[i]!.name
      )
    })
    expect(decodeHardState(state!)).toEqual({ term: 1n, vote: ids[0], commit: 3n })
    expect(decodeWalSnapshot(last!)).toEqual({
      index: 3n,
      term: 1n,
      confState: {
        voters: ids,
        learners: [],
        votersOutgoing: [],
        learnersNext: [],
        autoLeave: false
      }
    })
    // Running CRCs of §6.6 (m1): metadata, empty snapshot, entries, state, final snapshot.
    expect(wal.records.slice(1).map((r) => r.crc)).toEqual([
      0xb8c6e80c, 0xcc00fe37, 0x3fb783dc, 0xa714204c, 0xd88e263e, 0x43e41fc9, 0x65065176
    ])
    expect(wal.crc).toBe(0x65065176)
  })

  it('handles the largest allowed cluster (1000 members)', () => {
    const ic = Array.from({ length: 1000 }, (_, i) => `n${i}=http://h:${i + 1}`).join(',')
    const big = buildCluster(ic, 't')
    const wal = decodeWal(walFor(big, 'n7', '3.5'))
    expect(wal.records).toHaveLength(1005)
    const last = decodeWalSnapshot(wal.records[1004]!.data!)
    expect(last.confState!.voters).toEqual(big.members.map((m) => m.id))
  })

  it('refuses a node that is not a member', () => {
    expect(() => restoreWalRecords({ cluster, nodeId: 1n, format: '3.4' })).toThrow(InvariantError)
  })
})

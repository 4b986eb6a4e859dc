import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  decodeKeyValue,
  decodeLease,
  decodeRole,
  decodeUser,
  keyValueKey
} from '../../../src/lib/backend/kv.js'
import { Buckets } from '../../../src/lib/backend/schema.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { SnapshotError } from '../../../src/lib/errors.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { protoType } from '../../../src/lib/proto/load.js'
import { fromU64 } from '../../../src/lib/proto/u64.js'

const TINY = join(import.meta.dirname, '..', '..', 'fixtures', 'tiny-snapshot.db')

function withTiny<T>(fn: (db: BoltDb) => T): T {
  const file = FileByteFile.open(TINY)
  try {
    return fn(BoltDb.open(file))
  } finally {
    file.close()
  }
}

const asInt64 = (v: unknown): bigint => BigInt.asIntN(64, fromU64(v))

describe('mvccpb.KeyValue', () => {
  it('the hand decoder equals protobufjs on every revision of tiny-snapshot.db', () => {
    const type = protoType('mvccpb.KeyValue')
    const count = withTiny((db) => {
      let n = 0
      for (const e of db.bucket(Buckets.key)!.entries()) {
        const ours = decodeKeyValue(e.value)
        const ref = type.decode(e.value) as unknown as Record<string, unknown>
        expect(Buffer.from(ours.key).equals(Buffer.from((ref.key as Uint8Array) ?? []))).toBe(true)
        expect(Buffer.from(ours.value).equals(Buffer.from((ref.value as Uint8Array) ?? []))).toBe(
          true
        )
        expect(ours.createRevision).toBe(asInt64(ref.create_revision))
        expect(ours.modRevision).toBe(asInt64(ref.mod_revision))
        expect(ours.version).toBe(asInt64(ref.version))
        expect(ours.lease).toBe(asInt64(ref.lease))
        expect(keyValueKey(e.value)).toEqual(ours.key)
        n++
      }
      return n
    })
    expect(count).toBe(228)
  })

  it('round-trips protobufjs-encoded values, including negative int64 and unknown fields', () => {
    const type = protoType('mvccpb.KeyValue')
    const bytes = type
      .encode({
        key: Buffer.from('/a'),
        create_revision: 5,
        mod_revision: 9,
        version: 3,
        value: Buffer.from('v'),
        lease: { low: -1, high: -1, unsigned: false }
      })
      .finish()
    const withUnknown = Buffer.concat([bytes, Buffer.from([0x38, 0x01, 0x45, 1, 2, 3, 4])]) // field 7 varint, field 8 fixed32
    expect(decodeKeyValue(withUnknown)).toEqual({
      key: Buffer.from('/a'),
      createRevision: 5n,
      modRevision: 9n,
      version: 3n,
      value: Buffer.from('v'),
      lease: -1n
    })
  })

  it.each([
    ['truncated length', '0a05616263'],
    ['truncated varint', '1080'],
    ['11-byte varint', '10ffffffffffffffffffff01'],
    ['wire type 3', '0b'],
    ['truncated fixed64', '39000102']
  ])('rejects %s with a SnapshotError', (_name, h) => {
    expect(() => decodeKeyValue(Buffer.from(h, 'hex'), 'rev 7_0')).toThrow(SnapshotError)
    expect(() => decodeKeyValue(Buffer.from(h, 'hex'), 'rev 7_0')).toThrow(
      /^rev 7_0: bad mvccpb.KeyValue/
    )
  })
})

describe('lease and auth values of tiny-snapshot.db', () => {
  it('leases', () => {
    const leases = withTiny((db) =>
      [...db.bucket(Buckets.lease)!.entries()].map((e) => decodeLease(e.value))
    )
    expect(leases).toEqual([
      { id: 0x227da2142a1c7e2cn, ttl: 864000n },
      { id: 0x7e57000000000002n, ttl: 900000n }
    ])
  })

  it('users and roles', () => {
    const { users, roles } = withTiny((db) => ({
      users: [...db.bucket(Buckets.authUsers)!.entries()].map((e) => decodeUser(e.value)),
      roles: [...db.bucket(Buckets.authRoles)!.entries()].map((e) => decodeRole(e.value))
    }))
    expect(users).toEqual([
      { name: 'alice', roles: ['reader'] },
      { name: 'root', roles: ['root'] }
    ])
    expect(roles).toEqual([{ name: 'reader', permissions: 2 }])
  })

  it('a broken lease value is a SnapshotError', () => {
    expect(() => decodeLease(Buffer.from([0x08]), 'lease 1')).toThrow(SnapshotError)
  })
})

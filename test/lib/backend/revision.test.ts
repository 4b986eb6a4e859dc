import { describe, expect, it } from 'vitest'
import {
  compareRevisions,
  decodeRevision,
  encodeRevision,
  isTombstone,
  revisionNumber
} from '../../../src/lib/backend/revision.js'
import { AuthKeys, Buckets, ClusterKeys, MetaKeys } from '../../../src/lib/backend/schema.js'
import { SnapshotError } from '../../../src/lib/errors.js'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

describe('revision keys (etcd revToBytes / bytesToRev)', () => {
  it.each([
    [{ main: 0n, sub: 0n }, false, '00000000000000005f0000000000000000'],
    [{ main: 44n, sub: 0n }, false, '000000000000002c5f0000000000000000'],
    [{ main: 43n, sub: 71n }, false, '000000000000002b5f0000000000000047'],
    [{ main: 38n, sub: 0n }, true, '00000000000000265f000000000000000074'],
    [{ main: (1n << 63n) - 1n, sub: 1n }, false, '7fffffffffffffff5f0000000000000001']
  ])('%o tombstone=%s ↔ %s', (rev, tombstone, expected) => {
    const bytes = encodeRevision(rev, tombstone)
    expect(hex(bytes)).toBe(expected)
    expect(decodeRevision(bytes)).toEqual({ ...rev, tombstone })
    expect(isTombstone(bytes)).toBe(tombstone)
  })

  it('byte order is revision order', () => {
    const a = encodeRevision({ main: 255n, sub: 9n })
    const b = encodeRevision({ main: 256n, sub: 0n })
    expect(Buffer.compare(a, b)).toBe(-1)
    expect(compareRevisions({ main: 255n, sub: 9n }, { main: 256n, sub: 0n })).toBe(-1)
    expect(compareRevisions({ main: 5n, sub: 2n }, { main: 5n, sub: 1n })).toBe(1)
    expect(compareRevisions({ main: 5n, sub: 1n }, { main: 5n, sub: 1n })).toBe(0)
  })

  it.each([
    ['empty', ''],
    ['16 bytes', '00000000000000005f00000000000000'],
    ['19 bytes', '00000000000000005f000000000000000074ff'],
    ['18 bytes without t', '00000000000000005f000000000000000075'],
    ['no separator', '0000000000000000200000000000000000'],
    ['negative main', '80000000000000005f0000000000000000'],
    ['negative sub', '00000000000000015f8000000000000000']
  ])('rejects a malformed key: %s', (_name, key) => {
    const bytes = Buffer.from(key, 'hex')
    expect(() => decodeRevision(bytes, 'key bucket')).toThrow(SnapshotError)
    expect(() => decodeRevision(bytes, 'key bucket')).toThrow(/key bucket: malformed revision key/)
  })

  it('refuses to encode out-of-range numbers', () => {
    expect(() => encodeRevision({ main: -1n, sub: 0n })).toThrow(RangeError)
    expect(() => encodeRevision({ main: 1n << 63n, sub: 0n })).toThrow(RangeError)
  })

  it('revisionNumber refuses values above 2^53', () => {
    expect(revisionNumber(44n)).toBe(44)
    expect(() => revisionNumber(1n << 60n)).toThrow(SnapshotError)
  })
})

describe('schema names', () => {
  const s = (b: Uint8Array): string => new TextDecoder().decode(b)
  it('spells etcd’s bucket and key names', () => {
    expect(Object.values(Buckets).map(s)).toEqual([
      'key',
      'meta',
      'lease',
      'alarm',
      'cluster',
      'members',
      'members_removed',
      'auth',
      'authUsers',
      'authRoles'
    ])
    expect(Object.values(MetaKeys).map(s)).toEqual([
      'consistent_index',
      'term',
      'confState',
      'storageVersion',
      'scheduledCompactRev',
      'finishedCompactRev'
    ])
    expect(Object.values(ClusterKeys).map(s)).toEqual(['clusterVersion', 'downgrade'])
    expect(Object.values(AuthKeys).map(s)).toEqual(['authEnabled', 'authRevision'])
  })
})

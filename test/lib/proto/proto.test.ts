import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { InvariantError } from '../../../src/lib/errors.js'
import { decodeHardState, decodeWalSnapshot } from '../../../src/lib/proto/decode.js'
import { protoType } from '../../../src/lib/proto/load.js'
import {
  encodeConfChangeEntry,
  encodeHardState,
  encodeMetadata,
  encodeWalSnapshot
} from '../../../src/lib/proto/messages.js'
import { PROTO_FILES } from '../../../src/lib/proto/descriptor.generated.js'
import { fromU64, u64 } from '../../../src/lib/proto/u64.js'
import { ENCODERS } from '../../../src/lib/proto/encoders.generated.js'
import { encodeMessage } from '../../../src/lib/proto/encode.js'
import protobuf from 'protobufjs/light.js'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const MAX = (1n << 64n) - 1n

describe('compiled .proto files', () => {
  it('descriptor.generated.ts is fresh (rerun node scripts/gen-proto.mjs if not)', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-proto.mjs', '--check'], {
      cwd: new URL('../../../', import.meta.url),
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('holds the codec messages', () => {
    expect(PROTO_FILES).toEqual(
      expect.arrayContaining(['raft.proto', 'wal.proto', 'snap.proto', 'etcdserver.proto'])
    )
    for (const name of [
      'raftpb.Entry',
      'raftpb.HardState',
      'raftpb.Snapshot',
      'raftpb.SnapshotMetadata',
      'raftpb.ConfState',
      'raftpb.ConfChange',
      'walpb.Record',
      'walpb.Snapshot',
      'snappb.snapshot',
      'etcdserverpb.Metadata'
    ]) {
      expect(protoType(name).fullName).toBe(`.${name}`)
    }
    expect(() => protoType('raftpb.Nope')).toThrow(InvariantError)
    expect(() => protoType('raftpb.EntryType')).toThrow(InvariantError)
  })
})

describe('gogoproto wire compatibility (format doc §7)', () => {
  it('writes fields in field-number order even when declared out of order (Entry.Type first)', () => {
    expect(hex(encodeConfChangeEntry(1n, 2n, new Uint8Array([0xaa])))).toBe('0801100118022201aa')
  })

  it('always writes "always" scalars, even zero', () => {
    expect(hex(encodeWalSnapshot(0n, 0n))).toBe('08001000')
    expect(hex(encodeHardState(0n, 0n, 0n))).toBe('080010001800')
    expect(
      hex(
        protoType('walpb.Record')
          .encode({ type: u64(4n), crc: 0 })
          .finish()
      )
    ).toBe('08041000')
  })

  it('writes repeated uint64 unpacked and auto_leave explicitly', () => {
    expect(hex(encodeWalSnapshot(3n, 1n, { voters: [1n, 300n] }))).toBe(
      '080310011a07' + '0801' + '08ac02' + '2800'
    )
  })

  it('keeps all 64 bits of uint64 values both ways', () => {
    expect(hex(encodeMetadata(MAX, 1n << 63n))).toBe(
      '08ffffffffffffffffff01' + '1080808080808080808001'
    )
    expect(decodeHardState(encodeHardState(MAX, 0xb71f75320dc06a6cn, 2n ** 53n + 1n))).toEqual({
      term: MAX,
      vote: 0xb71f75320dc06a6cn,
      commit: 2n ** 53n + 1n
    })
    expect(decodeWalSnapshot(encodeWalSnapshot(MAX, MAX, { voters: [MAX] }))).toMatchObject({
      index: MAX,
      confState: { voters: [MAX] }
    })
  })

  it('u64 / fromU64 convert exactly and refuse what is not a uint64', () => {
    for (const v of [0n, 1n, 0xffffffffn, 0x100000000n, MAX]) expect(fromU64(u64(v))).toBe(v)
    expect(fromU64(undefined)).toBe(0n)
    expect(fromU64(42)).toBe(42n)
    expect(() => u64(-1n)).toThrow(InvariantError)
    expect(() => u64(MAX + 1n)).toThrow(InvariantError)
    expect(() => fromU64(2 ** 60)).toThrow(InvariantError)
    expect(() => fromU64('12')).toThrow(InvariantError)
  })
})

describe('encoders generated at build time (encoders.generated.ts)', () => {
  /** A message of `type` with every field set (nested messages to depth 3), as a codec passes it. */
  function sample(type: protobuf.Type, depth = 0): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const field of type.fieldsArray) {
      field.resolve()
      const value = (): unknown => {
        if (field.resolvedType instanceof protobuf.Type) {
          return depth < 3 ? sample(field.resolvedType, depth + 1) : {}
        }
        if (field.resolvedType instanceof protobuf.Enum)
          return Object.values(field.resolvedType.values).at(-1)
        switch (field.type) {
          case 'bool':
            return true
          case 'string':
            return `${field.name}-ü`
          case 'bytes':
            return Uint8Array.from([0, 1, 0xff, field.id])
          case 'double':
          case 'float':
            return 1.5
          case 'uint64':
          case 'fixed64':
            return u64((1n << 63n) + BigInt(field.id))
          case 'int64':
          case 'sint64':
          case 'sfixed64':
            return -(2 ** 40) - field.id
          case 'int32':
          case 'sint32':
          case 'sfixed32':
            return -7
          default:
            return 300 + field.id
        }
      }
      if (field.map) out[field.name] = { a: value(), b: value() }
      else out[field.name] = field.repeated ? [value(), value()] : value()
    }
    return out
  }

  /** The bytes in hex, or that it threw. */
  function outcome(encode: () => Uint8Array): string {
    try {
      return Buffer.from(encode()).toString('hex')
    } catch {
      return 'throws'
    }
  }

  it('give the bytes protobufjs reflection gives, for every message of every .proto file', () => {
    const types = Object.keys(ENCODERS)
    expect(types.length).toBeGreaterThan(20)
    for (const name of types) {
      const type = protoType(name)
      // {}: proto2 required fields are written anyway, so both throw or both give the same bytes
      for (const message of [{}, sample(type)]) {
        const reflected = outcome(() => type.encode(message).finish())
        expect(
          outcome(() => encodeMessage(name, message)),
          name
        ).toBe(reflected)
        if (Object.keys(message).length > 0) expect(reflected, name).not.toBe('throws')
      }
    }
  })

  it('an unknown message name is a bug (InvariantError)', () => {
    expect(() => encodeMessage('raftpb.Nope', {})).toThrow(InvariantError)
  })
})

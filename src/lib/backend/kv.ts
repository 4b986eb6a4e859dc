/**
 * Values of etcd's buckets: `mvccpb.KeyValue` (every `key`-bucket revision), `leasepb.Lease`,
 * `authpb.User` and `authpb.Role`. KeyValue is decoded by hand because status and hashKV decode
 * one per revision (millions on a large snapshot) and need only a few fields; the rest go through
 * protobufjs (src/lib/proto/{mvcc,lease,auth}.proto).
 */
import { SnapshotError } from '../errors.js'
import { protoType } from '../proto/load.js'
import { revisionLabel } from './revision.js'

/** One `key`-bucket value. 64-bit numbers are int64 in etcd. */
export interface KeyValue {
  key: Uint8Array
  createRevision: bigint
  modRevision: bigint
  version: bigint
  value: Uint8Array
  /** Lease ID, 0 when none. */
  lease: bigint
}

const EMPTY: Uint8Array = new Uint8Array(0)

/** Reads protobuf wire format with every length checked against the buffer. */
class WireReader {
  pos = 0
  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string | (() => string)
  ) {}

  get done(): boolean {
    return this.pos >= this.bytes.length
  }

  fail(reason: string): never {
    const what = typeof this.what === 'string' ? this.what : this.what()
    throw new SnapshotError(`${what}: bad mvccpb.KeyValue at byte ${this.pos}: ${reason}`)
  }

  varint(): bigint {
    let result = 0n
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.bytes.length) this.fail('truncated varint')
      const b = this.bytes[this.pos++]!
      result |= BigInt(b & 0x7f) << shift
      if ((b & 0x80) === 0) return BigInt.asIntN(64, result)
    }
    return this.fail('varint longer than 10 bytes')
  }

  /** A varint known to be small (tags, lengths): plain number arithmetic, fast path. */
  smallVarint(): number {
    let result = 0
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.bytes.length) this.fail('truncated varint')
      const b = this.bytes[this.pos++]!
      result += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return result
    }
    return this.fail('length or tag too large')
  }

  /** Steps over a varint without building its value (the hot path of keyValueKey). */
  skipVarint(): void {
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.bytes.length) this.fail('truncated varint')
      if ((this.bytes[this.pos++]! & 0x80) === 0) return
    }
    this.fail('varint longer than 10 bytes')
  }

  lengthDelimited(): Uint8Array {
    const length = this.smallVarint()
    if (length > this.bytes.length - this.pos) {
      this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`)
    }
    const out = this.bytes.subarray(this.pos, this.pos + length)
    this.pos += length
    return out
  }

  /** lengthDelimited() without the view (a skipped value is most of a `key` entry). */
  skipLengthDelimited(): void {
    const length = this.smallVarint()
    if (length > this.bytes.length - this.pos) {
      this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`)
    }
    this.pos += length
  }

  skip(wireType: number): void {
    if (wireType === 0) this.skipVarint()
    else if (wireType === 2) this.skipLengthDelimited()
    else if (wireType === 1 || wireType === 5) {
      const n = wireType === 1 ? 8 : 4
      if (n > this.bytes.length - this.pos) this.fail('truncated fixed field')
      this.pos += n
    } else this.fail(`unsupported wire type ${wireType}`)
  }
}

/**
 * Decodes a `key`-bucket value. The returned byte arrays are views of `bytes` (copy them to keep
 * them past the next bolt read). `what` names the revision in error messages.
 */
export function decodeKeyValue(bytes: Uint8Array, what = 'key bucket value'): KeyValue {
  const r = new WireReader(bytes, what)
  const kv: KeyValue = {
    key: EMPTY,
    createRevision: 0n,
    modRevision: 0n,
    version: 0n,
    value: EMPTY,
    lease: 0n
  }
  while (!r.done) {
    const tag = r.smallVarint()
    const field = Math.floor(tag / 8)
    const wireType = tag & 7
    if ((field === 1 || field === 5) && wireType === 2) {
      if (field === 1) kv.key = r.lengthDelimited()
      else kv.value = r.lengthDelimited()
    } else if (field >= 2 && field <= 6 && field !== 5 && wireType === 0) {
      const n = r.varint()
      if (field === 2) kv.createRevision = n
      else if (field === 3) kv.modRevision = n
      else if (field === 4) kv.version = n
      else kv.lease = n
    } else r.skip(wireType)
  }
  return kv
}

/**
 * Only the user key of a `key`-bucket value (a view of `bytes`); steps over the other fields.
 * `what` may be a function so hot loops build the error context only on failure.
 */
export function keyValueKey(
  bytes: Uint8Array,
  what: string | (() => string) = 'key bucket value'
): Uint8Array {
  const r = new WireReader(bytes, what)
  let key = EMPTY
  while (!r.done) {
    const tag = r.smallVarint()
    if (tag === 0x0a) key = r.lengthDelimited()
    else r.skip(tag & 7)
  }
  return key
}

/**
 * Bytes as a string with one char per byte (ISO-8859-1), to use byte strings as Map keys.
 * Node's native latin1 slice; TextDecoder('latin1') is windows-1252 and much slower.
 */
export function byteString(bytes: Uint8Array): string {
  return latin1Slice.call(bytes, 0, bytes.length)
}

/** Buffer's own latin1 slice, applied to a plain Uint8Array view: no Buffer object per call. */
const latin1Slice = (
  Buffer.prototype as unknown as {
    latin1Slice(this: Uint8Array, start: number, end: number): string
  }
).latin1Slice

/**
 * The user key of a `key`-bucket entry (`value` undefined for a nested bucket: no key) as a byte
 * string, the Map key the sweeps that track keys use; errors name the revision.
 */
export function userKeyString(revisionKey: Uint8Array, value: Uint8Array | undefined): string {
  return byteString(userKey(revisionKey, value))
}

/** userKeyString's bytes: a view of `value`. */
export function userKey(revisionKey: Uint8Array, value: Uint8Array | undefined): Uint8Array {
  return keyValueKey(value ?? EMPTY, () => revisionLabel(revisionKey))
}

/** One `lease` bucket value. */
export interface LeaseRecord {
  id: bigint
  ttl: bigint
}

function int64(value: unknown): bigint {
  if (value === undefined || value === null) return 0n
  if (typeof value === 'number') return BigInt(value)
  const { low, high } = value as { low: number; high: number }
  return BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0))
}

function decodeWith<T>(typeName: string, bytes: Uint8Array, what: string): T {
  try {
    return protoType(typeName).decode(bytes) as T
  } catch (error) {
    throw new SnapshotError(`${what}: cannot decode ${typeName}: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** Decodes a `lease` bucket value (leasepb.Lease). */
export function decodeLease(bytes: Uint8Array, what = 'lease bucket value'): LeaseRecord {
  const m = decodeWith<{ ID?: unknown; TTL?: unknown }>('leasepb.Lease', bytes, what)
  return { id: int64(m.ID), ttl: int64(m.TTL) }
}

/** One `authUsers` value: name and role names (password hash left out on purpose). */
export interface UserRecord {
  name: string
  roles: string[]
}

/** Decodes an `authUsers` value (authpb.User). */
export function decodeUser(bytes: Uint8Array, what = 'authUsers value'): UserRecord {
  const m = decodeWith<{ name?: Uint8Array; roles?: string[] }>('authpb.User', bytes, what)
  return { name: utf8(m.name), roles: m.roles ?? [] }
}

/** One `authRoles` value: name and the number of key permissions. */
export interface RoleRecord {
  name: string
  permissions: number
}

/** Decodes an `authRoles` value (authpb.Role). */
export function decodeRole(bytes: Uint8Array, what = 'authRoles value'): RoleRecord {
  const m = decodeWith<{ name?: Uint8Array; keyPermission?: unknown[] }>('authpb.Role', bytes, what)
  return { name: utf8(m.name), permissions: m.keyPermission?.length ?? 0 }
}

function utf8(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder().decode(bytes) : ''
}

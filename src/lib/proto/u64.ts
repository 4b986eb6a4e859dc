/**
 * bigint ↔ protobufjs 64-bit values. protobufjs writes any `{low, high}` object and reads
 * uint64 back as a long.js `Long`; going through the bit halves keeps all 64 bits exact.
 */
import { InvariantError } from '../errors.js'

const MAX_U64 = (1n << 64n) - 1n

/** A value protobufjs encodes as the unsigned 64-bit integer `value`. */
export interface U64Bits {
  low: number
  high: number
  unsigned: true
}

/** `value` (0 ≤ value < 2^64) as something protobufjs writes as a uint64/int64 varint. */
export function u64(value: bigint): U64Bits {
  if (value < 0n || value > MAX_U64) throw new InvariantError(`${value} is not a uint64`)
  return { low: Number(value & 0xffffffffn) | 0, high: Number(value >> 32n) | 0, unsigned: true }
}

/** A decoded protobufjs 64-bit field (Long, number or undefined) as an unsigned bigint. */
export function fromU64(value: unknown): bigint {
  if (value === undefined || value === null) return 0n
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new InvariantError(`lossy 64-bit value ${value}`)
    return BigInt.asUintN(64, BigInt(value))
  }
  if (typeof value === 'object' && 'low' in value && 'high' in value) {
    const { low, high } = value as { low: number; high: number }
    return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0)
  }
  throw new InvariantError(`not a 64-bit protobuf value: ${String(value)}`)
}

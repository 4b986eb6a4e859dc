/**
 * Reads WAL frames back (format doc §6.1-6.3) and checks the CRC chain, as etcd's decoder and
 * ReadAll do, but stricter about padding. Used by tests and by the output verification step.
 * Every length is bounded before use; errors name the byte offset.
 */
import { SnapshotError } from '../errors.js'
import { protoType } from '../proto/load.js'
import { fromU64 } from '../proto/u64.js'
import { crc32cUpdate } from './crc32c.js'
import { RecordType, isRecordType, recordTypeName } from './record-type.js'

/** etcd 3.4's `maxWALEntrySizeLimit`: 10 MiB. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024

/** A WAL etcd would refuse to read. `offset` is where the bad frame starts. */
export class WalFormatError extends SnapshotError {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(`WAL offset ${offset}: ${message}`)
    this.offset = offset
  }
}

export interface WalRecord {
  /** Byte offset of the frame's length field. */
  offset: number
  type: RecordType
  crc: number
  /** Absent for crc records. */
  data?: Uint8Array
}

export interface DecodedWal {
  records: WalRecord[]
  /** Offset after the last frame: where a zero length field or the end of the bytes was found. */
  end: number
  /** The running CRC after the last record. */
  crc: number
}

/** Decodes `bytes` (a whole segment or just its used head) from offset 0. */
export function decodeWal(bytes: Uint8Array, prevCrc = 0): DecodedWal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const recordType = protoType('walpb.Record')
  const records: WalRecord[] = []
  let crc = prevCrc >>> 0
  let off = 0
  while (off < bytes.length) {
    if (bytes.length - off < 8) {
      throw new WalFormatError(`length field cut short (${bytes.length - off} of 8 bytes)`, off)
    }
    const lo = view.getUint32(off, true)
    const hi = view.getUint32(off + 4, true)
    if (lo === 0 && hi === 0) break // preallocated zeros: the end of the log
    const padded = (hi & 0x80000000) !== 0
    const pad = padded ? (hi >>> 24) & 0x7 : 0
    const top = hi >>> 24
    if (padded ? (top & 0x78) !== 0 : top !== 0) {
      throw new WalFormatError(`bad length field 0x${hex(hi)}${hex(lo)}`, off)
    }
    const highBits = hi & 0x00ffffff
    const n = highBits * 2 ** 32 + lo
    if (highBits !== 0 || n > MAX_RECORD_BYTES) {
      throw new WalFormatError(
        `record of ${n} bytes exceeds the ${MAX_RECORD_BYTES}-byte limit`,
        off
      )
    }
    if (pad !== (8 - (n % 8)) % 8) {
      throw new WalFormatError(`padding ${pad} does not fit a ${n}-byte record`, off)
    }
    if (off + 8 + n + pad > bytes.length) {
      throw new WalFormatError(
        `frame of ${8 + n + pad} bytes runs past the end (${bytes.length - off} left): torn write`,
        off
      )
    }
    const body = bytes.subarray(off + 8, off + 8 + n)
    for (let i = off + 8 + n; i < off + 8 + n + pad; i++) {
      if (bytes[i] !== 0) throw new WalFormatError('non-zero padding byte', off)
    }
    const record = decodeRecord(recordType.decode.bind(recordType), body, off)
    if (record.type === RecordType.crc) {
      // etcd: a crc record must match a non-zero running CRC, then restarts the chain from it.
      if (crc !== 0 && record.crc !== crc) {
        throw new WalFormatError(`crc record ${hex(record.crc)} != running crc ${hex(crc)}`, off)
      }
      crc = record.crc
    } else {
      crc = crc32cUpdate(crc, record.data ?? new Uint8Array(0))
      if (record.crc !== crc) {
        throw new WalFormatError(
          `${recordTypeName(record.type)} record crc ${hex(record.crc)} != computed ${hex(crc)}`,
          off
        )
      }
    }
    records.push(record)
    off += 8 + n + pad
  }
  return { records, end: off, crc }
}

function decodeRecord(
  decode: (b: Uint8Array) => unknown,
  body: Uint8Array,
  offset: number
): WalRecord {
  let msg: { type: unknown; crc: number; data?: Uint8Array }
  try {
    msg = decode(body) as typeof msg
  } catch (e) {
    throw new WalFormatError(`not a walpb.Record: ${(e as Error).message}`, offset)
  }
  const type = fromU64(msg.type)
  if (type > 5n || !isRecordType(Number(type))) {
    throw new WalFormatError(`unexpected block type ${type}`, offset)
  }
  const record: WalRecord = { offset, type: Number(type) as RecordType, crc: msg.crc >>> 0 }
  // protobufjs puts an empty default for absent bytes fields on the prototype.
  if (Object.hasOwn(msg, 'data')) record.data = msg.data!
  return record
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0')
}

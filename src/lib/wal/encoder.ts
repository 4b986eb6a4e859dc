/**
 * WAL frames (format doc §6.1, §6.2): 8-byte little-endian length (bit 63 + pad count in the top
 * byte when padded), the marshalled walpb.Record, zero padding to 8 bytes. Each non-crc record
 * carries the running CRC-32C of all record data so far; a crc record carries the running value.
 */
import { encodeMessage } from '../proto/encode.js'
import { u64 } from '../proto/u64.js'
import { crc32cUpdate } from './crc32c.js'
import { RecordType } from './record-type.js'

/** The 8-byte length field for a record of `n` bytes. */
export function frameLengthField(n: number): Uint8Array {
  const pad = (8 - (n % 8)) % 8
  const field = new Uint8Array(8)
  const view = new DataView(field.buffer)
  view.setUint32(0, n >>> 0, true)
  view.setUint32(4, Math.floor(n / 2 ** 32), true)
  if (pad > 0) field[7] = 0x80 | pad
  return field
}

/** Appends framed records to a growable in-memory buffer; no I/O. */
export class WalEncoder {
  private buf = new Uint8Array(4096)
  private used = 0
  private crc: number

  /** `prevCrc`: the running CRC to continue from (0 for a new WAL). */
  constructor(prevCrc = 0) {
    this.crc = prevCrc >>> 0
  }

  /** The running CRC after the records written so far. */
  get runningCrc(): number {
    return this.crc
  }

  /** Appends a crc record carrying the running CRC (the first record of every segment). */
  writeCrcRecord(): void {
    this.writeRecord({ type: u64(BigInt(RecordType.crc)), crc: this.crc })
  }

  /** Appends a record of `type` with `data` and chains the CRC. */
  write(type: Exclude<RecordType, typeof RecordType.crc>, data: Uint8Array): void {
    this.crc = crc32cUpdate(this.crc, data)
    this.writeRecord({ type: u64(BigInt(type)), crc: this.crc, data })
  }

  /** The bytes written so far (a copy). */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.used)
  }

  private writeRecord(record: object): void {
    const body = encodeMessage('walpb.Record', record)
    const pad = (8 - (body.length % 8)) % 8
    this.reserve(8 + body.length + pad)
    this.buf.set(frameLengthField(body.length), this.used)
    this.buf.set(body, this.used + 8)
    // The buffer is zero-filled on growth and never reused, so the padding is already zero.
    this.used += 8 + body.length + pad
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.used + extra) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.used))
    this.buf = next
  }
}

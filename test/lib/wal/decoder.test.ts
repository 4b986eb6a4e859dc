import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SnapshotError } from '../../../src/lib/errors.js'
import { protoType } from '../../../src/lib/proto/load.js'
import { u64 } from '../../../src/lib/proto/u64.js'
import { WalFormatError, decodeWal } from '../../../src/lib/wal/decoder.js'
import { WalEncoder, frameLengthField } from '../../../src/lib/wal/encoder.js'
import { RecordType } from '../../../src/lib/wal/record-type.js'

const m1 = new Uint8Array(
  readFileSync(new URL('../../fixtures/vectors/wal-records-v3.4-m1.bin', import.meta.url))
)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

function edited(edit: (b: Uint8Array) => Uint8Array | void): Uint8Array {
  const copy = m1.slice()
  return edit(copy) ?? copy
}

/** A frame holding a hand-made walpb.Record. */
function frame(record: object): Uint8Array {
  const body = protoType('walpb.Record').encode(record).finish()
  const pad = (8 - (body.length % 8)) % 8
  const out = new Uint8Array(8 + body.length + pad)
  out.set(frameLengthField(body.length))
  out.set(body, 8)
  return out
}

describe('frameLengthField (§6.1)', () => {
  it.each([
    [4, '0400000000000084'],
    [8, '0800000000000000'],
    [14, '0e00000000000082'],
    [31, '1f00000000000081'],
    [109, '6d00000000000083'],
    [112, '7000000000000000'],
    [0x1_0000_0001, '0100000001000087']
  ])('%i bytes → %s', (n, expected) => {
    expect(hex(frameLengthField(n))).toBe(expected)
  })
})

describe('decodeWal on good input', () => {
  it('reads the 8 records of the m1 vector and ends at 496', () => {
    const wal = decodeWal(m1)
    expect(wal.records.map((r) => r.offset)).toEqual([0, 16, 56, 80, 200, 320, 440, 472])
    expect(wal.end).toBe(496)
    expect(wal.records[0]!.data).toBeUndefined()
  })

  it('stops at a zero length field (preallocated space)', () => {
    const padded = new Uint8Array(4096)
    padded.set(m1)
    const wal = decodeWal(padded)
    expect(wal.records).toHaveLength(8)
    expect(wal.end).toBe(496)
  })

  it('treats EOF at a frame boundary as the end', () => {
    expect(decodeWal(m1.subarray(0, 472)).records).toHaveLength(7)
    expect(decodeWal(new Uint8Array(0)).records).toHaveLength(0)
  })

  it('round-trips what WalEncoder writes, continuing a CRC chain', () => {
    const enc = new WalEncoder(0x1234)
    enc.writeCrcRecord()
    enc.write(RecordType.entry, new Uint8Array([1, 2, 3]))
    enc.write(RecordType.state, new Uint8Array(0))
    const wal = decodeWal(enc.bytes(), 0x1234)
    expect(wal.records.map((r) => [r.type, r.data?.length])).toEqual([
      [RecordType.crc, undefined],
      [RecordType.entry, 3],
      [RecordType.state, 0]
    ])
    expect(wal.records[0]!.crc).toBe(0x1234)
    expect(wal.crc).toBe(enc.runningCrc)
  })
})

describe('decodeWal rejects damaged input with the offset', () => {
  const otherCrc = frame({ type: u64(4n), crc: 0xdeadbeef })
  const table: [string, Uint8Array, number, string][] = [
    ['cut inside a frame', m1.subarray(0, 493), 472, 'runs past the end'],
    ['cut inside the first frame', m1.subarray(0, 12), 0, 'runs past the end'],
    [
      'cut inside a length field',
      m1.subarray(0, 476),
      472,
      'length field cut short (4 of 8 bytes)'
    ],
    [
      'flipped bit in metadata data',
      edited((b) => void (b[40] ^= 0x01)),
      16,
      'metadata record crc'
    ],
    ['flipped bit in an entry', edited((b) => void (b[250] ^= 0x80)), 200, 'entry record crc'],
    [
      'flipped bit in a stored crc',
      edited((b) => void (b[443 + 8] ^= 0x04)),
      440,
      'state record crc'
    ],
    ['non-zero padding', edited((b) => void (b[12] = 1)), 0, 'non-zero padding byte'],
    ['pad count that does not fit', edited((b) => void (b[7] = 0x85)), 0, 'padding 5 does not fit'],
    ['reserved bits in the top byte', edited((b) => void (b[7] = 0x40)), 0, 'bad length field'],
    ['huge record length', edited((b) => void (b[5] = 0xff)), 0, 'exceeds the 10485760-byte limit'],
    ['undecodable record', edited((b) => void b.fill(0xff, 8, 12)), 0, 'not a walpb.Record'],
    [
      'unknown record type',
      frame({ type: u64(9n), crc: 0, data: new Uint8Array(0) }),
      0,
      'unexpected block type 9'
    ],
    [
      'negative record type',
      frame({ type: { low: -1, high: -1, unsigned: false }, crc: 0 }),
      0,
      'unexpected block type'
    ],
    [
      'crc record disagreeing with the running crc',
      Buffer.concat([m1.subarray(0, 56), otherCrc]),
      56,
      'crc record deadbeef != running crc b8c6e80c'
    ]
  ]

  it.each(table)('%s', (_name, bytes, offset, message) => {
    let error: unknown
    try {
      decodeWal(bytes)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(WalFormatError)
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as WalFormatError).offset).toBe(offset)
    expect((error as Error).message).toContain(`WAL offset ${offset}: `)
    expect((error as Error).message).toContain(message)
  })

  it('never throws anything but WalFormatError on single-bit flips anywhere', () => {
    for (let i = 0; i < m1.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const bytes = m1.slice()
        bytes[i] ^= 1 << bit
        try {
          decodeWal(bytes)
        } catch (e) {
          expect(e).toBeInstanceOf(WalFormatError)
        }
      }
    }
  })
})

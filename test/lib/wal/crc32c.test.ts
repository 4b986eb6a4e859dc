import { describe, expect, it } from 'vitest'
import { crc32c, crc32cCombine, crc32cUpdate } from '../../../src/lib/wal/crc32c.js'

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Bit-at-a-time reference, to check the sliced tables. */
function slowCrc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const b of bytes) {
    crc ^= b
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1
  }
  return ~crc >>> 0
}

describe('crc32c', () => {
  it.each([
    ['empty', new Uint8Array(0), 0x00000000],
    ['"123456789" (check value)', ascii('123456789'), 0xe3069283],
    ['32 zero bytes (RFC 3720 B.4)', new Uint8Array(32), 0x8a9136aa],
    ['32 0xff bytes (RFC 3720 B.4)', new Uint8Array(32).fill(0xff), 0x62a8ab43],
    ['0..31 (RFC 3720 B.4)', Uint8Array.from({ length: 32 }, (_, i) => i), 0x46dd794e],
    ['31..0 (RFC 3720 B.4)', Uint8Array.from({ length: 32 }, (_, i) => 31 - i), 0x113fdb5c],
    [
      'WAL metadata record data of m1 (§6.6)',
      Buffer.from('08ecd481eea0a6dd8fb70110b9b6e2dff0c0ceb606', 'hex'),
      0xb8c6e80c
    ]
  ])('%s', (_name, bytes, expected) => {
    expect(crc32c(bytes)).toBe(expected)
  })

  it('chains like Go crc32.Update: Update(Update(0, a), b) == crc32c(a ‖ b)', () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 131 + 7) & 0xff)
    for (const cut of [0, 1, 3, 7, 8, 9, 500, 999, 1000]) {
      expect(crc32cUpdate(crc32cUpdate(0, data.subarray(0, cut)), data.subarray(cut))).toBe(
        crc32c(data)
      )
    }
  })

  it('agrees with a bit-at-a-time CRC for every length and alignment up to 100', () => {
    const backing = Uint8Array.from({ length: 128 }, (_, i) => (i * 197 + 13) & 0xff)
    for (let start = 0; start < 8; start++) {
      for (let len = 0; len <= 100; len++) {
        const view = backing.subarray(start, start + len)
        expect(crc32c(view)).toBe(slowCrc32c(view))
      }
    }
  })

  it('runs fast enough to hash whole databases', () => {
    const buf = new Uint8Array(32 * 1024 * 1024)
    for (let i = 0; i < buf.length; i += 4096) buf[i] = i & 0xff
    crc32c(buf.subarray(0, 1 << 20)) // warm up
    const start = performance.now()
    crc32c(buf)
    const seconds = (performance.now() - start) / 1000
    const mbPerSecond = buf.length / 1e6 / seconds
    console.log(`crc32c: ${mbPerSecond.toFixed(0)} MB/s`)
    // The target is ≥ 500 MB/s; the assertion leaves room for slow, shared CI machines.
    expect(mbPerSecond).toBeGreaterThan(100)
  })

  it('combines: crc32cCombine(crc(a), crc(b), |b|) == crc(a ‖ b), without the bytes', () => {
    const data = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919 + (i >> 5)) & 0xff)
    for (const [cut, end] of [
      [0, 0],
      [0, 10],
      [10, 10],
      [1, 2],
      [3, 40],
      [1000, 1017],
      [5, 65_541],
      [12_345, 70_000]
    ] as const) {
      const a = data.subarray(0, cut)
      const b = data.subarray(cut, end)
      expect(crc32cCombine(crc32c(a), crc32c(b), b.length)).toBe(crc32c(data.subarray(0, end)))
    }
  })

  it('refuses a length that is not a byte count', () => {
    expect(() => crc32cCombine(1, 2, -1)).toThrow(RangeError)
    expect(() => crc32cCombine(1, 2, 1.5)).toThrow(RangeError)
  })
})

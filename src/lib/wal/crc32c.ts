/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) in Go's `crc32.Update(prev, table, data)`
 * convention: `crc32cUpdate(crc32cUpdate(0, a), b) === crc32c(a ‖ b)`. etcd chains WAL record CRCs
 * and checks `.snap` payloads with it; other helpers hash whole databases, hence slicing-by-8.
 */

const POLY = 0x82f63b78
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** TABLES[k][b]: the CRC of byte b followed by k zero bytes (slicing-by-8). */
const TABLES: Uint32Array[] = buildTables()

function buildTables(): Uint32Array[] {
  const tables: Uint32Array[] = []
  const t0 = new Uint32Array(256)
  for (let b = 0; b < 256; b++) {
    let c = b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1
    t0[b] = c >>> 0
  }
  tables.push(t0)
  for (let k = 1; k < 8; k++) {
    const prev = tables[k - 1]!
    const t = new Uint32Array(256)
    for (let b = 0; b < 256; b++) t[b] = ((prev[b]! >>> 8) ^ t0[prev[b]! & 0xff]!) >>> 0
    tables.push(t)
  }
  return tables
}

/** Go `crc32.Update(prev, castagnoliTable, bytes)`; returns an unsigned 32-bit number. */
export function crc32cUpdate(prev: number, bytes: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array
  ]
  let crc = ~prev >>> 0
  const n = bytes.length
  let i = 0
  // Align to 4 bytes, then read two little-endian words per step through a Uint32Array view.
  while (i < n && ((bytes.byteOffset + i) & 3) !== 0)
    crc = t0[(crc ^ bytes[i++]!) & 0xff]! ^ (crc >>> 8)
  const words = Math.floor((n - i) / 8) * 2
  if (LITTLE_ENDIAN && words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words)
    for (let w = 0; w < words; w += 2) {
      const lo = crc ^ view[w]!
      const hi = view[w + 1]!
      crc =
        t7[lo & 0xff]! ^
        t6[(lo >>> 8) & 0xff]! ^
        t5[(lo >>> 16) & 0xff]! ^
        t4[lo >>> 24]! ^
        t3[hi & 0xff]! ^
        t2[(hi >>> 8) & 0xff]! ^
        t1[(hi >>> 16) & 0xff]! ^
        t0[hi >>> 24]!
    }
    i += words * 4
  }
  while (i < n) crc = t0[(crc ^ bytes[i++]!) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

/** CRC-32C of `bytes` from a zero start (Go `crc32.Checksum(bytes, castagnoliTable)`). */
export function crc32c(bytes: Uint8Array): number {
  return crc32cUpdate(0, bytes)
}

/**
 * Polynomial product a·b modulo the CRC polynomial, in the reflected bit order the CRC uses
 * (bit 31 is x^0). The building block of crc32cCombine.
 */
function multiplyModPoly(a: number, b: number): number {
  let product = 0
  for (let bit = 0x8000_0000; bit !== 0; bit >>>= 1) {
    if ((a & bit) !== 0) {
      product ^= b
      if ((a & (bit - 1)) === 0) break
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1
  }
  return product >>> 0
}

/** X_POW_2N[k] = x^(2^k) modulo the polynomial (reflected): what 2^k zero bits multiply by. */
const X_POW_2N: Uint32Array = (() => {
  const table = new Uint32Array(64)
  let p = 0x4000_0000 // x^1
  for (let k = 0; k < 64; k++) {
    table[k] = p
    p = multiplyModPoly(p, p)
  }
  return table
})()

/**
 * CRC-32C of `a ‖ b` from crc32c(a), crc32c(b) and b's length, without the bytes: appending b
 * multiplies a's register by x^(8·len) (mod the polynomial) and adds b's. HashKV uses it to
 * hash entries whose inclusion is only known after later ones were read.
 */
export function crc32cCombine(crcA: number, crcB: number, lengthB: number): number {
  if (!Number.isSafeInteger(lengthB) || lengthB < 0) {
    throw new RangeError(`crc32cCombine: length ${lengthB} is not a byte count`)
  }
  return (multiplyModPoly(shiftFor(lengthB), crcA) ^ crcB) >>> 0
}

/** x^(8·length) by length, for the lengths seen last: entries of a db repeat their sizes. */
const SHIFTS = new Map<number, number>()
const MAX_SHIFTS = 4096

function shiftFor(length: number): number {
  let shift = SHIFTS.get(length)
  if (shift !== undefined) return shift
  // the set bits of length, each a power of two of bits (k + 3: 8 = 2^3)
  shift = 0x8000_0000 // x^0
  for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) shift = multiplyModPoly(X_POW_2N[k]!, shift)
  }
  if (SHIFTS.size >= MAX_SHIFTS) SHIFTS.clear()
  SHIFTS.set(length, shift)
  return shift
}

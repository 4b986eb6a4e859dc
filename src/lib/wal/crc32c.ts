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

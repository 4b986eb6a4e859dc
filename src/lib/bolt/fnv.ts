/**
 * FNV-1a 64, the bbolt meta checksum (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
 * Computed on two 32-bit halves: prime = 2^40 + 0x1b3, so h*prime = h*0x1b3 + (lo << 40),
 * and every partial product stays below 2^53, exact in a double. No bigint per byte.
 */

const PRIME_LOW = 0x1b3
const TWO_32 = 0x1_0000_0000

export function fnv1a64(bytes: Uint8Array): bigint {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ bytes[i]!) >>> 0
    const low = lo * PRIME_LOW // < 2^41: exact
    const carry = Math.floor(low / TWO_32)
    hi = (Math.imul(hi, PRIME_LOW) + carry + (lo << 8)) >>> 0
    lo = low >>> 0
  }
  return (BigInt(hi) << 32n) | BigInt(lo)
}

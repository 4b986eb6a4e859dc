import { describe, expect, test } from 'vitest'
import { fnv1a64 } from '../../../src/lib/bolt/fnv.js'

/** The obvious bigint version, as the reference. */
function reference(bytes: Uint8Array): bigint {
  let h = 0xcbf29ce484222325n
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn
  return h
}

describe('fnv1a64', () => {
  test.each([
    ['', 0xcbf29ce484222325n],
    ['a', 0xaf63dc4c8601ec8cn],
    ['foobar', 0x85944171f73967e8n]
  ])('%j', (text, expected) => {
    expect(fnv1a64(new TextEncoder().encode(text))).toBe(expected)
  })

  test('matches the bigint reference on random bytes of every length up to 300', () => {
    let seed = 12345
    for (let length = 0; length < 300; length++) {
      const bytes = new Uint8Array(length)
      for (let i = 0; i < length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
        bytes[i] = seed >>> 24
      }
      expect(fnv1a64(bytes)).toBe(reference(bytes))
    }
  })

  test('all-0xff input exercises every carry', () => {
    const bytes = new Uint8Array(1000).fill(0xff)
    expect(fnv1a64(bytes)).toBe(reference(bytes))
  })

  test('respects the view offset of a pooled Buffer slice', () => {
    const buffer = Buffer.from('xxfoobarxx').subarray(2, 8)
    expect(fnv1a64(buffer)).toBe(0x85944171f73967e8n)
  })
})

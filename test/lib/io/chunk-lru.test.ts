import { describe, expect, it } from 'vitest'
import { ChunkLru } from '../../../src/lib/io/chunk-lru.js'

const chunk = (n: number) => Uint8Array.of(n)

describe('ChunkLru', () => {
  it('evicts the least recently used chunk, a hit making a chunk the newest', () => {
    const lru = new ChunkLru(3)
    lru.set(1, chunk(1))
    lru.set(2, chunk(2))
    lru.set(3, chunk(3))
    expect(lru.full).toBe(true)
    expect(lru.get(1)).toEqual(chunk(1)) // 1 is now the newest: 2 is the oldest
    expect(lru.evictOldest()).toEqual(chunk(2))
    lru.set(4, chunk(4))
    expect(lru.evictOldest()).toEqual(chunk(3))
    expect(lru.evictOldest()).toEqual(chunk(1))
    expect(lru.evictOldest()).toEqual(chunk(4))
    expect(lru.evictOldest()).toBeUndefined()
    expect(lru.size).toBe(0)
  })

  it('deletes, reuses freed slots, refuses to overfill and replaces in place', () => {
    const lru = new ChunkLru(2)
    lru.set(10, chunk(10))
    lru.set(20, chunk(20))
    expect(() => lru.set(30, chunk(30))).toThrow(RangeError)
    expect(lru.delete(10)).toEqual(chunk(10))
    expect(lru.delete(10)).toBeUndefined()
    lru.set(30, chunk(30))
    lru.set(30, chunk(31))
    expect(lru.get(30)).toEqual(chunk(31))
    expect(lru.indexes().sort()).toEqual([20, 30])
    lru.clear()
    expect(lru.size).toBe(0)
    expect(lru.get(20)).toBeUndefined()
  })

  it('matches a reference LRU over a long random run', () => {
    const capacity = 5
    const lru = new ChunkLru(capacity)
    const reference: number[] = [] // oldest first
    let seed = 99
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const index = seed % 12
      const hit = lru.get(index)
      const at = reference.indexOf(index)
      expect(hit !== undefined).toBe(at !== -1)
      if (at !== -1) {
        reference.splice(at, 1)
        reference.push(index)
        continue
      }
      if (lru.full) expect(lru.evictOldest()).toEqual(chunk(reference.shift()!))
      lru.set(index, chunk(index))
      reference.push(index)
    }
  })

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new ChunkLru(0)).toThrow(RangeError)
    expect(() => new ChunkLru(1.5)).toThrow(RangeError)
  })
})

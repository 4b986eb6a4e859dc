import { describe, expect, it } from 'vitest'
import { KeyClasses } from '../../../src/lib/backend/key-classes.js'

/** Key i as bytes. */
const key = (i: number) => new TextEncoder().encode(`/registry/pods/ns-${i % 97}/pod-${i}`)

describe('KeyClasses', () => {
  it.each([3, 100, 700, 5000])(
    'at most %i keys per sweep: every key tracked in exactly one sweep, with its last value',
    (maxKeys) => {
      const keys = 1000
      const classes = new KeyClasses(maxKeys)
      const seen = new Map<number, number>()
      let largest = 0
      while (classes.nextSweep()) {
        // each key set twice, the second value wins
        for (const round of [1, 2])
          for (let i = 0; i < keys; i++) {
            const slot = classes.slotOf(key(i))
            if (slot >= 0) classes.set(slot, round * keys + i)
            largest = Math.max(largest, classes.size)
          }
        classes.forEachValue((value) => {
          const i = value % keys
          expect(seen.has(i), `key ${i} in two sweeps`).toBe(false)
          expect(Math.floor(value / keys)).toBe(2)
          seen.set(i, value)
        })
      }
      expect(seen.size).toBe(keys)
      expect(largest).toBeLessThanOrEqual(maxKeys)
      if (maxKeys >= keys) expect(classes.sweeps).toBe(1)
      else expect(classes.sweeps).toBeGreaterThanOrEqual(Math.ceil(keys / maxKeys))
    }
  )
})

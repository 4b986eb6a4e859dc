import { describe, expect, it } from 'vitest'
import { KeyFingerprints } from '../../../src/lib/backend/key-fingerprints.js'
import { rng } from '../../helpers/churned-db.js'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('KeyFingerprints', () => {
  it('answers like a Map of keys (seeded, past every growth)', () => {
    for (const seed of [5, 6]) {
      const next = rng(seed)
      const table = new KeyFingerprints()
      const model = new Map<string, number>()
      for (let op = 0; op < 50_000; op++) {
        const n = next(20_000)
        const key = n % 101 === 0 ? '' : `/registry/pods/ns-${n % 7}/p${n}`
        const slot = table.slotOf(bytes(key))
        expect(table.get(slot)).toBe(model.get(key) ?? 0)
        const value = 1 + next(2 ** 31)
        table.set(slot, value)
        model.set(key, value)
      }
      expect(table.size).toBe(model.size)
      for (const [key, value] of model) expect(table.get(table.slotOf(bytes(key)))).toBe(value)
      const values: number[] = []
      table.forEachValue((v) => values.push(v))
      expect(values.sort()).toEqual([...model.values()].sort())
    }
  })

  it('retain() keeps exactly the keys asked for, in place, and every one is found again', () => {
    for (const seed of [7, 8, 9]) {
      const next = rng(seed)
      const table = new KeyFingerprints()
      const model = new Map<string, number>()
      for (let round = 0; round < 6; round++) {
        // dense clusters: fill towards the growth point, so probes wrap around the table's end
        for (let op = 0; op < 3000 + next(3000); op++) {
          const key = `/k/${next(1_000_000)}`
          const slot = table.slotOf(bytes(key))
          const value = 1 + next(1000)
          table.set(slot, value)
          model.set(key, value)
        }
        const bit = 1 << next(31)
        const want = next(2) === 0 ? 0 : bit
        table.retain((hash) => (hash & bit) === want)
        for (const key of [...model.keys()]) {
          const slot = table.slotOf(bytes(key))
          if ((table.lastA & bit) === want) expect(table.get(slot)).toBe(model.get(key))
          else {
            expect(table.get(slot)).toBe(0)
            model.delete(key)
          }
        }
        expect(table.size).toBe(model.size)
        let values = 0
        table.forEachValue(() => values++)
        expect(values).toBe(model.size)
      }
    }
  })

  it('reset() empties it and keeps working; clear() too', () => {
    const table = new KeyFingerprints()
    for (let i = 0; i < 3000; i++) table.set(table.slotOf(bytes(`k${i}`)), i + 1)
    table.reset()
    expect(table.size).toBe(0)
    expect(table.get(table.slotOf(bytes('k5')))).toBe(0)
    table.set(table.slotOf(bytes('k5')), 9)
    expect(table.get(table.slotOf(bytes('k5')))).toBe(9)
    table.clear()
    expect(table.size).toBe(0)
    let any = false
    table.forEachValue(() => (any = true))
    expect(any).toBe(false)
  })

  it('tells keys apart that differ in one byte, in length, or only by a trailing zero', () => {
    const table = new KeyFingerprints()
    const keys = ['a', 'b', 'ab', 'ba', 'a\0', '\0a', '', '\0']
    keys.forEach((key, i) => table.set(table.slotOf(bytes(key)), i + 1))
    expect(table.size).toBe(keys.length)
    keys.forEach((key, i) => expect(table.get(table.slotOf(bytes(key)))).toBe(i + 1))
  })
})

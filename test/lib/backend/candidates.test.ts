import { describe, expect, it } from 'vitest'
import { CandidateSet } from '../../../src/lib/backend/candidates.js'
import { rng } from '../../helpers/churned-db.js'

/** What CandidateSet stands for: user key → its latest candidate, in the order added. */
class MapModel {
  private readonly latest = new Map<string, number>()
  private readonly all: { crc: number; length: number; live: boolean }[] = []

  supersede(key: string): void {
    const index = this.latest.get(key)
    if (index !== undefined) this.all[index]!.live = false
    this.latest.delete(key)
  }

  add(key: string, crc: number, length: number): void {
    this.latest.set(key, this.all.length)
    this.all.push({ crc, length, live: true })
  }

  liveList(): [number, number][] {
    return this.all.filter((c) => c.live).map((c) => [c.crc, c.length])
  }
}

const bytes = (s: string) => new TextEncoder().encode(s)

describe('CandidateSet', () => {
  it('keeps the latest candidate of each key, in the order added, like a Map of keys (seeded, past every growth)', () => {
    for (const seed of [1, 2, 3]) {
      const next = rng(seed)
      const set = new CandidateSet()
      const model = new MapModel()
      // keys of many lengths (empty, 1 byte, long), reused often enough to supersede
      const keyOf = () => {
        const n = next(30_000)
        return n % 97 === 0 ? '' : `/registry/k${n}`.repeat(1 + (n % 3))
      }
      for (let op = 0; op < 60_000; op++) {
        const key = keyOf()
        const slot = set.supersede(bytes(key))
        model.supersede(key)
        if (next(10) < 8) {
          const crc = next(2 ** 32)
          const length = next(2 ** 21)
          set.add(slot, crc, length)
          model.add(key, crc, length)
        }
      }
      const live: [number, number][] = []
      set.forEachLive((crc, length) => live.push([crc, length]))
      expect(live).toEqual(model.liveList())
      expect(set.live).toBe(live.length)
      set.clear()
      expect(set.count).toBe(0)
      let any = false
      set.forEachLive(() => (any = true))
      expect(any).toBe(false)
    }
  })

  it('after reset() it keeps its memory and answers as a new set (the second HashKV of a restore)', () => {
    const set = new CandidateSet()
    for (let i = 0; i < 5000; i++) set.add(set.supersede(bytes(`old${i}`)), i, 1)
    set.reset()
    expect([set.count, set.live]).toEqual([0, 0])
    const model = new MapModel()
    for (let i = 0; i < 6000; i++) {
      const key = `k${i % 2500}`
      const slot = set.supersede(bytes(key))
      model.supersede(key)
      if (i % 3 !== 0) {
        set.add(slot, i, i % 7)
        model.add(key, i, i % 7)
      }
    }
    const live: [number, number][] = []
    set.forEachLive((crc, length) => live.push([crc, length]))
    expect(live).toEqual(model.liveList())
  })

  it('tells keys apart that differ in one byte, in length, or only by a trailing zero', () => {
    const set = new CandidateSet()
    const keys = ['a', 'b', 'ab', 'ba', 'a\0', '\0a', '', '\0']
    keys.forEach((key, i) => set.add(set.supersede(bytes(key)), i, 1))
    expect(set.live).toBe(keys.length)
    set.add(set.supersede(bytes('ab')), 99, 1)
    const live: number[] = []
    set.forEachLive((crc) => live.push(crc))
    expect(live).toEqual([0, 1, 3, 4, 5, 6, 7, 99])
  })
})

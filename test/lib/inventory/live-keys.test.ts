/**
 * The inventory's bounded memory (issue 28, item 5): the live keys as sorted runs of 12-byte
 * records (LiveKeys), the keys it names kept in bounded sets (BestKeys), and the second sweep that
 * names them again when those sets cannot be sure — each against a plain Map replay of the same
 * history.
 */
import { describe, expect, it } from 'vitest'
import { LiveKeys } from '../../../src/lib/inventory/live-keys.js'
import { BestKeys, type SizedKey } from '../../../src/lib/inventory/largest.js'
import { takeInventory } from '../../../src/lib/inventory/inventory.js'
import { checkValue } from '../../../src/lib/inventory/k8s-check.js'
import { KeyHash } from '../../../src/lib/backend/key-fingerprints.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { initDb } from '../../../src/lib/bolt/init-db.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { keyValue, rev } from '../../../scripts/bench/snapshot-writer.js'
import { rng } from '../../helpers/churned-db.js'

const enc = new TextEncoder()

describe('LiveKeys', () => {
  it('keeps what a Map keeps, through many merges and chunk boundaries', () => {
    const random = rng(28)
    // class 5000 and sizes past 1 MiB do not pack in a record's word: kept beside
    const CLASSES = [0, 1, 2, 5000]
    const counts = { keys: [0, 0, 0, 0], bytes: [0, 0, 0, 0], places: [0, 0, 0] }
    const live = new LiveKeys({
      added(place, cls, size) {
        counts.keys[CLASSES.indexOf(cls)]!++
        counts.bytes[CLASSES.indexOf(cls)]! += size
        counts.places[place]!++
      },
      removed(place, cls, size) {
        counts.keys[CLASSES.indexOf(cls)]!--
        counts.bytes[CLASSES.indexOf(cls)]! -= size
        counts.places[place]!--
      }
    })
    const map = new Map<string, { size: number; cls: number }>()
    const KEYS = 40_000
    for (let step = 0; step < 200_000; step++) {
      const i = random(KEYS)
      const name = `/k/${i}`
      const key = enc.encode(name)
      if (random(5) === 0) {
        live.delete(key, i % 3)
        map.delete(name)
      } else {
        const size = random(50) === 0 ? 2_000_000 + random(5000) : random(5000)
        const cls = CLASSES[random(4)]!
        live.put(key, size, cls, i % 3)
        map.set(name, { size, cls })
      }
    }
    live.flush()
    expect(live.size).toBe(map.size)
    const want = { keys: [0, 0, 0, 0], bytes: [0, 0, 0, 0], places: [0, 0, 0] }
    const hash = new KeyHash()
    const byPrint = new Map<string, { size: number; cls: number }>()
    for (const [name, r] of map) {
      want.keys[CLASSES.indexOf(r.cls)]!++
      want.bytes[CLASSES.indexOf(r.cls)]! += r.size
      want.places[Number(name.slice(3)) % 3]!++
      hash.of(enc.encode(name))
      byPrint.set(`${hash.a},${hash.b}`, r)
    }
    expect(counts).toEqual(want)
    let last = -1
    let wrong = 0
    live.forEach((a, b, size, cls) => {
      const r = byPrint.get(`${a},${b}`)
      const order = a * 2 ** 32 + b // sorted, one record per key
      if (r === undefined || r.size !== size || r.cls !== cls || order <= last) wrong++
      last = order
    })
    expect(wrong).toBe(0)
    live.clear()
    expect(live.size).toBe(0)
  })
})

describe('BestKeys', () => {
  const bigger = (x: SizedKey, y: SizedKey) =>
    x.size > y.size || (x.size === y.size && x.key < y.key)

  it('keeps the best, one entry per key; says when it cannot be sure', () => {
    const best = new BestKeys(3, bigger)
    for (const [key, size] of [
      ['a', 5],
      ['b', 9],
      ['c', 1],
      ['d', 7],
      ['e', 7]
    ] as const)
      best.offer(key, size)
    expect(best.top(2)).toEqual([
      { key: 'b', size: 9 },
      { key: 'd', size: 7 }
    ])
    // 'a' (5) was pushed out: with 'b' and 'd' gone, only 'e' is sure to be among the best
    best.remove('b')
    best.remove('d')
    expect(best.top(1)).toEqual([{ key: 'e', size: 7 }])
    expect(best.top(2)).toBeUndefined()
    expect(best.has('e')).toBe(true)
    const small = new BestKeys(3, bigger)
    small.offer('x', 1)
    small.remove('x')
    expect(small.top(10)).toEqual([])
  })
})

/** A snapshot db in memory: `history` entries, each a put (value) or a deletion (undefined). */
function dbOf(history: [string, Uint8Array | undefined][]): BoltDb {
  const file = new MemoryByteFile()
  initDb(file, 4096)
  const tx = WriteTx.begin(file)
  tx.createBucketIfNotExists('meta')
  const keys = tx.createBucketIfNotExists('key')
  history.forEach(([name, value], i) => {
    const revision = i + 2
    const key = enc.encode(name)
    if (value === undefined)
      keys.put(rev(revision, 0, true), keyValue(key, 0, revision, 0, new Uint8Array(0), 0))
    else keys.put(rev(revision), keyValue(key, revision, revision, 1, value, 0))
  })
  tx.commit({ freelist: 'none' })
  return BoltDb.open(file)
}

const configMap = (metaName: string, size: number) =>
  enc.encode(
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: metaName, namespace: 'ns' },
      data: 'x'.repeat(size)
    })
  )

describe('takeInventory names keys by a second sweep when its bounded sets cannot be sure', () => {
  it('largest and the first undecodable / mismatched keys equal a Map replay', () => {
    const random = rng(5)
    const history: [string, Uint8Array | undefined][] = []
    // 300 keys with a spread of sizes; the biggest 150 deleted again, and the values of the
    // first 120 rewritten good: every key the bounded sets held is gone from them
    for (let i = 0; i < 300; i++) {
      const name = `/registry/configmaps/ns/cm-${String(i).padStart(3, '0')}`
      const bad = i % 3
      history.push([
        name,
        bad === 0
          ? enc.encode('{broken')
          : configMap(bad === 1 ? `${i}-moved` : name.split('/').at(-1)!, 100 + random(5000))
      ])
    }
    const sizes = history.map(([n, v]) => n.length + v!.length)
    const doomed = new Set(
      sizes
        .map((s, i) => [s, i] as const)
        .sort((x, y) => y[0] - x[0])
        .slice(0, 150)
        .map(([, i]) => i)
    )
    for (let i = 0; i < 300; i++) {
      const name = history[i]![0]
      if (doomed.has(i)) history.push([name, undefined])
      else if (i < 120) history.push([name, configMap(name.split('/').at(-1)!, 50)])
    }
    // the replay
    const latest = new Map<string, Uint8Array>()
    for (const [name, value] of history)
      if (value === undefined) latest.delete(name)
      else latest.set(name, value)
    const sized = [...latest].map(([key, v]) => ({ key, bytes: key.length + v.length }))
    const largest = sized.sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : 1)).slice(0, 10)
    const list = (what: (f: ReturnType<typeof checkValue>) => boolean) =>
      [...latest]
        .filter(([key, v]) => what(checkValue(enc.encode(key), key, v, { root: '/registry/' })))
        .map(([key]) => key)
        .sort()
    const undecodable = list((f) => f.value === 'undecodable')
    const mismatched = list((f) => f.value === 'object' && !f.match)
    expect(undecodable.length).toBeGreaterThan(5)
    expect(mismatched.length).toBeGreaterThan(5)

    const seen = new Map<string, string>()
    const inv = takeInventory(dbOf(history), {
      onKey: (key, finding) => seen.set(key, finding.value)
    })
    expect(inv.liveKeys).toBe(latest.size)
    expect(inv.largest).toEqual(largest)
    expect(inv.kubernetes!.undecodable).toEqual({
      count: undecodable.length,
      examples: undecodable.slice(0, 5)
    })
    expect(inv.kubernetes!.mismatched).toEqual({
      count: mismatched.length,
      examples: mismatched.slice(0, 5)
    })
    expect([...seen.keys()].sort()).toEqual([...latest.keys()].sort())
  })
})

/**
 * Model-based randomized test of the write transaction: random operations on nested buckets are
 * applied both to the db and to an in-memory model; after every commit the file is reopened,
 * strictly checked (plus checkDb) and compared with the model. Seeded; the seed is in every
 * failure message (override with BOLT_SEED=<n>).
 */
import { describe, expect, it } from 'vitest'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { initDb } from '../../../src/lib/bolt/init-db.js'
import { WriteTx, type WriteBucket } from '../../../src/lib/bolt/tx.js'
import { InvariantError } from '../../../src/lib/errors.js'
import { latin1, strictCheck, type ModelBucket, type StrictReport } from './strict-check.js'
import { runCheckDb } from './check-db.js'

class Rng {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

const bytes = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'))

function emptyModel(): ModelBucket {
  return { sequence: 0n, values: new Map(), buckets: new Map() }
}

function clone(m: ModelBucket): ModelBucket {
  return {
    sequence: m.sequence,
    values: new Map(m.values),
    buckets: new Map([...m.buckets].map(([k, v]) => [k, clone(v)]))
  }
}

function compare(actual: ModelBucket, expected: ModelBucket, path: string): void {
  if (actual.sequence !== expected.sequence) {
    throw new Error(`${path}: sequence ${actual.sequence} != ${expected.sequence}`)
  }
  if (actual.values.size !== expected.values.size) {
    throw new Error(`${path}: ${actual.values.size} values, model has ${expected.values.size}`)
  }
  for (const [k, v] of expected.values) {
    if (actual.values.get(k) !== v) throw new Error(`${path}: key ${JSON.stringify(k)} differs`)
  }
  const names = [...expected.buckets.keys()].sort().join('|')
  if ([...actual.buckets.keys()].sort().join('|') !== names)
    throw new Error(`${path}: bucket names differ`)
  for (const [k, b] of expected.buckets) compare(actual.buckets.get(k)!, b, `${path}/${k}`)
}

/** Every bucket path in the model (top-level first). */
function paths(m: ModelBucket, prefix: string[] = []): string[][] {
  const out: string[][] = []
  for (const [name, b] of m.buckets) {
    out.push([...prefix, name])
    out.push(...paths(b, [...prefix, name]))
  }
  return out
}

function modelAt(root: ModelBucket, path: string[]): ModelBucket {
  let b = root
  for (const name of path) b = b.buckets.get(name)!
  return b
}

function handleAt(tx: WriteTx, path: string[]): WriteBucket {
  let b = tx.bucket(bytes(path[0]!))!
  for (const name of path.slice(1)) b = b.bucket(bytes(name))!
  if (!b) throw new Error(`no handle for ${path.join('/')}`)
  return b
}

interface RunOptions {
  seed: number
  pageSize: number
  commits: number
  opsPerCommit: number
}

interface RunStats {
  ops: number
  commits: number
  rollbacks: number
  maxDepth: number
  maxHwm: number
  overflowPages: number
  inlineSeen: number
  freelistCommits: number
  reuseCommits: number
  pagesReused: number
  toInline: number
  toPaged: number
}

function run(options: RunOptions): RunStats {
  const { seed, pageSize } = options
  const rng = new Rng(seed)
  const file = new MemoryByteFile()
  initDb(file, pageSize)
  let model = emptyModel()
  const stats: RunStats = {
    ops: 0,
    commits: 0,
    rollbacks: 0,
    maxDepth: 0,
    maxHwm: 0,
    overflowPages: 0,
    inlineSeen: 0,
    freelistCommits: 0,
    reuseCommits: 0,
    pagesReused: 0,
    toInline: 0,
    toPaged: 0
  }
  let kinds = new Map<string, boolean>()
  let counter = 0
  const value = (): Uint8Array => {
    const r = rng.next()
    const size =
      r < 0.7
        ? rng.int(40)
        : r < 0.93
          ? rng.range(pageSize / 8, pageSize / 2)
          : rng.range(pageSize + 1, pageSize * 3)
    const v = new Uint8Array(size)
    for (let i = 0; i < size; i += 97) v[i] = rng.int(256)
    return v
  }
  const randomKey = (): string => {
    if (rng.chance(0.8)) return `k${String(rng.int(3000)).padStart(5, '0')}`
    const length = rng.range(1, 24)
    let s = ''
    for (let i = 0; i < length; i++) s += String.fromCharCode(rng.int(256))
    return s
  }

  for (let c = 0; c < options.commits; c++) {
    const reuse = c % 4 >= 2
    const freelist = c % 2 === 1 ? 'page' : 'none'
    const before = clone(model)
    const tx = WriteTx.begin(file, { reuseFreePages: reuse })
    if (c === 0) {
      for (const name of ['b0', 'b1', 'b2', 'b3']) {
        tx.createBucket(bytes(name))
        model.buckets.set(name, emptyModel())
      }
    }
    for (let o = 0; o < options.opsPerCommit; o++) {
      stats.ops++
      const all = paths(model)
      if (all.length === 0) {
        tx.createBucket(bytes('b0'))
        model.buckets.set('b0', emptyModel())
        continue
      }
      const path = rng.pick(all)
      const m = modelAt(model, path)
      const h = handleAt(tx, path)
      if (rng.chance(0.1)) h.fillPercent = rng.pick([0.1, 0.5, 0.9, 1.0])
      const r = rng.next()
      const size = m.values.size
      const pickExisting = (): string => {
        let index = rng.int(size)
        for (const key of m.values.keys()) if (index-- === 0) return key
        throw new Error('unreachable')
      }
      if (r < 0.5) {
        const key = rng.chance(0.2) && size > 0 ? pickExisting() : randomKey()
        const v = value()
        if (m.buckets.has(key)) {
          expect(() => h.put(bytes(key), v)).toThrow(InvariantError)
          continue
        }
        h.put(bytes(key), v)
        m.values.set(key, latin1(v))
      } else if (r < 0.72) {
        const key = size > 0 && rng.chance(0.9) ? pickExisting() : randomKey()
        if (m.buckets.has(key)) continue
        h.delete(bytes(key))
        m.values.delete(key)
      } else if (r < 0.73) {
        // Delete most keys: forces merges, empty-page removal and re-inlining.
        for (const key of [...m.values.keys()]) {
          if (rng.chance(0.95)) {
            h.delete(bytes(key))
            m.values.delete(key)
          }
        }
      } else if (r < 0.74) {
        // Bulk ascending append past every key: multi-level trees.
        const n = rng.range(200, 2500)
        for (let i = 0; i < n; i++) {
          const key = `z${String(counter++).padStart(8, '0')}`
          const v = new Uint8Array(rng.int(60))
          v.fill(i & 0xff)
          h.put(bytes(key), v)
          m.values.set(key, latin1(v))
        }
      } else if (r < 0.765) {
        const parent = path.length < 3 && rng.chance(0.7) ? path : null
        const name = `sb${rng.int(40)}`
        const target = parent ? m : model
        const th = parent ? h : null
        if (target.values.has(name) || target.buckets.has(name)) {
          expect(() => (th ? th.createBucket(bytes(name)) : tx.createBucket(bytes(name)))).toThrow(
            InvariantError
          )
          continue
        }
        if (th) th.createBucket(bytes(name))
        else tx.createBucket(bytes(name))
        target.buckets.set(name, emptyModel())
      } else if (r < 0.775) {
        if (path.length === 1) {
          tx.deleteBucket(bytes(path[0]!))
          model.buckets.delete(path[0]!)
        } else {
          const parentPath = path.slice(0, -1)
          handleAt(tx, parentPath).deleteBucket(bytes(path[path.length - 1]!))
          modelAt(model, parentPath).buckets.delete(path[path.length - 1]!)
        }
      } else if (r < 0.8) {
        const seq = BigInt(rng.int(1_000_000)) * (rng.chance(0.1) ? 0x1_0000_0000n : 1n)
        h.setSequence(seq)
        m.sequence = seq
      } else if (r < 0.95) {
        const key = size > 0 && rng.chance(0.7) ? pickExisting() : randomKey()
        const got = h.get(bytes(key))
        const want = m.values.get(key)
        if ((got === undefined ? undefined : latin1(got)) !== want) {
          throw new Error(`get ${JSON.stringify(key)} in ${path.join('/')} during tx ${c}`)
        }
      } else {
        const entries = [...h.entries()]
        const values = entries.filter((e) => !e.isBucket)
        const names = entries.filter((e) => e.isBucket).map((e) => latin1(e.key))
        if (values.length !== m.values.size) throw new Error(`entries() count in ${path.join('/')}`)
        for (const e of values) {
          if (m.values.get(latin1(e.key)) !== latin1(e.value!))
            throw new Error(`entries() value ${latin1(e.key)}`)
        }
        if (names.sort().join('|') !== [...m.buckets.keys()].sort().join('|'))
          throw new Error('entries() buckets')
        for (let i = 1; i < entries.length; i++) {
          if (Buffer.compare(entries[i - 1]!.key, entries[i]!.key) >= 0)
            throw new Error('entries() order')
        }
      }
    }
    if (c > 0 && c % 7 === 3) {
      tx.rollback()
      model = before
      stats.rollbacks++
    } else {
      const result = tx.commit({ freelist })
      expect(result.txid).toBe(BigInt(stats.commits) + 2n)
      stats.commits++
      if (freelist === 'page') stats.freelistCommits++
      if (reuse) stats.reuseCommits++
      stats.pagesReused += result.pagesReused
    }
    let report: StrictReport
    try {
      report = strictCheck(file)
      runCheckDb(file)
      compare(report.root, model, '')
    } catch (error) {
      throw new Error(
        `seed ${seed}, pageSize ${pageSize}, commit ${c}: ${(error as Error).message}`,
        { cause: error }
      )
    }
    stats.maxDepth = Math.max(stats.maxDepth, report.maxDepth)
    stats.maxHwm = Math.max(stats.maxHwm, report.hwm)
    stats.overflowPages = Math.max(stats.overflowPages, report.overflowPages)
    stats.inlineSeen += report.inlineBuckets
    for (const [where, inline] of report.inline) {
      const was = kinds.get(where)
      if (was === false && inline) stats.toInline++
      if (was === true && !inline) stats.toPaged++
    }
    kinds = report.inline
  }
  return stats
}

const envSeed = process.env.BOLT_SEED ? Number(process.env.BOLT_SEED) : undefined

describe('WriteTx against an in-memory model', () => {
  const cases = [
    { pageSize: 4096, seeds: [1, 2], commits: 26, opsPerCommit: 400 },
    { pageSize: 16384, seeds: [3], commits: 22, opsPerCommit: 250 },
    { pageSize: 65536, seeds: [4], commits: 20, opsPerCommit: 150 }
  ]
  for (const { pageSize, seeds, commits, opsPerCommit } of cases) {
    for (const seed of envSeed !== undefined ? [envSeed] : seeds) {
      it(`pageSize ${pageSize}, seed ${seed}: ${commits} commits x ${opsPerCommit} ops`, () => {
        const stats = run({ seed, pageSize, commits, opsPerCommit })
        console.log(`seed ${seed} pageSize ${pageSize}:`, JSON.stringify(stats))
        expect(stats.maxDepth, `seed ${seed}`).toBeGreaterThanOrEqual(pageSize === 4096 ? 3 : 2)
        expect(stats.freelistCommits, `seed ${seed}`).toBeGreaterThan(0)
        expect(stats.overflowPages, `seed ${seed}`).toBeGreaterThan(0)
        expect(stats.inlineSeen, `seed ${seed}`).toBeGreaterThan(0)
        expect(stats.toInline, `seed ${seed}: a paged bucket went back inline`).toBeGreaterThan(0)
        expect(stats.toPaged, `seed ${seed}: an inline bucket spilled to pages`).toBeGreaterThan(0)
        expect(stats.pagesReused, `seed ${seed}`).toBeGreaterThan(0)
      })
    }
  }
})

/**
 * Fuzzing of the bolt reader and checker: each case is a real snapshot's db bytes with a few
 * structure-aware mutations (aimed at page headers, element arrays, metas, bucket headers, tree
 * links), usually followed by a meta checksum fix-up so the damage gets past meta validation.
 * A case is fully determined by (seed, index), so any failure can be regenerated. The case is
 * opened in memory (BoltDb.open + checkDb, then on what the check accepts: cursors, readFacts,
 * the restore's backend edit and a re-check of its result): a RestoreError is the expected
 * outcome for a bad file, anything else thrown is a crash.
 */
import { editBackend } from '../../src/lib/backend/edit.js'
import { readFacts } from '../../src/lib/backend/facts.js'
import { checkDb } from '../../src/lib/bolt/check.js'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { buildCluster } from '../../src/lib/cluster/initial-cluster.js'
import { RestoreError } from '../../src/lib/errors.js'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'
import type { ByteSource } from '../../src/lib/io/page-source.js'
import { ReadAhead } from '../../src/lib/io/read-ahead.js'
import { buildBoltDb, type BoltTree } from '../helpers/bolt-build.js'
import { scribbling } from '../helpers/scribbling-source.js'
import { fixMetaChecksums, layoutOf, type Layout } from './layout.js'
import { pickMutation, type Ctx } from './fuzz-mutators.js'

export interface FuzzBase {
  name: string
  db: Uint8Array
  layout: Layout
}

export interface FuzzCase {
  index: number
  base: string
  ops: string[]
  bytes: Uint8Array
}

export type Outcome = 'ok' | 'expected' | 'crash'

export interface CaseResult {
  outcome: Outcome
  /** The error for 'expected' and 'crash'. */
  error?: unknown
}

/** Db bytes (trailer already stripped) of clean snapshots → bases with their page maps. */
export function prepareBases(dbs: { name: string; db: Uint8Array }[]): FuzzBase[] {
  return dbs.map(({ name, db }) => ({ name, db, layout: layoutOf(db) }))
}

/**
 * A third base unlike the fixtures: 512-byte pages, so the `key` bucket is a 3-level tree; a
 * freelist page; nested paged and inline buckets. Keys of `key` are etcd revisions whose bytes
 * stay ASCII (the builder takes string keys).
 */
export function syntheticDb(): Uint8Array {
  const keys: BoltTree = {}
  for (let main = 1, n = 0; n < 1500; main++) {
    const bytes = [0, 0, 0, 0, 0, 0, (main >> 8) & 0x7f, main & 0xff]
    if (bytes[7]! >= 0x80) continue
    keys[String.fromCharCode(...bytes, 0x5f, 0, 0, 0, 0, 0, 0, 0, 0)] = `value of revision ${main}`
    n++
  }
  const deep: BoltTree = { leaf: 'x' }
  for (let i = 0; i < 40; i++) deep[`k${i}`] = `v${i}`.repeat(8)
  return buildBoltDb(
    {
      key: keys,
      meta: { consistent_index: '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0007' },
      members: { '1': 'm' },
      nested: { inner: { deeper: deep, small: { a: '1' } }, plain: 'p' }
    },
    { pageSize: 512, freelistPage: true, noInline: false }
  )
}

/** A fourth base with 64 KiB pages (arm64/ppc64le kernels): page size detection, big elements. */
export function syntheticDb64k(): Uint8Array {
  const keys: BoltTree = {}
  for (let main = 1; main <= 100; main++) {
    keys[String.fromCharCode(0, 0, 0, 0, 0, 0, 0, main, 0x5f, 0, 0, 0, 0, 0, 0, 0, 0)] = 'v'.repeat(
      main * 40
    )
  }
  return buildBoltDb({ key: keys, meta: { x: 'y' }, lease: {} }, { pageSize: 65536, txid: 8n })
}

/** mulberry32: small, fast, good enough to spread mutations. */
export class Rng {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** Seed of case `index`: a hash of (seed, index), so cases are independent of each other. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

/** Case `index` of a run with `seed`: deterministic. */
export function makeCase(bases: FuzzBase[], seed: number, index: number): FuzzCase {
  const rng = new Rng(caseSeed(seed, index))
  const base = bases[rng.int(bases.length)]!
  const ctx: Ctx = { rng, bytes: base.db.slice(), layout: base.layout, ps: base.layout.pageSize }
  const ops: string[] = []
  const n = 1 + rng.int(rng.chance(0.7) ? 2 : 4)
  let truncated: Uint8Array | null = null
  for (let i = 0; i < n; i++) {
    const r = pickMutation(rng)(ctx)
    if (typeof r === 'string') ops.push(r)
    else {
      // Applied last, so later mutations can still address every page.
      ops.push(`truncate to ${r.length}`)
      truncated = r
    }
  }
  if (truncated !== null) ctx.bytes = ctx.bytes.slice(0, truncated.length)
  if (rng.chance(0.75) && ctx.bytes.length >= 2 * ctx.ps) {
    fixMetaChecksums(ctx.bytes, ctx.ps)
    ops.push('fix-meta-checksums')
  }
  return { index, base: base.name, ops, bytes: ctx.bytes }
}

const CLUSTER = buildCluster('m1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381', 'fuzz')

/** Opens, checks, reads and edits one file in memory, as a restore would. */
/**
 * The case's bytes behind a ReadAhead, as a FileByteFile with readAhead serves a sparse file: a
 * small gap and bound, so that runs split and the bound is hit.
 */
function readingAhead(file: MemoryByteFile): ByteSource {
  const ahead = new ReadAhead(256, 4096)
  return {
    size: file.size,
    read: (position, length) => file.read(position, length),
    readTransient: (position, length) =>
      ahead.find(position, length) ?? file.read(position, length),
    prefetch: (positions, length) =>
      ahead.fill(positions, length, file.size, (out, position) =>
        out.set(file.read(position, out.length))
      )
  }
}

/** What the strict check of `source` says: its free pages and buckets, or its error. */
function checkVerdict(source: ByteSource): string {
  try {
    const report = checkDb(BoltDb.open(source))
    return `ok: ${report.freePages} free, ${JSON.stringify(report.buckets)}`
  } catch (error) {
    return describeError(error)
  }
}

export function runCase(bytes: Uint8Array): CaseResult {
  try {
    const file = new MemoryByteFile(bytes)
    // the check reads a branch's children ahead where the source can: that must change nothing
    const ahead = checkVerdict(readingAhead(file))
    const plain = checkVerdict(scribbling(file))
    if (ahead !== plain) throw new Error(`read ahead, the check says ${ahead}; else ${plain}`)
    const db = BoltDb.open(scribbling(file))
    const report = checkDb(db)
    // What the check accepts must be readable: every top-level bucket, forwards and backwards.
    const root = db.rootBucket()
    for (const entry of root.entries()) {
      if (!entry.isBucket) continue
      const bucket = root.bucket(entry.key)
      if (bucket === null) throw new Error(`bucket entry ${entry.key.join(',')} does not open`)
      let n = 0
      const cursor = bucket.cursor()
      for (let e = cursor.first(); e !== null; e = cursor.next()) n++
      for (let e = cursor.last(); e !== null && n > 0; e = cursor.prev()) n--
      if (n !== 0) throw new Error(`forward and backward walks disagree by ${n}`)
    }
    const facts = readFacts(db, report)
    // ... and editable the way a restore edits it, into a file that passes the check again.
    const bump = bytes.length % 2 === 0 ? 1000n : 0n
    editBackend(file, {
      cluster: CLUSTER,
      targetVersion: '3.5',
      bumpRevision: bump,
      markCompacted: bump > 0n,
      latestRevision: BigInt(facts.revision)
    })
    checkDb(BoltDb.open(file))
    return { outcome: 'ok' }
  } catch (error) {
    return { outcome: error instanceof RestoreError ? 'expected' : 'crash', error }
  }
}

/** One line for a thrown value, with the first stack frame for crashes. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const frame = error.stack?.split('\n').find((l) => l.trim().startsWith('at '))
  return `${error.name}: ${error.message}${frame ? ` (${frame.trim()})` : ''}`
}

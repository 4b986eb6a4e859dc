/**
 * The report's HashKV and inventory come from the strict check's own sweep of the `key` bucket:
 * the same JSON as hashKV() and takeInventory() give on their own, on every db path (copy,
 * compacted in place, a gzip snapshot's staging copy, each asked alone or together), and each
 * page of the `key` bucket read once, counted through a counting byte source.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import { loadInventoryCode, readSourceFacts, sourceSweep } from '../../../src/lib/restore/verify.js'
import type { Defrag, RestoreOptions } from '../../../src/lib/options.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { branchElement, decodePageHeader } from '../../../src/lib/bolt/page.js'
import { PageFlag } from '../../../src/lib/bolt/types.js'
import { hashKV } from '../../../src/lib/backend/hashkv.js'
import { Buckets } from '../../../src/lib/backend/schema.js'
import { takeInventory } from '../../../src/lib/inventory/inventory.js'
import { FileByteFile, MemoryByteFile, limitByteSource } from '../../../src/lib/io/page-file.js'
import type { ByteSource } from '../../../src/lib/io/page-source.js'
import { silentLogger } from '../../../src/lib/logger.js'
import { denseSnapshot } from '../../helpers/dense-snapshot.js'
import { TINY, cleanupTemp, fixture, options, tempDir } from './harness.js'

afterAll(cleanupTemp)

const cluster = {
  initialCluster: 'a=http://127.0.0.1:2380,b=http://127.0.0.1:2381,c=http://127.0.0.1:2382',
  token: 'one-sweep'
}

/** hashKV() and takeInventory() on their own, as the report carries them. */
function expected(snapshot: string, dbSize: number) {
  const file = FileByteFile.open(snapshot)
  try {
    const db = BoltDb.open(limitByteSource(file, dbSize))
    const { hash, hashRevision, compactRevision } = hashKV(db, 0)
    return {
      hashKV: { hash, hashRevision, compactRevision },
      inventory: JSON.parse(JSON.stringify(takeInventory(db)))
    }
  } finally {
    file.close()
  }
}

/** A byte source that counts the reads starting at each page. */
class CountingSource implements ByteSource {
  readonly reads = new Map<number, number>()
  constructor(
    private readonly inner: MemoryByteFile,
    private readonly pageSize: number
  ) {}
  get size(): number {
    return this.inner.size
  }
  private count(position: number): void {
    if (position % this.pageSize !== 0) return
    const id = position / this.pageSize
    this.reads.set(id, (this.reads.get(id) ?? 0) + 1)
  }
  read(position: number, length: number): Uint8Array {
    this.count(position)
    return this.inner.read(position, length)
  }
  readTransient(position: number, length: number): Uint8Array {
    this.count(position)
    return this.inner.read(position, length)
  }
}

/** Every page id of the tree at `root` (branches and leaves; overflow pages are in their span). */
function treePages(db: BoltDb, root: number): number[] {
  const page = db.page(root)
  const h = decodePageHeader(page)
  if (h.flags !== PageFlag.branch) return [root]
  const children: number[] = []
  for (let i = 0; i < h.count; i++) children.push(branchElement(page, i).pgid)
  return [root, ...children.flatMap((c) => treePages(db, c))]
}

describe('one sweep for the report facts', () => {
  const dir = tempDir('one-sweep-')
  let dense = ''
  let gz = ''
  beforeAll(() => {
    dense = denseSnapshot(dir, 1024, 2000)
    gz = join(dir, 'churned.db.gz')
    writeFileSync(gz, gzipSync(readFileSync(fixture('churned-snapshot.db'))))
  })

  const cases: [string, () => string, Defrag][] = [
    ['tiny, copied', () => TINY.snapshot, 'never'],
    ['tiny, compacted in place', () => TINY.snapshot, 'always'],
    ['churned, auto (compacted in place)', () => fixture('churned-snapshot.db'), 'auto'],
    ['churned gzip, compacted from staging', () => gz, 'auto'],
    ['dense 1 kB, auto (copied)', () => dense, 'auto'],
    ['k8s, copied', () => fixture('k8s/k8s-full.db'), 'never'],
    ['all keys deleted', () => fixture('backend/all-deleted.db'), 'always']
  ]
  test.each(cases)('%s: the same HashKV and inventory JSON', async (_name, path, defrag) => {
    const snapshot = path()
    const skipHashCheck = !snapshot.endsWith('.gz') && statSync(snapshot).size % 512 !== 32
    const plainSource = snapshot.endsWith('.gz') ? fixture('churned-snapshot.db') : snapshot
    for (const ask of [
      { computeHashKV: true, computeInventory: true },
      { computeHashKV: true },
      { computeInventory: true }
    ] satisfies Partial<RestoreOptions>[]) {
      const report = await restore(
        options(
          { snapshot, ...cluster },
          { kind: 'all', outDir: join(tempDir('one-sweep-out-'), 'out') },
          { ...ask, defrag, skipHashCheck }
        )
      )
      const want = expected(plainSource, report.snapshot.dbSize)
      expect(JSON.stringify(report.snapshot.hashKV)).toBe(
        ask.computeHashKV ? JSON.stringify(want.hashKV) : undefined
      )
      expect(JSON.stringify(report.snapshot.inventory)).toBe(
        'computeInventory' in ask ? JSON.stringify(want.inventory) : undefined
      )
    }
  })

  test('the key bucket is read once: its pages counted through the byte source', async () => {
    const bytes = readFileSync(dense)
    const memory = new MemoryByteFile(new Uint8Array(bytes.subarray(0, bytes.length - 32)))
    const pageSize = BoltDb.open(memory).pageSize
    const opts = options(
      { snapshot: dense, ...cluster },
      { kind: 'all', outDir: dir },
      { computeHashKV: true, computeInventory: true }
    )
    await loadInventoryCode(opts)
    const run = (fused: boolean) => {
      const source = new CountingSource(memory, pageSize)
      const db = BoltDb.open(source)
      const keyPages = treePages(db, db.bucket(Buckets.key)!.rootPage)
      source.reads.clear()
      const sweep = fused ? sourceSweep(db, opts) : undefined
      const check = checkDb(db, sweep === undefined ? {} : { entries: sweep.observer })
      const facts = readSourceFacts(db, check, opts, silentLogger, () => {}, sweep)
      const reads = keyPages.reduce((sum, id) => sum + (source.reads.get(id) ?? 0), 0)
      return { facts, reads, pages: keyPages.length }
    }
    const one = run(true)
    const two = run(false)
    expect(one.pages).toBeGreaterThan(400)
    // each page once by the check's sweep; point reads of the newest revision add a few
    expect(one.reads).toBeLessThanOrEqual(one.pages + 8)
    expect(two.reads).toBeGreaterThanOrEqual(2 * two.pages) // the check, then a sweep of its own
    expect(JSON.stringify(one.facts)).toBe(JSON.stringify(two.facts))
  })
})

/**
 * `--defrag auto` decides from an estimate of the free pages (estimate.ts: branch pages and leaf
 * headers, never a compaction). The estimate is within a few points of the free share a full
 * walk counts, on dense etcd-shaped snapshots whose values run from 16 B to 300 kB (a value
 * larger than a page spans several: its leaf header's overflow), on the churned fixture and on a
 * half-free one; `auto` then picks the mode that share calls for, and on a dense snapshot of big
 * values does no compaction work at all.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import { AUTO_FREE_SHARE } from '../../../src/lib/restore/db.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { estimateFreePages } from '../../../src/lib/bolt/compact/estimate.js'
import { FileByteFile, limitByteSource } from '../../../src/lib/io/page-file.js'
import type { Logger } from '../../../src/lib/logger.js'
import { denseSnapshot } from '../../helpers/dense-snapshot.js'
import { cleanupTemp, fixture, options, tempDir } from './harness.js'

afterAll(cleanupTemp)

const cluster = {
  initialCluster: 'a=http://127.0.0.1:2380,b=http://127.0.0.1:2381,c=http://127.0.0.1:2382',
  token: 'auto-test'
}

/**
 * The estimate, and the free share a full walk counts (the strict checker: every page of every
 * tree, independent of the estimate). A compaction's page count is no such reference: it packs
 * leaves its own way (4 kB values: a third more pages than the source's reachable ones).
 */
function shares(path: string, maxHeaderReads?: number) {
  const file = FileByteFile.open(path)
  try {
    const db = BoltDb.open(limitByteSource(file, file.size - 32))
    const estimate = estimateFreePages(db, maxHeaderReads === undefined ? {} : { maxHeaderReads })
    const walked = checkDb(db).freePages / db.hwm
    return { estimate, walked, hwm: db.hwm }
  } finally {
    file.close()
  }
}

async function restoreAuto(snapshot: string) {
  const infos: string[] = []
  const logger: Logger = {
    info: (m) => infos.push(m),
    warn: () => {},
    debug: () => {},
    group: (_name, fn) => fn()
  }
  const report = await restore(
    options(
      { snapshot, ...cluster },
      { kind: 'all', outDir: join(tempDir('auto-'), 'out') },
      { logger }
    )
  )
  return { report, infos }
}

// value bytes → keys: each a few MB at most
const DENSE: [number, number][] = [
  [16, 20_000],
  [1024, 2_000],
  [4096, 600],
  [8192, 300],
  [65536, 40],
  [300_000, 8]
]

describe('auto: the free-page estimate', () => {
  const dir = tempDir('auto-snapshots-')
  const snapshots = new Map<string, string>()
  beforeAll(() => {
    for (const [size, count] of DENSE)
      snapshots.set(`dense ${size} B`, denseSnapshot(dir, size, count))
    snapshots.set('half-free 8192 B', denseSnapshot(dir, 8192, 600, { halfFree: true }))
    snapshots.set('half-free 64 kB', denseSnapshot(dir, 65536, 40, { halfFree: true }))
    snapshots.set('churned', fixture('churned-snapshot.db'))
  })

  test.each([
    ...DENSE.map(([size]) => `dense ${size} B`),
    'half-free 8192 B',
    'half-free 64 kB',
    'churned'
  ])('%s: within 3 points of the walked share; auto picks the mode it calls for', async (name) => {
    const path = snapshots.get(name)!
    const { estimate, walked } = shares(path)
    expect(
      Math.abs(estimate.freeShare - walked),
      `estimate ${estimate.freeShare}, walked ${walked}`
    ).toBeLessThanOrEqual(0.03)
    if (name.startsWith('dense')) expect(walked).toBeLessThan(0.05)
    if (name.startsWith('half')) expect(walked).toBeGreaterThan(0.4)
    if (name === 'churned') expect(walked).toBeGreaterThan(0.8)
    const { report } = await restoreAuto(path)
    const expected = walked >= AUTO_FREE_SHARE ? 'compact' : 'copy'
    expect(report.db).toMatchObject({ mode: expected, defrag: 'auto' })
    expect(report.db!.freePercent).toBe(Math.round(100 * walked))
  })

  test('a sampled estimate (few header reads) stays within 3 points', () => {
    for (const name of ['half-free 8192 B', 'churned', 'dense 8192 B']) {
      const { estimate, walked } = shares(snapshots.get(name)!, 64)
      if (name === 'dense 8192 B') expect(estimate.basis).toBe('sampled')
      expect(Math.abs(estimate.freeShare - walked), name).toBeLessThanOrEqual(0.03)
    }
  })

  test('auto on a dense snapshot of big values does no compaction work', async () => {
    for (const size of [8192, 65536, 300_000]) {
      const { report, infos } = await restoreAuto(snapshots.get(`dense ${size} B`)!)
      expect(report.db?.mode).toBe('copy')
      expect(Object.keys(report.durationsMs)).not.toContain('compact')
      expect(infos.filter((m) => m.startsWith('compacted'))).toEqual([])
      expect(infos.find((m) => m.startsWith('free pages: about'))).toMatch(/\(\d%/)
    }
  })
})

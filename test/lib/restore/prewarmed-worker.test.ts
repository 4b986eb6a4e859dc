/**
 * A restore after the CLI booted its hash worker at start (prewarmHashWorker with the snapshot's
 * path): the worker hashes the file at once, and both paths take its digest, the compaction in
 * place (churned) and the copy (a dense snapshot, copied without hashing on the main thread).
 * Every member file comes out byte for byte as without the worker.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import {
  earlyDigestsTaken,
  hasSpareHashWorker,
  prewarmHashWorker
} from '../../../src/lib/snapshot/hash-worker.js'
import { TINY, cleanupTemp, fixture, options, sha256File, tempDir } from './harness.js'

afterAll(cleanupTemp)

const CHURNED = fixture('churned-snapshot.db')

/** Every file under `dir` (relative path → sha256). */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry)
    if (statSync(path).isFile()) out[relative(dir, path)] = sha256File(path)
  }
  return out
}

async function run(snapshot: string, prewarm: boolean) {
  const out = join(tempDir('prewarmed-'), 'out')
  if (prewarm) prewarmHashWorker(snapshot)
  const taken = earlyDigestsTaken()
  const report = await restore(
    options(
      { snapshot, initialCluster: TINY.initialCluster, token: TINY.token },
      {
        kind: 'all',
        outDir: out
      }
    )
  )
  return { report, files: files(out), early: earlyDigestsTaken() - taken }
}

describe("a restore that takes the CLI's prewarmed hash worker", () => {
  test.each([
    ['churned: compacted in place', CHURNED, 'compact'],
    ['dense: copied, not hashed on the main thread', TINY.snapshot, 'copy']
  ])('%s: the early digest is taken, the members are the same bytes', async (_, snapshot, path) => {
    const plain = await run(snapshot, false)
    const warm = await run(snapshot, true)
    expect(warm.early).toBe(1)
    expect(plain.early).toBe(0)
    expect(warm.report.db?.mode).toBe(path)
    expect(warm.report.snapshot.sha256).toBe(plain.report.snapshot.sha256)
    expect(warm.report.snapshot.hash).toBe('verified')
    expect(warm.files).toEqual(plain.files)
    expect(Object.keys(warm.files).length).toBeGreaterThanOrEqual(9)
    expect(hasSpareHashWorker()).toBe(false)
  })

  test('a compressed snapshot: the worker is let go unused (nothing early to take)', async () => {
    const GZIP = join(tempDir('prewarmed-gz-'), 'snap.db.gz')
    writeFileSync(GZIP, gzipSync(readFileSync(TINY.snapshot)))
    const plain = await run(GZIP, false)
    const warm = await run(GZIP, true)
    expect(warm.early).toBe(0)
    expect(warm.files).toEqual(plain.files)
    expect(hasSpareHashWorker()).toBe(false)
  })
})

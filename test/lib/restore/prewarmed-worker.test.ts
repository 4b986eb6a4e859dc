/**
 * A restore after the CLI booted its hash worker at start (prewarmHashWorker with the snapshot's
 * path): the worker hashes the file at once and the compaction in place (churned) takes its
 * digest; the copy (a dense snapshot) takes it only when it is ready as the copy starts, else
 * lets the worker go and hashes as it reads (waiting for the worker's second read of the file
 * cost more than it saved). Every member file comes out byte for byte as without the worker.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import { restore } from '../../../src/lib/restore/index.js'
import {
  earlyDigestsTaken,
  hasSpareHashWorker,
  prewarmHashWorker,
  spareEarlyDigestReady
} from '../../../src/lib/snapshot/hash-worker.js'
import {
  TINY,
  cleanupTemp,
  fixture,
  options,
  sha256File,
  stagingLeftovers,
  tempDir
} from './harness.js'
import { openBytes } from '../../helpers/bolt-fixtures.js'

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

async function run(snapshot: string, prewarm: boolean, ready = false, guess = snapshot) {
  const out = join(tempDir('prewarmed-'), 'out')
  if (prewarm) prewarmHashWorker(guess)
  // `ready`: the worker's early digest is done before the restore starts
  for (let waited = 0; ready && !spareEarlyDigestReady(guess); waited += 10) {
    if (waited > 10_000) throw new Error('the early digest was not ready in 10 s')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
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

/** How run() fails, and what it leaves in its parent folder (nothing, if it is right). */
async function failure(snapshot: string, prewarm: boolean) {
  const parent = tempDir('prewarmed-fail-')
  const out = join(parent, 'out')
  if (prewarm) prewarmHashWorker(snapshot)
  const error = await restore(
    options(
      { snapshot, initialCluster: TINY.initialCluster, token: TINY.token },
      { kind: 'all', outDir: out }
    )
  ).then(
    () => undefined,
    (e: unknown) => e as Error
  )
  return { error, left: [...stagingLeftovers(parent), ...(existsSync(out) ? ['out'] : [])] }
}

/** The tiny snapshot with `edit` applied to its db bytes, and a trailer: the edited db's sha256, or the original's. */
function corrupted(name: string, edit: (db: Buffer) => void, rehash: boolean): string {
  const bytes = readFileSync(TINY.snapshot)
  const db = Buffer.from(bytes.subarray(0, bytes.length - 32))
  edit(db)
  const trailer = rehash ? createHash('sha256').update(db).digest() : bytes.subarray(-32)
  const path = join(tempDir('prewarmed-corrupt-'), name)
  writeFileSync(path, Buffer.concat([db, trailer]))
  return path
}

/** The root page of the tiny snapshot's `key` bucket gets an element count far past the page. */
function breakKeyPage(db: Buffer): void {
  const bolt = openBytes(new Uint8Array(db))
  const page = bolt.bucket('key')!.rootPage
  expect(page).toBeGreaterThan(1)
  db.writeUInt16LE(0xfff0, page * bolt.pageSize + 10)
}

describe("a restore that takes the CLI's prewarmed hash worker", () => {
  test.each([
    ['churned: compacted in place, the early digest taken', CHURNED, 'compact', false, 1],
    ['dense: copied, the early digest ready and taken', TINY.snapshot, 'copy', true, 1],
    ['dense: copied, another file guessed: hashed as it is read', TINY.snapshot, 'copy', 'other', 0]
  ] as const)('%s: the members are the same bytes', async (_, snapshot, path, ready, early) => {
    const plain = await run(snapshot, false)
    const warm =
      ready === 'other'
        ? await run(snapshot, true, false, CHURNED)
        : await run(snapshot, true, ready)
    expect(warm.early).toBe(early)
    expect(plain.early).toBe(0)
    expect(warm.report.db?.mode).toBe(path)
    expect(warm.report.snapshot.sha256).toBe(plain.report.snapshot.sha256)
    expect(warm.report.snapshot.hash).toBe('verified')
    expect(warm.files).toEqual(plain.files)
    expect(Object.keys(warm.files).length).toBeGreaterThanOrEqual(9)
    expect(hasSpareHashWorker()).toBe(false)
  })

  test.each([
    ['a flipped db byte (the trailer no longer matches)', false],
    ['a broken `key` page under a matching trailer (the structural check refuses it)', true]
  ])('%s: the same refusal as without the worker, nothing left', async (_, rehash) => {
    const snapshot = corrupted(
      'bad.db',
      rehash ? breakKeyPage : (db) => (db[db.length - 100] ^= 0xff),
      rehash
    )
    const plain = await failure(snapshot, false)
    const warm = await failure(snapshot, true)
    expect(plain.error).toBeInstanceOf(Error)
    expect(warm.error?.constructor).toBe(plain.error?.constructor)
    expect(plain.error?.constructor.name).toBe(rehash ? 'BoltFormatError' : 'HashMismatchError')
    expect(warm.error?.message).toBe(plain.error?.message)
    expect(plain.left).toEqual([])
    expect(warm.left).toEqual([])
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

import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import v8 from 'node:v8'
import { afterAll, describe, expect, it } from 'vitest'
import {
  earlyDigestsTaken,
  hashInWorker,
  prewarmHashWorker,
  releaseSpareHashWorker,
  spareEarlyDigestReady
} from '../../../src/lib/snapshot/hash-worker.js'
import { keepYoungGenerationSmall } from '../../../src/lib/heap.js'
import { plainSnapshot } from '../../../src/lib/snapshot/source-identity.js'

const dir = mkdtempSync(join(tmpdir(), 'hash-worker-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const bytes = randomBytes(300_000)
const file = join(dir, 'data')
writeFileSync(file, bytes)
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('hashInWorker', () => {
  it('hashes the first bytes of a file, in odd chunks, with or without a spare worker', async () => {
    expect((await hashInWorker(file, 299_999, 4096 + 3)).toString('hex')).toBe(
      sha256(bytes.subarray(0, 299_999))
    )
    prewarmHashWorker()
    prewarmHashWorker() // one spare at most
    expect((await hashInWorker(file, bytes.length, 65536)).toString('hex')).toBe(sha256(bytes))
    // the spare was taken: the next job boots its own
    expect((await hashInWorker(file, 0, 65536)).toString('hex')).toBe(sha256(new Uint8Array(0)))
  })

  it("reports the worker's failure (a file shorter than asked)", async () => {
    prewarmHashWorker()
    await expect(hashInWorker(file, bytes.length + 1, 65536)).rejects.toThrow(/shrank/)
    await expect(hashInWorker(join(dir, 'absent'), 10, 65536)).rejects.toThrow(/ENOENT/)
  })

  it('stops on abort', async () => {
    const abort = new AbortController()
    const hashing = hashInWorker(file, bytes.length, 1, abort.signal)
    abort.abort(new Error('stop'))
    await expect(hashing).rejects.toThrow('stop')
  })
})

describe("a prewarmed worker's early digest", () => {
  // a plain bbolt-looking file (the magic at bytes 16..19) with a sha256 trailer (size % 512 = 32)
  const db = randomBytes(512 * 300)
  db.writeUInt32LE(0xed0cdaed, 16)
  const trailer = createHash('sha256').update(db).digest()
  const snapshot = join(dir, 'snapshot.db')
  writeFileSync(snapshot, Buffer.concat([db, trailer]))

  it('stands for the same file, length and stamp', async () => {
    const stamp = plainSnapshot(snapshot)!.stamp
    const before = earlyDigestsTaken()
    prewarmHashWorker(snapshot)
    expect((await hashInWorker(snapshot, db.length, 4096, undefined, stamp)).toString('hex')).toBe(
      sha256(db)
    )
    expect(earlyDigestsTaken()).toBe(before + 1)
  })

  it('is not taken without a stamp, for another length or a file changed since', async () => {
    const before = earlyDigestsTaken()
    prewarmHashWorker(snapshot)
    expect((await hashInWorker(snapshot, db.length, 4096)).toString('hex')).toBe(sha256(db))
    prewarmHashWorker(snapshot)
    const stamp = plainSnapshot(snapshot)!.stamp
    expect((await hashInWorker(snapshot, 1000, 4096, undefined, stamp)).toString('hex')).toBe(
      sha256(db.subarray(0, 1000))
    )
    expect(earlyDigestsTaken()).toBe(before)
    // changed (and longer) after the worker may have hashed it: the job's stamp is the new file's
    const changed = join(dir, 'changed.db')
    writeFileSync(changed, Buffer.concat([db, trailer]))
    prewarmHashWorker(changed)
    const grown = Buffer.concat([db, randomBytes(512)])
    writeFileSync(changed, Buffer.concat([grown, createHash('sha256').update(grown).digest()]))
    const now = plainSnapshot(changed)!.stamp
    expect((await hashInWorker(changed, grown.length, 4096, undefined, now)).toString('hex')).toBe(
      sha256(grown)
    )
  })

  it('is not made for a file that is not a plain bbolt file, nor one that is not there', async () => {
    const before = earlyDigestsTaken()
    prewarmHashWorker(file) // random bytes: no magic
    expect((await hashInWorker(file, bytes.length, 65536)).toString('hex')).toBe(sha256(bytes))
    prewarmHashWorker(join(dir, 'absent'))
    await expect(hashInWorker(join(dir, 'absent'), 10, 65536)).rejects.toThrow(/ENOENT/)
    expect(earlyDigestsTaken()).toBe(before)
  })
})

describe("the young generation's flag around a worker's boot (heap.ts)", () => {
  const newSpace = () =>
    v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size
  /** Allocates `mb` MB of small objects that survive (what grows a young generation allowed to). */
  const survivors = (mb: number) =>
    Array.from({ length: mb * 16 * 1024 }, (_, i) => ({ i, a: [i] }))
  afterAll(() => v8.setFlagsFromString('--semi-space-growth-factor=2')) // V8's default again

  it('is set back by the worker itself once it has booted', async () => {
    keepYoungGenerationSmall()
    const db = randomBytes(512 * 64)
    db.writeUInt32LE(0xed0cdaed, 16)
    const snapshot = join(dir, 'young.db')
    writeFileSync(snapshot, Buffer.concat([db, createHash('sha256').update(db).digest()]))
    prewarmHashWorker(snapshot)
    try {
      // past its early digest, the worker has set the flag back; it lives on as the spare, so
      // the flag is its doing, not that of the exit handler (which sets it too, for a worker
      // that died booting)
      for (let i = 0; i < 500 && !spareEarlyDigestReady(snapshot); i++)
        await new Promise((done) => setTimeout(done, 10))
      expect(spareEarlyDigestReady(snapshot)).toBe(true)
      const before = newSpace()
      const kept = survivors(24)
      expect(kept.length).toBeGreaterThan(0)
      expect(newSpace()).toBeLessThanOrEqual(before) // V8 may shrink it, never grow it
    } finally {
      releaseSpareHashWorker()
    }
  })
})

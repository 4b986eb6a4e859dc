import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hashInWorker, prewarmHashWorker } from '../../../src/lib/snapshot/hash-worker.js'

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

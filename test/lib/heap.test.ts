/**
 * The action's memory aids (src/lib/heap.ts): Buffers dropped faster than V8 notices are
 * collected once they add up, and the memory trace writes one line per phase.
 */
import v8 from 'node:v8'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { freeNow, memoryPhase, reclaimDroppedBuffers, reclaimNow } from '../../src/lib/heap.js'

const MIB = 1 << 20
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * process.memoryUsage().arrayBuffers once it stops falling: a collection frees dead backing
 * stores on a background sweep (earlier tests' drops: freeNow's clones on Node 20), and the
 * figure falls only then.
 */
async function settledArrayBuffers(): Promise<number> {
  let last = process.memoryUsage().arrayBuffers
  for (let i = 0; i < 100; i++) {
    await sleep(10)
    const now = process.memoryUsage().arrayBuffers
    if (now >= last) return last
    last = now
  }
  return last
}

describe('heap', () => {
  afterAll(() => v8.setFlagsFromString('--semi-space-growth-factor=2')) // V8's default again

  it('freeNow: detaches what it is given (views, their shared buffer, ArrayBuffers); memory back at once where the runtime can', () => {
    const shared = new ArrayBuffer(64)
    const left = new Uint32Array(shared, 0, 8)
    const right = new Uint8Array(shared, 32, 32)
    const alone = new Float64Array(4)
    const raw = new ArrayBuffer(16)
    freeNow(left, undefined, alone, raw, new Uint8Array(0))
    for (const view of [left, right, alone]) expect(view.length).toBe(0)
    expect(raw.byteLength).toBe(0)
    expect(() => freeNow(left)).not.toThrow() // already detached: nothing to do

    const before = process.memoryUsage().arrayBuffers
    const big = Array.from({ length: 8 }, () => new Uint32Array(MIB))
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThanOrEqual(30 * MIB)
    freeNow(...big)
    if ('transfer' in ArrayBuffer.prototype)
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * MIB)
  })

  it('reclaimDroppedBuffers: dropped Buffers are freed within a few checks, and stop ends it', async () => {
    const stop = reclaimDroppedBuffers()
    try {
      await settledArrayBuffers()
      // its growth counts from a collection's floor: one taken once that sweep is done
      reclaimNow()
      const before = await settledArrayBuffers()
      let kept: Buffer[] | undefined = Array.from({ length: 5 }, () =>
        Buffer.allocUnsafeSlow(8 * MIB).fill(1)
      )
      expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThan(36 * MIB)
      expect(kept).toHaveLength(5)
      kept = undefined
      let freed = false
      for (let i = 0; i < 40 && !freed; i++) {
        await sleep(50)
        freed = process.memoryUsage().arrayBuffers - before < 16 * MIB
      }
      expect(freed).toBe(true)
      expect(reclaimDroppedBuffers()).toBeTypeOf('function') // a second start is a no-op
    } finally {
      stop()
    }
    expect('gc' in globalThis).toBe(false) // --expose-gc's gc stays out of the global scope
  })

  it('reclaimNow: collects at once while reclaimDroppedBuffers runs, else does nothing', async () => {
    // 6 MiB: under the 8 MiB growth that makes the 50 ms check collect on its own
    const drop = () => {
      let kept: Buffer[] | undefined = Array.from({ length: 2 }, () =>
        Buffer.allocUnsafeSlow(3 * MIB).fill(1)
      )
      expect(kept).toHaveLength(2)
      kept = undefined
    }
    reclaimNow() // no reclaimer: a no-op, no gc exposed
    expect('gc' in globalThis).toBe(false)
    const stop = reclaimDroppedBuffers()
    try {
      const before = await settledArrayBuffers()
      drop()
      expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThan(5 * MIB)
      reclaimNow()
      // V8 frees the backing stores on a background sweep just after the collection
      let freed = false
      for (let i = 0; i < 50 && !freed; i++) {
        freed = process.memoryUsage().arrayBuffers - before < 2 * MIB
        if (!freed) await sleep(20)
      }
      expect(freed).toBe(true)
    } finally {
      stop()
    }
  })

  it('memoryPhase: with ETCD_RESTORE_TRACE_MEMORY=1 each phase ends with one line on stderr', () => {
    const lines: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as never
    process.env.ETCD_RESTORE_TRACE_MEMORY = '1'
    try {
      memoryPhase('one')
      memoryPhase('two')
      delete process.env.ETCD_RESTORE_TRACE_MEMORY
      memoryPhase('ignored')
    } finally {
      process.stderr.write = write
      delete process.env.ETCD_RESTORE_TRACE_MEMORY
    }
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^memory: one \(\d+ ms\): rss [\d.]+ MB, heapTotal [\d.]+ MB, heapUsed [\d.]+ MB, external [\d.]+ MB, arrayBuffers [\d.]+ MB, newSpace [\d.]+ MB \(VmHWM \d+ kB, RssAnon \d+ kB, RssFile \d+ kB\)\n$/
    )
  })

  it('youngGenerationGrowsWhileBooting: nothing unless it is kept small; else lets it grow, and names the flag that stops it', async () => {
    vi.resetModules() // the module's state fresh: nothing kept small yet
    const heap = await import('../../src/lib/heap.js')
    expect(heap.youngGenerationGrowsWhileBooting()).toBeUndefined()
    const newSpace = () =>
      v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size
    const survivors = (mb: number) =>
      Array.from({ length: mb * 16 * 1024 }, (_, i) => ({ i, a: [i] })).length
    heap.keepYoungGenerationSmall()
    const small = newSpace()
    expect(survivors(24)).toBeGreaterThan(0)
    expect(newSpace()).toBeLessThanOrEqual(small) // V8 may shrink it, never grow it
    const setBack = heap.youngGenerationGrowsWhileBooting()
    expect(setBack).toBe('--semi-space-growth-factor=1')
    const relaxed = newSpace()
    survivors(24)
    const grown = newSpace()
    expect(grown).toBeGreaterThan(relaxed)
    v8.setFlagsFromString(setBack!) // what the worker does once booted
    survivors(48)
    expect(newSpace()).toBeLessThanOrEqual(grown)
  })
})

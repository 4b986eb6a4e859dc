import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { digestDb } from '../../../src/lib/bolt/compact/digest.js'
import { FileByteFile, limitByteSource, MemoryByteFile } from '../../../src/lib/io/page-file.js'
import type { ByteSource } from '../../../src/lib/io/page-source.js'
import { ReadAhead } from '../../../src/lib/io/read-ahead.js'
import { fixturePath, SNAPSHOT_TRAILER } from '../../helpers/bolt-fixtures.js'
import { scribbling } from '../../helpers/scribbling-source.js'
import { rng } from '../../helpers/churned-db.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-ahead-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function pattern(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 13 + (i >> 9)) & 0xff)
}

/** A ReadAhead over `data` that records the calls it makes. */
function overBytes(data: Uint8Array, maxGap: number, maxBytes: number) {
  const calls: [number, number][] = []
  const ahead = new ReadAhead(maxGap, maxBytes)
  const fill = (positions: number[], length: number) =>
    ahead.fill(positions, length, data.length, (out, position) => {
      calls.push([position, out.length])
      out.set(data.subarray(position, position + out.length))
    })
  return { ahead, calls, fill }
}

describe('ReadAhead', () => {
  test('merges spans into runs across small gaps: one read per run, any order given', () => {
    const data = pattern(100 * 64)
    const { ahead, calls, fill } = overBytes(data, 64, 1 << 20)
    // pages of 64 bytes: 3, 4, 5 (a run), 7 (one page gap: merged), 20, 21 (another run), 4 again
    fill([20 * 64, 5 * 64, 3 * 64, 4 * 64, 7 * 64, 21 * 64, 4 * 64], 64)
    expect(calls).toEqual([
      [3 * 64, 5 * 64],
      [20 * 64, 2 * 64]
    ])
    for (const page of [3, 4, 5, 6, 7, 20, 21]) {
      expect(ahead.find(page * 64, 64)).toEqual(data.subarray(page * 64, page * 64 + 64))
    }
    expect(ahead.find(3 * 64 + 10, 200)).toEqual(data.subarray(3 * 64 + 10, 3 * 64 + 210))
    expect(ahead.find(2 * 64, 64)).toBeUndefined()
    expect(ahead.find(8 * 64, 64)).toBeUndefined()
    expect(ahead.find(7 * 64, 65)).toBeUndefined() // runs past the run
    expect(ahead.find(21 * 64, 64)).toEqual(data.subarray(21 * 64, 22 * 64))
    expect(ahead.find(22 * 64, 1)).toBeUndefined()
  })

  test('a new fill replaces the old runs; clear() forgets them', () => {
    const data = pattern(50 * 64)
    const { ahead, fill } = overBytes(data, 0, 1 << 20)
    fill([64], 64)
    expect(ahead.find(64, 64)).toBeDefined()
    fill([10 * 64], 64)
    expect(ahead.find(64, 64)).toBeUndefined()
    expect(ahead.find(10 * 64, 64)).toEqual(data.subarray(640, 704))
    ahead.clear()
    expect(ahead.find(10 * 64, 64)).toBeUndefined()
  })

  test('stops at its bound and at the end of the readable bytes', () => {
    const data = pattern(40 * 64)
    const { ahead, calls, fill } = overBytes(data, 0, 3 * 64)
    fill([0, 2 * 64, 4 * 64, 6 * 64, 39 * 64 + 10], 64)
    // three separate pages fit the bound; the rest are left to plain reads
    expect(calls).toEqual([
      [0, 64],
      [2 * 64, 64],
      [4 * 64, 64]
    ])
    expect(ahead.find(6 * 64, 64)).toBeUndefined()
    const tail = overBytes(data, 0, 1 << 20)
    tail.fill([39 * 64 + 10, -64], 64) // clipped at the end; a negative position is skipped
    expect(tail.calls).toEqual([[39 * 64 + 10, 54]])
  })

  test('a failed read leaves nothing read ahead', () => {
    const ahead = new ReadAhead(0, 1 << 20)
    const read = (out: Uint8Array, position: number) => {
      if (position > 0) throw new RangeError('short file')
      out.fill(1)
    }
    expect(() => ahead.fill([0, 640], 64, 10_000, read)).toThrow('short file')
    expect(ahead.find(0, 64)).toBeUndefined()
  })

  test('random spans: every find answers the file bytes or undefined', () => {
    const data = pattern(4096 * 64)
    const next = rng(11)
    const { ahead, fill } = overBytes(data, 4096 * 2, 64 * 4096)
    for (let round = 0; round < 200; round++) {
      const positions = Array.from({ length: 1 + next(40) }, () => next(4096) * 64)
      fill(positions, 64 * (1 + next(3)))
      for (const position of positions) {
        const found = ahead.find(position, 64)
        if (found !== undefined) expect(found).toEqual(data.subarray(position, position + 64))
      }
    }
  })
})

describe('FileByteFile.prefetch', () => {
  test('with readAhead, named pages are read in runs and served from them', () => {
    const path = join(dir, 'f')
    const data = pattern(256 * 4096)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, { chunkSize: 4096, cacheBytes: 4 * 4096, readAhead: true })
    try {
      const pages = [9, 3, 4, 5, 200, 201, 120]
      file.prefetch(
        pages.map((p) => p * 4096),
        4096
      )
      for (const p of pages) {
        const view = file.readTransient(p * 4096, 4096)
        expect(view).toEqual(data.subarray(p * 4096, (p + 1) * 4096))
        // a lasting read gets its own copy, not a view of memory the next prefetch reuses
        const lasting = file.read(p * 4096 + 8, 16)
        file.prefetch([0], 4096)
        expect(lasting).toEqual(data.subarray(p * 4096 + 8, p * 4096 + 24))
        file.prefetch(
          pages.map((q) => q * 4096),
          4096
        )
      }
      // a write drops what was read ahead
      const fileW = FileByteFile.open(path, { writable: true, chunkSize: 4096, readAhead: true })
      try {
        fileW.prefetch([4096], 4096)
        fileW.write(4096, Uint8Array.of(1, 2, 3))
        expect([...fileW.readTransient(4096, 3)]).toEqual([1, 2, 3])
      } finally {
        fileW.close()
      }
    } finally {
      file.close()
    }
  })

  test('without readAhead, prefetch changes nothing', () => {
    const path = join(dir, 'g')
    writeFileSync(path, pattern(8 * 4096))
    const file = FileByteFile.open(path, { chunkSize: 4096 })
    try {
      file.prefetch([0, 4096], 4096)
      expect(file.readTransient(4096, 10)).toEqual(pattern(8 * 4096).subarray(4096, 4106))
    } finally {
      file.close()
    }
  })

  test('checkDb reads a branch page’s children ahead through a limited source, with the same report', () => {
    const path = join(dir, 'db')
    const bytes = readFixture('churned-snapshot.db')
    writeFileSync(path, bytes)
    const plainFile = FileByteFile.open(path, { chunkSize: 4096, cacheBytes: 256 * 1024 })
    const aheadFile = FileByteFile.open(path, {
      chunkSize: 4096,
      cacheBytes: 256 * 1024,
      readAhead: true
    })
    try {
      let prefetches = 0
      const limited = limitByteSource(aheadFile, aheadFile.size - SNAPSHOT_TRAILER)
      const counting: ByteSource = {
        size: limited.size,
        read: (p, n) => limited.read(p, n),
        readTransient: (p, n) => limited.readTransient!(p, n),
        prefetch: (positions, n) => {
          prefetches++
          limited.prefetch!(positions, n)
        }
      }
      const withAhead = checkDb(BoltDb.open(counting))
      const plain = checkDb(
        BoltDb.open(limitByteSource(plainFile, plainFile.size - SNAPSHOT_TRAILER))
      )
      expect(prefetches).toBeGreaterThan(0)
      expect({ ...withAhead, freePageIds: 0, isFree: 0 }).toEqual({
        ...plain,
        freePageIds: 0,
        isFree: 0
      })
    } finally {
      plainFile.close()
      aheadFile.close()
    }
  })
})

describe('walks that read ahead', () => {
  test('a transient cursor walk reads children ahead; views past a prefetch are never used', () => {
    const bytes = readFixture('churned-snapshot.db')
    const size = bytes.length - SNAPSHOT_TRAILER
    // the scribbling source wipes the last transient view at every prefetch
    const scribbled = scribbling(limitByteSource(new MemoryByteFile(bytes), size))
    const walked = digestDb(BoltDb.open(scribbled))
    expect(scribbled.prefetches).toBe(3) // the key bucket: a root branch over two branches
    const path = join(dir, 'db')
    writeFileSync(path, bytes)
    const file = FileByteFile.open(path, {
      chunkSize: 4096,
      cacheBytes: 64 * 1024,
      readAhead: true
    })
    try {
      expect(digestDb(BoltDb.open(limitByteSource(file, size)))).toEqual(walked)
    } finally {
      file.close()
    }
    // the same digests as a walk with no read-ahead at all
    const plain = new MemoryByteFile(bytes)
    expect(digestDb(BoltDb.open({ size, read: (p, n) => plain.read(p, n) }))).toEqual(walked)
  })

  test('the strict check through a scribbling source asks for read-ahead and still passes', () => {
    const bytes = readFixture('churned-snapshot.db')
    const scribbled = scribbling(
      limitByteSource(new MemoryByteFile(bytes), bytes.length - SNAPSHOT_TRAILER)
    )
    const report = checkDb(BoltDb.open(scribbled))
    expect(scribbled.prefetches).toBeGreaterThan(0)
    expect(report.freePages).toBeGreaterThan(0)
  })
})

function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)))
}

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { FileByteFile, limitByteSource, MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { dumpBolt } from '../../helpers/bolt-dump.js'
import { fixturePath, openFixture, SNAPSHOT_TRAILER } from '../../helpers/bolt-fixtures.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-file-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function pattern(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 8)) & 0xff)
}

describe('FileByteFile', () => {
  test('reads within a chunk, across chunks and up to the end', () => {
    const path = join(dir, 'f')
    const data = pattern(10_000)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, { chunkSize: 1024, cacheBytes: 4096 })
    try {
      expect(file.size).toBe(10_000)
      expect(file.read(0, 100)).toEqual(data.subarray(0, 100))
      expect(file.read(1000, 100)).toEqual(data.subarray(1000, 1100)) // spans chunks 0 and 1
      expect(file.read(9000, 1000)).toEqual(data.subarray(9000)) // short last chunk
      expect(file.read(0, 10_000)).toEqual(data)
      expect(file.read(10_000, 0).length).toBe(0)
      // touch more chunks than the cache holds, then re-read the first
      for (let i = 0; i < 10; i++)
        expect(file.read(i * 1000, 10)).toEqual(data.subarray(i * 1000, i * 1000 + 10))
      expect(file.read(5, 5)).toEqual(data.subarray(5, 10))
    } finally {
      file.close()
    }
  })

  test('reads past the end are RangeErrors', () => {
    const path = join(dir, 'f')
    writeFileSync(path, pattern(100))
    const file = FileByteFile.open(path)
    expect(() => file.read(90, 11)).toThrow(RangeError)
    expect(() => file.read(-1, 1)).toThrow(RangeError)
    expect(() => file.read(0.5, 1)).toThrow(RangeError)
    file.close()
  })

  test('writes replace cached chunks; views handed out earlier keep their bytes', () => {
    const path = join(dir, 'f')
    writeFileSync(path, new Uint8Array(8192))
    const file = FileByteFile.open(path, { writable: true, chunkSize: 4096 })
    const before = file.read(4000, 200) // crosses a chunk boundary: a copy
    const inChunk = file.read(100, 10) // a view of chunk 0
    file.write(4090, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    file.write(100, Uint8Array.of(9))
    expect(before.every((b) => b === 0)).toBe(true)
    expect(inChunk[0]).toBe(0)
    expect([...file.read(4090, 12)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(file.read(100, 1)[0]).toBe(9)
    file.sync()
    file.close()
    expect(readFileSync(path)[4095]).toBe(6)
  })

  test('write past the end grows; truncate shrinks and grows with zeros', () => {
    const path = join(dir, 'f')
    writeFileSync(path, pattern(5000))
    const file = FileByteFile.open(path, { writable: true, chunkSize: 1024 })
    expect(file.read(4990, 10)).toEqual(pattern(5000).subarray(4990))
    file.write(6000, Uint8Array.of(42))
    expect(file.size).toBe(6001)
    expect(
      file
        .read(5000, 1001)
        .subarray(0, 1000)
        .every((b) => b === 0)
    ).toBe(true)
    file.truncate(4500)
    expect(file.size).toBe(4500)
    expect(() => file.read(4400, 200)).toThrow(RangeError)
    file.truncate(8192)
    expect(
      file
        .read(4400, 200)
        .subarray(100)
        .every((b) => b === 0)
    ).toBe(true)
    expect(file.read(4400, 100)).toEqual(pattern(5000).subarray(4400, 4500))
    file.close()
    expect(statSync(path).size).toBe(8192)
  })

  test('a read-only file refuses writes; a closed file refuses everything', () => {
    const path = join(dir, 'f')
    writeFileSync(path, pattern(10))
    const file = FileByteFile.open(path)
    expect(() => file.write(0, Uint8Array.of(1))).toThrow()
    file.close()
    file.close()
    expect(() => file.read(0, 1)).toThrow(/closed/)
  })

  test('the tiny snapshot reads and checks the same through the file cache', () => {
    const file = FileByteFile.open(fixturePath('tiny-snapshot.db'), {
      chunkSize: 64 * 1024,
      cacheBytes: 128 * 1024
    })
    try {
      const db = BoltDb.open(limitByteSource(file, file.size - SNAPSHOT_TRAILER))
      expect(dumpBolt(db)).toBe(dumpBolt(openFixture('tiny-snapshot.db')))
      expect(checkDb(db).reachablePages).toBe(149)
    } finally {
      file.close()
    }
  })
})

describe('MemoryByteFile and limitByteSource', () => {
  test('grows, truncates with zeros, copies out', () => {
    const file = new MemoryByteFile(Uint8Array.of(1, 2, 3))
    file.write(10_000, Uint8Array.of(4))
    expect(file.size).toBe(10_001)
    expect(file.read(0, 4)).toEqual(Uint8Array.of(1, 2, 3, 0))
    file.truncate(2)
    file.truncate(4)
    expect(file.bytes()).toEqual(Uint8Array.of(1, 2, 0, 0))
    expect(() => file.read(3, 2)).toThrow(RangeError)
    file.sync()
  })

  test('limitByteSource hides the tail', () => {
    const source = limitByteSource(new MemoryByteFile(pattern(100)), 68)
    expect(source.size).toBe(68)
    expect(source.read(60, 8)).toEqual(pattern(100).subarray(60, 68))
    expect(() => source.read(60, 9)).toThrow(RangeError)
    expect(() => limitByteSource(source, 69)).toThrow(RangeError)
  })
})

describe('FileByteFile.readTransient', () => {
  test('reads like read(), reusing a fixed set of chunk buffers', () => {
    const path = join(dir, 't')
    const data = pattern(10_000)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, { chunkSize: 1024, cacheBytes: 2048 })
    try {
      const buffers = new Set<ArrayBufferLike>()
      const chunks = new Set<number>()
      for (let i = 0; i < 10; i++) {
        const view = file.readTransient(i * 1000, 24)
        expect(view).toEqual(data.subarray(i * 1000, i * 1000 + 24))
        buffers.add(view.buffer)
        chunks.add(view.byteOffset - ((i * 1000) % 1024))
      }
      // two chunks of cache, carved from one allocation: two buffers, whatever the number of reads
      expect(buffers.size).toBe(1)
      expect(chunks.size).toBe(2)
      expect(file.readTransient(9990, 10)).toEqual(data.subarray(9990)) // short last chunk
      expect(file.readTransient(1000, 100)).toEqual(data.subarray(1000, 1100)) // spans chunks
      expect(file.readTransient(5, 0).length).toBe(0)
      expect(() => file.readTransient(9_999, 2)).toThrow(RangeError)
    } finally {
      file.close()
    }
  })

  test('sees its own writes', () => {
    const path = join(dir, 'w')
    writeFileSync(path, pattern(4096))
    const file = FileByteFile.open(path, { writable: true, chunkSize: 1024, cacheBytes: 2048 })
    try {
      expect(file.readTransient(1024, 4)).toEqual(pattern(4096).subarray(1024, 1028))
      file.write(1025, Uint8Array.of(1, 2))
      expect([...file.readTransient(1024, 4)]).toEqual([
        pattern(4096)[1024],
        1,
        2,
        pattern(4096)[1027]
      ])
      file.truncate(1026)
      expect(() => file.readTransient(1024, 4)).toThrow(RangeError)
      expect([...file.readTransient(1024, 2)]).toEqual([pattern(4096)[1024], 1])
    } finally {
      file.close()
    }
  })

  test('checkDb reads every tree page transiently and a limited source passes that on', () => {
    const bytes = readFileSync(fixturePath('tiny-snapshot.db'))
    const path = join(dir, 'db')
    writeFileSync(path, bytes)
    const file = FileByteFile.open(path)
    try {
      let transient = 0
      const source = limitByteSource(file, file.size - SNAPSHOT_TRAILER)
      const counting = {
        size: source.size,
        read: (p: number, n: number) => source.read(p, n),
        readTransient: (p: number, n: number) => {
          transient++
          return source.readTransient!(p, n)
        }
      }
      const report = checkDb(BoltDb.open(counting))
      // every branch/leaf page start (75 in this file) went through readTransient ...
      expect(transient).toBe(75)
      // ... and the report equals the one of a source without transient reads
      const plain = { size: source.size, read: (p: number, n: number) => source.read(p, n) }
      const expected = checkDb(BoltDb.open(plain))
      expect({ ...report, freePageIds: 0, isFree: 0 }).toEqual({
        ...expected,
        freePageIds: 0,
        isFree: 0
      })
    } finally {
      file.close()
    }
  })
})

describe('FileByteFile cache', () => {
  test('a read spanning a few chunks is assembled from the cache, and served again from it', () => {
    const path = join(dir, 'span')
    const data = pattern(64 * 1024)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, { chunkSize: 4096, cacheBytes: 64 * 1024 })
    try {
      for (const transient of [true, false]) {
        const read = (p: number, n: number) =>
          transient ? file.readTransient(p, n) : file.read(p, n)
        expect(read(4096 * 3 + 100, 8192)).toEqual(data.subarray(4096 * 3 + 100, 4096 * 5 + 100))
        // a span over more chunks than are assembled is read straight from the file
        expect(read(10, 40_000)).toEqual(data.subarray(10, 40_010))
      }
    } finally {
      file.close()
    }
  })

  test('a span that starts in what was read ahead and runs past it is finished from the file', () => {
    const path = join(dir, 'ahead')
    const data = pattern(64 * 1024)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, {
      chunkSize: 4096,
      cacheBytes: 16 * 1024,
      readAhead: true
    })
    try {
      // two runs: [4096, 12288) and [40960, 45056); spans that leave them, whole or in part
      file.prefetch([4096, 8192, 40960], 4096)
      expect(file.readTransient(8192, 3 * 4096)).toEqual(data.subarray(8192, 8192 + 3 * 4096))
      expect(file.read(40960 + 100, 9000)).toEqual(data.subarray(41060, 41060 + 9000))
      expect(file.readTransient(4096, 4096)).toEqual(data.subarray(4096, 8192))
      // the end of the file: a run cut short there, a span up to the last byte
      file.prefetch([60 * 1024], 8192)
      expect(file.readTransient(60 * 1024, 4096)).toEqual(data.subarray(60 * 1024))
    } finally {
      file.close()
    }
  })

  test('stays correct through many evictions (LRU over a few slots)', () => {
    const path = join(dir, 'lru')
    const data = pattern(256 * 1024)
    writeFileSync(path, data)
    const file = FileByteFile.open(path, { chunkSize: 4096, cacheBytes: 3 * 4096 })
    try {
      let seed = 7
      for (let i = 0; i < 2000; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        const position = seed % (data.length - 100)
        const view = i % 2 === 0 ? file.readTransient(position, 100) : file.read(position, 100)
        expect(view).toEqual(data.subarray(position, position + 100))
      }
    } finally {
      file.close()
    }
  })
})

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { encodePageHeader } from '../../../src/lib/bolt/page.js'
import { PageFlag } from '../../../src/lib/bolt/types.js'
import { PageFileWriter } from '../../../src/lib/bolt/page-writer.js'

const PAGE = 4096

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-writer-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function leafPage(id: number): Uint8Array {
  const page = new Uint8Array(PAGE).fill(id & 0xff)
  encodePageHeader(page, { id, flags: PageFlag.leaf, count: 0, overflow: 0 })
  return page
}

const openFds = () => readdirSync('/proc/self/fd').length

test.runIf(process.platform === 'linux')(
  'writeback: the file is written as without it, and its extra descriptor is closed once the fdatasyncs are done',
  async () => {
    const path = join(dir, 'db')
    const before = openFds()
    const writer = new PageFileWriter(path, PAGE, { durable: false, writeback: true })
    const pages = 3000 // ~12 MiB: several background fdatasyncs
    for (let id = 2; id < pages; id++) writer.append(leafPage(id))
    const meta = new Uint8Array(PAGE).fill(0xee)
    writer.finish(pages, [meta, meta])
    expect(openFds()).toBe(before + 1) // writebacks were queued; their callbacks have not run
    // the fdatasyncs finish in the thread pool; their descriptor closes after the last
    for (let i = 0; i < 200 && openFds() > before; i++) await new Promise((r) => setTimeout(r, 10))
    expect(openFds()).toBe(before)
    const bytes = readFileSync(path)
    expect(bytes.length).toBe(pages * PAGE)
    expect(bytes.subarray(0, PAGE)).toEqual(Buffer.from(meta))
    for (const id of [2, 1000, pages - 1])
      expect(bytes.subarray(id * PAGE, (id + 1) * PAGE)).toEqual(Buffer.from(leafPage(id)))
  }
)

test('mirrors get every write: byte-identical files of the given mode, their writeback descriptors closed too', async () => {
  const paths = ['a', 'b', 'c'].map((name) => join(dir, name))
  const before = openFds()
  const writer = new PageFileWriter(paths[0]!, PAGE, {
    durable: true,
    mode: 0o640,
    writeback: true,
    mirrors: paths.slice(1)
  })
  expect(writer.paths).toEqual(paths)
  const pages = 2000
  for (let id = 2; id < pages; id++) writer.append(leafPage(id))
  // a span larger than the buffer goes straight to every file
  const big = new Uint8Array(300 * PAGE)
  for (let i = 0; i < 300; i++) big.set(leafPage(pages + i), i * PAGE)
  writer.append(big)
  const meta = new Uint8Array(PAGE).fill(0xee)
  writer.finish(pages + 300, [meta, meta])
  for (let i = 0; i < 200 && openFds() > before; i++) await new Promise((r) => setTimeout(r, 10))
  expect(openFds()).toBe(before)
  const first = readFileSync(paths[0]!)
  expect(first.length).toBe((pages + 300) * PAGE)
  for (const path of paths) {
    expect(readFileSync(path).equals(first), path).toBe(true)
    expect(statSync(path).mode & 0o777, path).toBe(0o640)
  }
})

test('a mirror that cannot be created: the error, and none of the files is left', () => {
  const paths = ['a', 'b', 'c'].map((name) => join(dir, name))
  writeFileSync(paths[2]!, 'someone else’s file')
  expect(() => new PageFileWriter(paths[0]!, PAGE, { mirrors: paths.slice(1) })).toThrow(/EEXIST/)
  expect(readdirSync(dir)).toEqual(['c'])
  expect(readFileSync(paths[2]!, 'utf8')).toBe('someone else’s file')
})

test('remove() after a failed pass deletes every file the writer made', () => {
  const paths = ['a', 'b'].map((name) => join(dir, name))
  const writer = new PageFileWriter(paths[0]!, PAGE, { mirrors: [paths[1]!] })
  writer.append(leafPage(2))
  expect(() => writer.append(leafPage(7))).toThrow(/expected 3/)
  writer.close()
  writer.remove()
  expect(readdirSync(dir)).toEqual([])
})

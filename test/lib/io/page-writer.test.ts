import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { encodePageHeader } from '../../../src/lib/bolt/page.js'
import { PageFlag } from '../../../src/lib/bolt/types.js'
import { PageFileWriter } from '../../../src/lib/io/page-writer.js'

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
    const writer = new PageFileWriter(path, PAGE, false, 0o600, true)
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

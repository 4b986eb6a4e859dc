import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { WriteJournal } from '../../../src/lib/io/write-journal.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-journal-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('WriteJournal', () => {
  test('replays writes, truncates and syncs in order onto a copy', () => {
    const original = Uint8Array.from({ length: 8192 }, (_, i) => i & 0xff)
    const file = new MemoryByteFile(original)
    const copy = join(dir, 'copy')
    writeFileSync(copy, original)

    const journal = new WriteJournal()
    const recorded = journal.record(file)
    const page = new Uint8Array(4096).fill(7)
    recorded.truncate(12288) // grow, as a commit does first
    recorded.write(8192, page)
    page.fill(9) // the writer reuses its buffer: the journal kept its own copy
    recorded.sync()
    recorded.write(0, Uint8Array.of(1, 2, 3))
    recorded.sync()
    recorded.truncate(12000)
    expect(recorded.size).toBe(12000)
    expect(recorded.read(8192, 2)).toEqual(Uint8Array.of(7, 7))
    expect(journal.bytes).toBe(4096 + 3)

    journal.replay(copy)
    expect(new Uint8Array(readFileSync(copy))).toEqual(file.bytes())
  })

  test('replay onto a missing file fails with the fs error', () => {
    const journal = new WriteJournal()
    expect(() => journal.replay(join(dir, 'absent'))).toThrow(/ENOENT/)
  })
})

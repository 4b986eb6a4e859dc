import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EntrySpill } from '../../../src/lib/backend/entry-spill.js'
import { hashKV } from '../../../src/lib/backend/hashkv.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')
const savedTmp = process.env.TMPDIR
const dirs: string[] = []
afterEach(() => {
  process.env.TMPDIR = savedTmp
  if (savedTmp === undefined) delete process.env.TMPDIR
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function freshTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spill-test-'))
  dirs.push(dir)
  process.env.TMPDIR = dir
  return dir
}

describe('EntrySpill', () => {
  it('gives back every record in order, over several buffers, and leaves no file behind', () => {
    const dir = freshTmp()
    const spill = EntrySpill.open()!
    expect(readdirSync(dir)).toEqual([]) // unlinked at once
    const count = 200_000 // 3.2 MB: past the 1 MiB buffer
    for (let i = 0; i < count; i++) expect(spill.append(i, i ^ 0xffff, i * 7, i & 3)).toBe(true)
    expect(spill.flush()).toBe(true)
    let seen = 0
    spill.forEach((a, b, c, flags, position) => {
      if (
        a !== position ||
        b !== (position ^ 0xffff) ||
        c !== position * 7 ||
        flags !== (position & 3)
      )
        throw new Error(`record ${position} came back as ${a} ${b} ${c} ${flags}`)
      seen++
    })
    expect(seen).toBe(count)
    spill.close()
    expect(readdirSync(dir)).toEqual([])
  })

  it('without a temporary folder there is no spill, and hashKV sweeps the db again: same hash', () => {
    const file = FileByteFile.open(join(FIXTURES, 'churned-snapshot.db'))
    try {
      const db = BoltDb.open(file)
      freshTmp()
      const spilled = hashKV(db, 0, { maxTrackedKeys: 5 })
      process.env.TMPDIR = join(dirs[0]!, 'missing', 'folder')
      expect(EntrySpill.open()).toBeUndefined()
      expect(hashKV(db, 0, { maxTrackedKeys: 5 })).toEqual(spilled)
      expect(spilled).toEqual(hashKV(db))
    } finally {
      file.close()
    }
  })
})

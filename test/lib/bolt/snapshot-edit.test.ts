/**
 * Editing a real etcd 3.4.23 snapshot (test/fixtures/tiny-snapshot.db, sha256 trailer stripped):
 * put/delete in `meta`, rewrite `members`, append to the multi-page `key` bucket. Every commit
 * must pass checkDb and the strict checker, and untouched buckets must keep their bytes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { decodePageHeader, leafElement } from '../../../src/lib/bolt/page.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { runCheckDb } from './check-db.js'
import { strictCheck, type ModelBucket } from './strict-check.js'

const FIXTURE = join(import.meta.dirname, '../../fixtures/tiny-snapshot.db')
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const latin = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'))

function loadSnapshot(): MemoryByteFile {
  const bytes = readFileSync(FIXTURE)
  expect(bytes.length % 512).toBe(32) // hashed snapshot
  return new MemoryByteFile(new Uint8Array(bytes.subarray(0, bytes.length - 32)))
}

/** Raw value of each top-level bucket entry (header + inline page), by name. */
function topLevelValues(file: MemoryByteFile): Map<string, string> {
  const out = new Map<string, string>()
  const db = BoltDb.open(file)
  const page = db.page(db.meta.root)
  // the root bucket of this fixture is a single leaf
  const count = decodePageHeader(page).count
  for (let i = 0; i < count; i++) {
    const e = leafElement(page, i)
    out.set(Buffer.from(e.key).toString(), Buffer.from(e.value).toString('hex'))
  }
  return out
}

function sameBucket(a: ModelBucket, b: ModelBucket): boolean {
  if (a.sequence !== b.sequence || a.values.size !== b.values.size) return false
  for (const [k, v] of a.values) if (b.values.get(k) !== v) return false
  return a.buckets.size === b.buckets.size
}

describe('editing a real etcd snapshot', () => {
  for (const reuse of [false, true]) {
    it(`meta/members/key edits, reuseFreePages=${reuse}`, () => {
      const file = loadSnapshot()
      const original = strictCheck(file, { requireParity: false })
      runCheckDb(file)
      const originalValues = topLevelValues(file)
      const keyBucket = original.root.buckets.get('key')!
      expect(keyBucket.values.size).toBe(228)
      expect(original.maxDepth).toBeGreaterThanOrEqual(2) // `key` is paged, multi-page

      // commit 1: meta put/delete, members rewritten
      let tx = WriteTx.begin(file, { reuseFreePages: reuse })
      const meta = tx.bucket('meta')!
      meta.put('bolt-writer', enc('1'))
      meta.put('bolt-writer-gone', enc('2'))
      const members = tx.bucket('members')!
      const oldMembers = [...members.entries()].map((e) => e.key)
      expect(oldMembers.length).toBe(1)
      for (const k of oldMembers) members.delete(k)
      members.put(
        '680a6d7308dc2baa',
        enc('{"id":7496924870548925354,"peerURLs":["http://127.0.0.1:23811"]}')
      )
      members.put(
        '78e38f2d93f8a53a',
        enc('{"id":8710963530183517498,"peerURLs":["http://127.0.0.1:23821"]}')
      )
      tx.commit({ freelist: reuse ? 'page' : 'none' })
      let report = strictCheck(file)
      runCheckDb(file)
      expect(file.size % 4096).toBe(0)

      // commit 2: delete in meta, append a revision at the end of `key` (etcd fill 0.9)
      tx = WriteTx.begin(file, { reuseFreePages: reuse })
      tx.bucket('meta')!.delete('bolt-writer-gone')
      const key = tx.bucket('key')!
      key.fillPercent = 0.9
      const last = [...key.entries()].at(-1)!.key
      const next = new Uint8Array(17)
      new DataView(next.buffer).setBigUint64(0, 45n, false)
      next[8] = 0x5f
      expect(Buffer.compare(last, next)).toBeLessThan(0)
      key.put(next, enc('revision 45'))
      const result = tx.commit()
      if (reuse) expect(result.pagesReused).toBeGreaterThan(0)
      report = strictCheck(file)
      runCheckDb(file)

      const root = report.root
      expect(root.buckets.get('meta')!.values.get('bolt-writer')).toBe('1')
      expect(root.buckets.get('meta')!.values.has('bolt-writer-gone')).toBe(false)
      expect([...root.buckets.get('members')!.values.keys()]).toEqual([
        '680a6d7308dc2baa',
        '78e38f2d93f8a53a'
      ])
      const keyAfter = root.buckets.get('key')!
      expect(keyAfter.values.size).toBe(229)
      expect(keyAfter.values.get(Buffer.from(next).toString('latin1'))).toBe('revision 45')
      for (const [k, v] of keyBucket.values) expect(keyAfter.values.get(k)).toBe(v)
      expect(latin('x')).toEqual(enc('x'))

      // untouched buckets: same content, and the same bytes in the root leaf (inline) or root page
      const touched = new Set(['meta', 'members', 'key'])
      const values = topLevelValues(file)
      for (const [name, bucket] of original.root.buckets) {
        if (touched.has(name)) continue
        expect(sameBucket(root.buckets.get(name)!, bucket), name).toBe(true)
        expect(values.get(name), name).toBe(originalValues.get(name))
      }
      expect(values.get('key')).not.toBe(originalValues.get('key'))
    })
  }
})

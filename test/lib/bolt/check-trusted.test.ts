import { describe, expect, test } from 'vitest'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { InvariantError } from '../../../src/lib/errors.js'
import { fixtureDbBytes } from '../../helpers/bolt-fixtures.js'

const enc = new TextEncoder()

function editedTiny(edit: (tx: WriteTx) => void): {
  file: MemoryByteFile
  roots: Map<string, number>
} {
  const file = new MemoryByteFile(fixtureDbBytes('tiny-snapshot.db'))
  const before = BoltDb.open(file)
  checkDb(before)
  const roots = new Map<string, number>()
  for (const name of ['key', 'meta', 'lease', 'members']) {
    const root = before.bucket(name)?.rootPage ?? 0
    if (root !== 0) roots.set(name, root)
  }
  const tx = WriteTx.begin(file)
  edit(tx)
  tx.commit({ freelist: 'none' })
  return { file, roots }
}

describe('checkDb trustedBuckets', () => {
  test('skips a bucket the commit left alone, walks the ones it rewrote', () => {
    const { file, roots } = editedTiny((tx) =>
      tx.bucket('meta')!.put('consistent_index', enc.encode('12345678'))
    )
    expect(roots.has('key')).toBe(true)
    const full = checkDb(BoltDb.open(file))
    const quick = checkDb(BoltDb.open(file), { trustedBuckets: roots })
    const names = (r: typeof full) => r.buckets.map((b) => b.name)
    expect(names(full)).toContain('key')
    expect(names(quick)).not.toContain('key')
    expect(names(quick)).toContain('meta')
    expect(quick.reachablePages).toBeLessThan(full.reachablePages)
  })

  test('a rewritten bucket no longer matches its old root and is walked again', () => {
    const { file, roots } = editedTiny((tx) => {
      const key = tx.bucket('key')!
      key.fillPercent = 0.9
      key.put(new Uint8Array(17).fill(0x7e), enc.encode('marker'))
    })
    const quick = checkDb(BoltDb.open(file), { trustedBuckets: roots })
    expect(quick.buckets.map((b) => b.name)).toContain('key')
  })

  test('refused with a freelist page (reachability would be wrong)', () => {
    const file = new MemoryByteFile(fixtureDbBytes('tiny-snapshot.db'))
    const tx = WriteTx.begin(file)
    tx.bucket('meta')!.put('x', enc.encode('y'))
    tx.commit({ freelist: 'page' })
    expect(() => checkDb(BoltDb.open(file), { trustedBuckets: new Map([['key', 3]]) })).toThrow(
      InvariantError
    )
  })

  test('refused with an entries observer (it would miss the trusted buckets)', () => {
    const { file, roots } = editedTiny((tx) =>
      tx.bucket('meta')!.put('consistent_index', enc.encode('12345678'))
    )
    const entries = { value() {}, enterBucket() {}, leaveBucket() {} }
    expect(() => checkDb(BoltDb.open(file), { trustedBuckets: roots, entries })).toThrow(
      InvariantError
    )
  })
})

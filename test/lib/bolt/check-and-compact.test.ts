/**
 * checkAndCompact: the strict check of a source and the compaction of its edited overlay in one
 * sweep must give exactly what the two give apart (checkDb of the source; compactDb of the edited
 * db, byte for byte), whatever the edit did to the top-level buckets (changed, added, removed,
 * left alone), and fail on a bad source as checkDb does.
 */
import { describe, expect, it } from 'vitest'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { checkDb } from '../../../src/lib/bolt/check.js'
import { compactDb, CompactWriter } from '../../../src/lib/bolt/compact/compact.js'
import { checkAndCompact } from '../../../src/lib/bolt/compact/check-and-compact.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { MemoryByteFile } from '../../../src/lib/io/page-file.js'
import { OverlayByteFile } from '../../../src/lib/io/overlay-file.js'
import { BoltFormatError } from '../../../src/lib/errors.js'
import { MemorySink } from '../../helpers/memory-sink.js'
import { churnedDb } from '../../helpers/churned-db.js'
import { scribbling } from '../../helpers/scribbling-source.js'

type Edit = (tx: WriteTx) => void

const edits: [string, Edit][] = [
  ['nothing', () => {}],
  [
    'a small bucket changed',
    (tx) => tx.bucket('meta')!.put('consistent_index', Buffer.alloc(8, 7))
  ],
  [
    'buckets changed, added before/between/after the others, and removed',
    (tx) => {
      tx.bucket('members')!.put('m-new', Buffer.from('{}'))
      tx.createBucket('aaa-first').put('k', Buffer.from('v'))
      tx.createBucket('lease2').put('k', Buffer.alloc(3000, 1))
      tx.createBucket('zzz-last').createBucket('nested').put('k', Buffer.from('v'))
      tx.deleteBucket('tiny')
    }
  ],
  ['the big bucket changed', (tx) => tx.bucket('key')!.put('k999999', Buffer.alloc(100, 9))]
]

function editedOverlay(source: MemoryByteFile, pageSize: number, edit: Edit): OverlayByteFile {
  const overlay = new OverlayByteFile(source, pageSize)
  const tx = WriteTx.begin(overlay)
  edit(tx)
  tx.commit({ freelist: 'none' })
  return overlay
}

describe('checkAndCompact', () => {
  for (const [seed, pageSize, freelist] of [
    [11, 4096, 'none'],
    [12, 4096, 'page'],
    [13, 16384, 'none']
  ] as const) {
    for (const [what, edit] of edits) {
      it(`= checkDb(source) + compactDb(edited): ${what} (seed ${seed}, ${pageSize}, freelist ${freelist})`, () => {
        const source = churnedDb(seed, pageSize, freelist)
        const overlay = editedOverlay(source, pageSize, edit)
        const edited = BoltDb.open(overlay)
        const apart = new MemorySink(pageSize)
        const expected = compactDb(edited, apart, { freelist, txid: edited.meta.txid })

        const together = new MemorySink(pageSize)
        const writer = new CompactWriter(together, edited.meta.sequence)
        // transient reads that scribble over what they handed out before: nothing may keep them
        const check = checkAndCompact(BoltDb.open(scribbling(source)), edited, writer)
        const result = writer.finish({ freelist, txid: edited.meta.txid })

        const { freePageIds, isFree, ...report } = check
        const { freePageIds: ids2, isFree: free2, ...alone } = checkDb(BoltDb.open(source))
        expect(report).toEqual(alone)
        expect(freePageIds()).toEqual(ids2())
        expect(result).toEqual(expected)
        expect(together.file.read(0, together.file.size)).toEqual(
          apart.file.read(0, apart.file.size)
        )
        void isFree
        void free2
      })
    }
  }

  it('a bad source fails as checkDb fails it, in a bucket the edit left alone or changed', () => {
    const pageSize = 4096
    const source = churnedDb(21, pageSize, 'none')
    const db = BoltDb.open(source)
    // corrupt the root page of `key` (the edit leaves it alone) or of `lease` (the edit changes it)
    for (const bucket of ['key', 'lease']) {
      const bytes = new MemoryByteFile(source.read(0, source.size).slice())
      const leaf = db.bucket(bucket)!.rootPage
      expect(leaf).toBeGreaterThan(1)
      // the element count of the bucket's root page: past the page, or zero
      const header = bytes.read(leaf * pageSize, 16).slice()
      new DataView(header.buffer).setUint16(10, 0xfff0, true)
      bytes.write(leaf * pageSize, header)
      const problem = (() => {
        try {
          checkDb(BoltDb.open(bytes))
        } catch (error) {
          return error
        }
        return undefined
      })()
      expect(problem).toBeInstanceOf(BoltFormatError)
      // edited from the good file: the edit's own reads succeed, the sweep must still fail
      const overlay = editedOverlay(source, pageSize, (tx) =>
        tx.bucket('lease')!.put('x', Buffer.from('y'))
      )
      const writer = new CompactWriter(new MemorySink(pageSize), 0n)
      expect(() => checkAndCompact(BoltDb.open(bytes), BoltDb.open(overlay), writer)).toThrow(
        (problem as Error).message
      )
    }
  })
})

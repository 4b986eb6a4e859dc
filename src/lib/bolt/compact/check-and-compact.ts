/**
 * The strict check of a db and the compaction of its edited copy in one sweep. `edited` is
 * `source` after a copy-on-write commit (the restore's edit, on an overlay): it shares every
 * tree the commit did not touch, page for page. The checker walks every page of `source`; a
 * top-level bucket the edit left alone (the same bucket value in both root buckets: the same
 * root page and sequence, or the same inline bytes) reaches `writer` from that walk. A bucket the
 * edit changed or added is read from `edited` at its place in key order, while the checker walks
 * the source's version unobserved; one the edit removed is only checked.
 */
import { compareBytes } from '../page.js'
import { checkDb, type CheckOptions, type CheckReport } from '../check.js'
import type { BoltDb } from '../db.js'
import {
  fanOut,
  rootBucketRef,
  visitBucket,
  walkBucketEntries,
  type BucketRef,
  type EntryObserver
} from '../walk.js'

interface TopBucket {
  key: Uint8Array
  ref: BucketRef
}

/** A db's top-level buckets, in key order (the root bucket holds nothing else). */
function topBuckets(db: BoltDb): TopBucket[] {
  const out: TopBucket[] = []
  visitBucket(db, rootBucketRef(db), {
    value() {},
    bucket(key, ref) {
      out.push({ key, ref })
    }
  })
  return out
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0
}

/** The same tree: one root page (copy-on-write never rewrites it), or equal inline pages. */
function sameBucket(a: BucketRef, b: BucketRef): boolean {
  if (a.root !== b.root || a.sequence !== b.sequence) return false
  if (a.inlinePage === null || b.inlinePage === null) return a.inlinePage === b.inlinePage
  return sameBytes(a.inlinePage, b.inlinePage)
}

/**
 * Runs checkDb on `source` (with `options`) and tells `writer` the entries of `edited`, in
 * order; returns the source's check report. Throws what checkDb throws for a bad source.
 * `sourceEntries` sees every entry of `source` as the check meets it (what a caller gathers
 * from the source in the same sweep).
 */
export function checkAndCompact(
  source: BoltDb,
  edited: BoltDb,
  writer: EntryObserver,
  options: Omit<CheckOptions, 'entries' | 'trustedBuckets'> = {},
  sourceEntries?: EntryObserver
): CheckReport {
  const sourceTop = topBuckets(source)
  const editedTop = topBuckets(edited)
  let next = 0 // editedTop[next] is the first not yet given to the writer
  /** Tells the writer one of edited's top-level buckets, read from edited itself. */
  const fromEdited = (top: TopBucket) => {
    writer.enterBucket(top.key, top.ref.sequence)
    walkBucketEntries(edited, top.ref, writer)
    writer.leaveBucket()
  }
  const unchanged = new Set<number>() // indexes into editedTop
  for (const [i, top] of editedTop.entries()) {
    const before = sourceTop.find((s) => sameBytes(s.key, top.key))
    if (before !== undefined && sameBucket(before.ref, top.ref)) unchanged.add(i)
  }

  let depth = 0
  /** Whether the checker's current top-level bucket goes on to the writer. */
  let passing = false
  const merge: EntryObserver = {
    value(key, value) {
      if (passing) writer.value(key, value)
    },
    enterBucket(key, sequence) {
      if (depth++ > 0) {
        if (passing) writer.enterBucket(key, sequence)
        return
      }
      // the edited buckets that sort before this one come first
      while (next < editedTop.length && compareBytes(editedTop[next]!.key, key) < 0) {
        fromEdited(editedTop[next++]!)
      }
      const same = next < editedTop.length && compareBytes(editedTop[next]!.key, key) === 0
      passing = same && unchanged.has(next)
      if (passing) writer.enterBucket(key, sequence)
      else if (same) fromEdited(editedTop[next]!)
      if (same) next++
    },
    leaveBucket() {
      if (--depth > 0) {
        if (passing) writer.leaveBucket()
        return
      }
      if (passing) writer.leaveBucket()
      passing = false
    }
  }
  const entries = sourceEntries === undefined ? merge : fanOut([merge, sourceEntries])
  const check = checkDb(source, { ...options, entries })
  while (next < editedTop.length) fromEdited(editedTop[next++]!)
  return check
}

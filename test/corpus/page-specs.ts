/**
 * Page-level damage for the corrupt-input corpus: page headers, tree links, counts, element
 * arrays, key order. Page numbers are those of test/fixtures/tiny-snapshot.db: 76 is the `key`
 * bucket's branch, 5 one of its leaves, 8 the root bucket's leaf, 86 the leaf with 73 overflow pages.
 */
import { elementOffset, getU32, setU16, setU32, setU64 } from './layout.js'
import { bucketValue, PS, swapElements, type Spec } from './mutation-specs.js'

const BRANCH = 76
const LEAF = 5
const ROOT_LEAF = 8
const BIG_LEAF = 86

export const pageSpecs: Spec[] = [
  // Page headers
  {
    name: 'page-id-mismatch-branch',
    edit: (db) => setU64(db, BRANCH * PS, 77n),
    expect: /page 76: page header says id 77, expected 76/
  },
  {
    name: 'page-id-mismatch-leaf-zero',
    edit: (db) => setU64(db, LEAF * PS, 0n),
    expect: /page 5: page header says id 0, expected 5/
  },
  {
    name: 'page-flags-zero',
    edit: (db) => setU16(db, LEAF * PS + 8, 0),
    expect: /page 5: invalid page flags 0x0/
  },
  {
    name: 'page-flags-meta-on-leaf',
    edit: (db) => setU16(db, LEAF * PS + 8, 0x04),
    expect: /page 5: invalid type: flags 0x4/
  },
  {
    name: 'page-flags-freelist-on-branch',
    edit: (db) => setU16(db, BRANCH * PS + 8, 0x10),
    expect: /page 76: invalid type: flags 0x10/
  },
  {
    name: 'page-flags-branch-on-leaf',
    edit: (db) => setU16(db, LEAF * PS + 8, 0x01),
    expect: /page \d+: /
  },
  {
    name: 'page-flags-leaf-on-branch',
    edit: (db) => setU16(db, BRANCH * PS + 8, 0x02),
    expect: /page 76: /
  },
  // Tree shape: cycles and shared pages
  {
    name: 'branch-self-cycle',
    edit: (db, layout) => setU64(db, elementOffset(layout, BRANCH, 3) + 8, BigInt(BRANCH)),
    expect: /page 76: branch cycle/
  },
  {
    name: 'branch-shared-child',
    edit: (db, layout) =>
      db.copyWithin(
        elementOffset(layout, BRANCH, 3) + 8,
        elementOffset(layout, BRANCH, 2) + 8,
        elementOffset(layout, BRANCH, 2) + 16
      ),
    expect: /page \d+: multiple references/
  },
  {
    name: 'branch-child-is-root-bucket-page',
    edit: (db, layout) => setU64(db, elementOffset(layout, BRANCH, 3) + 8, BigInt(ROOT_LEAF)),
    expect: /page 8: multiple references/
  },
  {
    name: 'branch-child-is-meta-page',
    edit: (db, layout) => setU64(db, elementOffset(layout, BRANCH, 3) + 8, 1n),
    expect: /page 76: page 76 refers to page 1, outside \[2, 160\)/
  },
  {
    name: 'branch-child-beyond-2^53',
    edit: (db, layout) => setU64(db, elementOffset(layout, BRANCH, 3) + 8, 1n << 62n),
    expect: /page 76: page 76 refers to page \d+, outside/
  },
  {
    name: 'bucket-root-is-its-parent-page',
    edit: (db, layout) => setU64(db, bucketValue(layout, 'key'), BigInt(ROOT_LEAF)),
    expect: /page 8: (multiple references|branch cycle)/
  },
  {
    name: 'bucket-root-out-of-range',
    edit: (db, layout) => setU64(db, bucketValue(layout, 'key'), 10_000n),
    expect: /page 8: page 8 refers to page 10000, outside \[2, 160\)/
  },
  // Counts and overflow
  {
    name: 'leaf-count-ffff',
    edit: (db) => setU16(db, LEAF * PS + 10, 0xffff),
    expect: /page 5: element count 65535 needs 1048576 bytes/
  },
  {
    name: 'branch-count-ffff',
    edit: (db) => setU16(db, BRANCH * PS + 10, 0xffff),
    expect: /page 76: element count 65535/
  },
  {
    name: 'branch-count-one',
    edit: (db) => setU16(db, BRANCH * PS + 10, 1),
    expect: /page 76: branch page has only one child/
  },
  {
    name: 'leaf-count-zero',
    edit: (db) => setU16(db, LEAF * PS + 10, 0),
    expect: /page 5: empty leaf page below a bucket root/
  },
  {
    name: 'overflow-huge',
    edit: (db) => setU32(db, LEAF * PS + 12, 0xffff_ffff),
    expect: /page 5: overflow 4294967295 runs past the high-water mark 160/
  },
  {
    name: 'overflow-into-used-page',
    edit: (db) => setU32(db, LEAF * PS + 12, 1),
    expect: /page 6: multiple references|page 6 \(overflow 1 of page 5\)/
  },
  {
    name: 'overflow-shrunk',
    edit: (db) => setU32(db, BIG_LEAF * PS + 12, 0),
    expect: /page 86: element \d data .* lies outside the 4096-byte page/
  },
  // Element arrays
  {
    name: 'leaf-pos-outside-page',
    edit: (db, layout) => setU32(db, elementOffset(layout, LEAF, 0) + 4, 0xffff_ff00),
    expect: /page 5: element 0 data .* lies outside the 4096-byte page/
  },
  {
    name: 'leaf-ksize-huge',
    edit: (db, layout) => setU32(db, elementOffset(layout, LEAF, 2) + 8, 0x7fff_ffff),
    expect: /page 5: element 2 data .* lies outside/
  },
  {
    name: 'leaf-vsize-huge',
    edit: (db, layout) => setU32(db, elementOffset(layout, LEAF, 2) + 12, 0xffff_ffff),
    expect: /page 5: element 2 data .* lies outside/
  },
  {
    name: 'leaf-ksize-zero',
    edit: (db, layout) => setU32(db, elementOffset(layout, LEAF, 2) + 8, 0),
    expect: /page 5: element 2 has an empty key/
  },
  {
    name: 'leaf-element-flags-2',
    edit: (db, layout) => setU32(db, elementOffset(layout, LEAF, 2), 2),
    expect: /page 5: leaf element 2 has flags 0x2/
  },
  {
    name: 'branch-pos-outside-page',
    edit: (db, layout) => setU32(db, elementOffset(layout, BRANCH, 4), PS),
    expect: /page 76: element 4 data .* lies outside/
  },
  {
    name: 'branch-ksize-zero',
    edit: (db, layout) => setU32(db, elementOffset(layout, BRANCH, 4) + 4, 0),
    expect: /page 76: element 4 has an empty key/
  },
  {
    name: 'inline-bucket-count-huge',
    edit: (db, layout) => setU16(db, bucketValue(layout, 'members') + 16 + 10, 0xff),
    expect: /page 8: inline bucket in element \d: element count 255 does not fit/
  },
  {
    name: 'inline-bucket-nonzero-id',
    edit: (db, layout) => setU64(db, bucketValue(layout, 'members') + 16, 9n),
    expect: /page 8: inline bucket in element \d has a non-zero page id/
  },
  {
    name: 'inline-bucket-sub-bucket',
    edit: (db, layout) => setU32(db, bucketValue(layout, 'members') + 32, 1),
    expect: /page 8: inline bucket in element \d: element 0 is a sub-bucket/
  },
  {
    name: 'root-bucket-plain-value',
    // `members` (element 7 of the root leaf) loses its bucket flag: a plain value at top level.
    edit: (db, layout) => setU32(db, elementOffset(layout, ROOT_LEAF, 7), 0),
    expect: /page 8: root bucket element 7 is a plain value/
  },
  {
    name: 'paged-bucket-value-too-long',
    edit: (db, layout) => {
      // The `key` entry of the root leaf: grow its vsize from 16 into the next entry's bytes.
      const e = elementOffset(layout, ROOT_LEAF, 5)
      setU32(db, e + 12, 24)
    },
    expect: /page 8: paged bucket entry 5 has a 24-byte value \(want 16\)/
  },
  // Key order
  {
    name: 'leaf-keys-out-of-order',
    edit: (db, layout) => swapElements(db, layout, LEAF, 1, 2),
    expect: /page 5: keys out of order: leaf element 2/
  },
  {
    name: 'leaf-duplicate-key',
    edit: (db, layout) => {
      // Element 2 points at element 1's key (and value): a duplicate.
      const e1 = elementOffset(layout, LEAF, 1)
      const e2 = elementOffset(layout, LEAF, 2)
      setU32(db, e2 + 4, e1 + getU32(db, e1 + 4) - e2)
      setU32(db, e2 + 8, getU32(db, e1 + 8))
      setU32(db, e2 + 12, getU32(db, e1 + 12))
    },
    expect: /page 5: keys out of order: leaf element 2/
  },
  {
    name: 'branch-keys-out-of-order',
    edit: (db, layout) => swapElements(db, layout, BRANCH, 10, 11),
    expect: /page 76: branch keys out of order at element 11/
  },
  {
    name: 'branch-children-swapped',
    edit: (db, layout) => {
      const a = elementOffset(layout, BRANCH, 10) + 8
      const b = elementOffset(layout, BRANCH, 11) + 8
      const tmp = db.slice(a, a + 8)
      db.copyWithin(a, b, b + 8)
      db.set(tmp, b)
    },
    expect: /page 76: branch key does not equal the first key of its child page \d+/
  },
  {
    name: 'bucket-names-out-of-order',
    edit: (db, layout) => swapElements(db, layout, ROOT_LEAF, 3, 4),
    expect: /page 8: keys out of order: leaf element 4/
  },
  {
    name: 'inline-bucket-keys-out-of-order',
    base: 'source',
    edit: (db, layout) => {
      // The small fixture keeps `key` inline; swap its first two elements.
      const v = bucketValue(layout, 'key') + 16
      const a = v + 16
      const b = v + 32
      const keyA = a + getU32(db, a + 4)
      const keyB = b + getU32(db, b + 4)
      const tmp = db.slice(a, a + 16)
      db.copyWithin(a, b, b + 16)
      db.set(tmp, b)
      setU32(db, a + 4, keyB - a)
      setU32(db, b + 4, keyA - b)
    },
    expect: /page 3: inline bucket in element \d: keys out of order at element 1/
  }
]

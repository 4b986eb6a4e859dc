/**
 * bbolt on-disk constants (etcd-io/bbolt `internal/common/types.go`, `page.go`, `bucket.go`).
 * The format is identical from bbolt v1.3.3 to v1.4.x; every value here is a fact of the file,
 * not a tuning knob.
 */

/** Meta magic: a file whose meta does not start with it is not a bbolt database. */
export const MAGIC = 0xed0cdaed

/** Data file format version; bbolt refuses any other value (ErrVersionMismatch). */
export const VERSION = 2

/** Every page, including an inline bucket page, starts with id u64, flags u16, count u16, overflow u32. */
export const PAGE_HEADER_SIZE = 16

/** Branch and leaf elements are both 16 bytes, so offsets of element i are 16 + 16*i either way. */
export const ELEMENT_SIZE = 16

/** A bucket value starts with {root u64, sequence u64}; an inline page follows when root is 0. */
export const BUCKET_HEADER_SIZE = 16

/** Offset of the checksum inside the meta struct: FNV-1a 64 covers meta bytes [0, 56). */
export const META_CHECKSUM_OFFSET = 56

/** The meta struct starts right after the page header. */
export const META_OFFSET = PAGE_HEADER_SIZE

/** Page types. A header must carry exactly one of these values (bbolt >= 1.3.7 fastCheck panics otherwise). */
export const PageFlag = {
  branch: 0x01,
  leaf: 0x02,
  meta: 0x04,
  freelist: 0x10
} as const
export type PageFlag = (typeof PageFlag)[keyof typeof PageFlag]

/** Leaf element flag: the value is a bucket header (plus an inline page), not user data. */
export const BUCKET_LEAF_FLAG = 0x01

/** meta.freelist when no freelist page is stored (NoFreelistSync, what etcd always writes on Linux). */
export const PGID_NO_FREELIST = 0xffffffffffffffffn

/** Largest key bbolt's Put accepts; reading larger keys works, writing them would not be bbolt's. */
export const MAX_KEY_SIZE = 32768

/** Largest value bbolt's Put accepts (2^31 - 2). */
export const MAX_VALUE_SIZE = 2 ** 31 - 2

/** Smallest page size we accept: below it a meta page plus header would not leave room for data. */
export const MIN_PAGE_SIZE = 512

/** bbolt scans for the second meta up to 16 MiB; nothing larger exists in practice. Must be a power of two. */
export const MAX_PAGE_SIZE = 16 * 1024 * 1024

/** Branch/leaf counts are u16 and bbolt's node.write panics at 0xFFFF; freelists use it as an escape. */
export const MAX_ELEMENT_COUNT = 0xfffe

/** Freelist count value meaning "the real count is the first u64 after the header". */
export const FREELIST_COUNT_ESCAPE = 0xffff

/** Largest page id we handle as a JS number: ids are u64 on disk, but a file never reaches 2^53 bytes. */
export const MAX_SAFE_PGID = Number.MAX_SAFE_INTEGER

/**
 * The two limits every walk over a db's trees shares (checkDb, the cursor, the walk and the
 * compaction's estimate), so that what the checker accepts every other walk reads to the end.
 * bbolt itself has none (Go recursion); a real tree never comes near either.
 *
 * Levels of one bucket's B+tree: far above any real tree (a 2^53-page tree of 2-key branches is
 * 53 deep); deeper is a cycle or garbage.
 */
export const MAX_TREE_DEPTH = 64

/**
 * Nested buckets deeper than this are refused: etcd uses one level (top-level buckets only), and
 * nesting multiplies the recursion (up to 32 × 64 pages on the stack).
 */
export const MAX_BUCKET_NESTING = 32

/** True for a power of two in [MIN_PAGE_SIZE, MAX_PAGE_SIZE]. */
export function isValidPageSize(pageSize: number): boolean {
  return (
    Number.isInteger(pageSize) &&
    pageSize >= MIN_PAGE_SIZE &&
    pageSize <= MAX_PAGE_SIZE &&
    (pageSize & (pageSize - 1)) === 0
  )
}

/**
 * Node elements in memory (bbolt `internal/common/inode.go`): decoding a page into inodes and
 * the key order every search uses.
 */
import { BoltFormatError } from '../errors.js'
import { branchElement, compareBytes, decodePageHeader, leafElement } from './page.js'
import { PageFlag } from './types.js'

/** One element of a node: a leaf key/value (pgid 0) or a branch key/child (value empty). */
export interface Inode {
  flags: number
  key: Uint8Array
  value: Uint8Array
  pgid: number
}

const EMPTY = new Uint8Array(0)

/** Index of the first inode whose key is >= key (inodes.length when none). */
export function searchInodes(inodes: readonly Inode[], key: Uint8Array): number {
  let hi = inodes.length
  // Ascending appends (bulk loads, etcd revisions) land past the last key: one comparison.
  if (hi === 0 || compareBytes(inodes[hi - 1]!.key, key) < 0) return hi
  let lo = 0
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareBytes(inodes[mid]!.key, key) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Decodes a branch or leaf page (or inline page) into inodes; keys/values are views of `page`. */
export function readInodes(page: Uint8Array): {
  isLeaf: boolean
  inodes: Inode[]
  overflow: number
} {
  const header = decodePageHeader(page)
  if (header.flags !== PageFlag.leaf && header.flags !== PageFlag.branch) {
    throw new BoltFormatError(
      `expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`,
      header.id
    )
  }
  const isLeaf = header.flags === PageFlag.leaf
  const inodes: Inode[] = new Array<Inode>(header.count)
  for (let i = 0; i < header.count; i++) {
    if (isLeaf) {
      const e = leafElement(page, i)
      inodes[i] = { flags: e.flags, key: e.key, value: e.value, pgid: 0 }
    } else {
      const e = branchElement(page, i)
      inodes[i] = { flags: 0, key: e.key, value: EMPTY, pgid: e.pgid }
    }
    if (inodes[i]!.key.length === 0)
      throw new BoltFormatError(`element ${i} has an empty key`, header.id)
  }
  return { isLeaf, inodes, overflow: header.overflow }
}

/** Child index a branch search takes for key (bbolt cursor.searchPage/searchNode). */
export function branchIndex(inodes: readonly Inode[], key: Uint8Array, pgid: number): number {
  if (inodes.length === 0) throw new BoltFormatError('empty branch page', pgid)
  const index = searchInodes(inodes, key)
  const exact = index < inodes.length && compareBytes(inodes[index]!.key, key) === 0
  return !exact && index > 0 ? index - 1 : index
}

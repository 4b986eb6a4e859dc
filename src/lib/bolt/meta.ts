/**
 * Meta pages 0 and 1 (bbolt `db.go:meta`, bbolt-format §2). Layout after the 16-byte header:
 * magic u32, version u32, pageSize u32, flags u32, root u64, sequence u64, freelist u64,
 * pgid (high-water mark) u64, txid u64, checksum u64 = FNV-1a 64 of the 56 bytes before it.
 */
import { BoltFormatError, InvariantError } from '../errors.js'
import { fnv1a64 } from './fnv.js'
import {
  decodePageHeader,
  encodePageHeader,
  readU64Number,
  viewOf,
  writeU64Number
} from './page.js'
import {
  MAGIC,
  META_CHECKSUM_OFFSET,
  META_OFFSET,
  PGID_NO_FREELIST,
  PageFlag,
  VERSION
} from './types.js'

export interface Meta {
  pageSize: number
  flags: number
  /** Root page of the root bucket. */
  root: number
  /** Sequence of the root bucket. */
  sequence: bigint
  /** Freelist page id, or null when none is stored (0xFFFFFFFFFFFFFFFF). */
  freelist: number | null
  /** High-water mark: pages [0, hwm) exist logically. */
  hwm: number
  txid: bigint
  checksum: bigint
  /** The header id of the page this meta was read from. */
  pageId: number
}

/** The fields a writer chooses; the rest (magic, version, flags, checksum, page id) follow. */
export interface MetaFields {
  pageSize: number
  root: number
  sequence: bigint
  freelist: number | null
  hwm: number
  txid: bigint
}

const META_END = META_OFFSET + META_CHECKSUM_OFFSET + 8

/** Page offsets of the meta fields. */
const Field = {
  magic: META_OFFSET,
  version: META_OFFSET + 4,
  pageSize: META_OFFSET + 8,
  flags: META_OFFSET + 12,
  root: META_OFFSET + 16,
  sequence: META_OFFSET + 24,
  freelist: META_OFFSET + 32,
  hwm: META_OFFSET + 40,
  txid: META_OFFSET + 48,
  checksum: META_OFFSET + META_CHECKSUM_OFFSET
} as const

function requireLength(page: Uint8Array): void {
  if (page.length < META_END) {
    throw new BoltFormatError(
      `meta page is ${page.length} bytes, shorter than the ${META_END}-byte meta`
    )
  }
}

function pgidField(page: Uint8Array, offset: number, name: string, pageId: number): number {
  const value = readU64Number(page, offset)
  if (value < 0) {
    const raw = viewOf(page).getBigUint64(offset, true)
    throw new BoltFormatError(`meta ${name} ${raw} is beyond 2^53`, pageId)
  }
  return value
}

/** Decodes a meta page without validating it (see metaProblem). Ids beyond 2^53 throw. */
export function decodeMeta(page: Uint8Array): Meta {
  requireLength(page)
  const header = decodePageHeader(page)
  const view = viewOf(page)
  const rawFreelist = view.getBigUint64(Field.freelist, true)
  return {
    pageSize: view.getUint32(Field.pageSize, true),
    flags: view.getUint32(Field.flags, true),
    root: pgidField(page, Field.root, 'root', header.id),
    sequence: view.getBigUint64(Field.sequence, true),
    freelist:
      rawFreelist === PGID_NO_FREELIST
        ? null
        : pgidField(page, Field.freelist, 'freelist', header.id),
    hwm: pgidField(page, Field.hwm, 'high-water mark', header.id),
    txid: view.getBigUint64(Field.txid, true),
    checksum: view.getBigUint64(Field.checksum, true),
    pageId: header.id
  }
}

/** The checksum bbolt computes: FNV-1a 64 over the meta struct before the checksum field. */
export function metaChecksum(page: Uint8Array): bigint {
  return fnv1a64(page.subarray(META_OFFSET, Field.checksum))
}

/**
 * Why this meta page is unusable, or null. Order as bbolt's meta.validate (magic → version →
 * checksum, v1.3.7+ rule: the checksum is mandatory), then the header flags fastCheck needs and
 * the id ranges we need.
 */
export function metaProblem(page: Uint8Array): string | null {
  if (page.length < META_END) return `meta page is only ${page.length} bytes`
  const view = viewOf(page)
  const magic = view.getUint32(Field.magic, true)
  if (magic !== MAGIC) return `bad magic 0x${magic.toString(16).padStart(8, '0')} (want 0xed0cdaed)`
  const version = view.getUint32(Field.version, true)
  if (version !== VERSION) return `unsupported version ${version} (want ${VERSION})`
  const stored = view.getBigUint64(Field.checksum, true)
  const computed = metaChecksum(page)
  if (stored !== computed) {
    return `meta checksum mismatch: stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)}`
  }
  const flags = view.getUint16(8, true)
  if (flags !== PageFlag.meta) return `meta page header flags 0x${flags.toString(16)} (want 0x04)`
  for (const [offset, name] of [
    [0, 'page header id'],
    [Field.root, 'root'],
    [Field.hwm, 'high-water mark']
  ] as const) {
    if (readU64Number(page, offset) < 0) return `${name} is beyond 2^53`
  }
  const freelist = view.getBigUint64(Field.freelist, true)
  if (freelist !== PGID_NO_FREELIST && readU64Number(page, Field.freelist) < 0) {
    return `freelist ${freelist} is beyond 2^53`
  }
  return null
}

/** A full zeroed meta page for txid T, written to page T % 2 (bbolt-format §2.6). */
export function encodeMetaPage(meta: MetaFields): Uint8Array {
  if (!(meta.root < meta.hwm)) {
    throw new InvariantError(`meta root ${meta.root} is not below the high-water mark ${meta.hwm}`)
  }
  if (meta.freelist !== null && !(meta.freelist < meta.hwm)) {
    throw new InvariantError(
      `meta freelist ${meta.freelist} is not below the high-water mark ${meta.hwm}`
    )
  }
  if (meta.pageSize < META_END) throw new InvariantError(`page size ${meta.pageSize} too small`)
  const page = new Uint8Array(meta.pageSize)
  const view = viewOf(page)
  encodePageHeader(page, {
    id: Number(meta.txid % 2n),
    flags: PageFlag.meta,
    count: 0,
    overflow: 0
  })
  view.setUint32(Field.magic, MAGIC, true)
  view.setUint32(Field.version, VERSION, true)
  view.setUint32(Field.pageSize, meta.pageSize, true)
  view.setUint32(Field.flags, 0, true)
  writeU64Number(page, Field.root, meta.root)
  view.setBigUint64(Field.sequence, meta.sequence, true)
  if (meta.freelist === null) view.setBigUint64(Field.freelist, PGID_NO_FREELIST, true)
  else writeU64Number(page, Field.freelist, meta.freelist)
  writeU64Number(page, Field.hwm, meta.hwm)
  view.setBigUint64(Field.txid, meta.txid, true)
  view.setBigUint64(Field.checksum, metaChecksum(page), true)
  return page
}

/** Offset of the page-size field inside a page, for page-size detection. */
export const META_PAGE_SIZE_OFFSET: number = Field.pageSize
/** Bytes needed to read and validate a meta: header + meta struct. */
export const META_SIZE: number = META_END

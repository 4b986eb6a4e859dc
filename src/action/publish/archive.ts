import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Logger } from '../../lib/logger.js'
import type { ArchiveFormat } from '../constants.js'
import { formatBytes, formatDuration, formatRate } from '../../lib/format.js'
import { diskFull } from '../../lib/errors.js'
import { codecFor, writeParts, type Part, type TarItem } from './tar.js'

const PROGRESS_EVERY_MS = 5000

export interface PackOptions {
  archive: ArchiveFormat
  compressionLevel: number
}

/** Writes a tar (optionally gzip/zstd) of `paths` under `root`, logging progress every few seconds. */
export async function pack(
  root: string,
  paths: string[],
  file: string,
  options: PackOptions,
  logger: Logger
): Promise<void> {
  const items = await tarItems(root, paths)
  await packParts(root, [{ items, end: true }], file, options, logger)
}

/** Writes an archive made of `parts` (see tar.ts), logging progress every few seconds. */
export async function packParts(
  root: string,
  parts: Part[],
  file: string,
  options: PackOptions,
  logger: Logger
): Promise<void> {
  const codec = codecFor(options.archive, options.compressionLevel)
  const started = Date.now()
  let bytes = 0
  let lastLog = started
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      const now = Date.now()
      if (now - lastLog >= PROGRESS_EVERY_MS) {
        lastLog = now
        logger.info(`packing: ${formatBytes(bytes)} written (${formatRate(bytes, now - started)})`)
      }
      done(null, chunk)
    }
  })
  // a failed pack leaves no partial archive; a full disk says where
  await writeParts(root, parts, file, codec, counter).catch(async (error: unknown) => {
    await rm(file, { force: true })
    throw diskFull(error, file)
  })
  const ms = Date.now() - started
  const entries = parts.reduce(
    (n, p) => n + ('items' in p ? p.items.filter((i) => i.header).length : 0),
    0
  )
  logger.info(
    `Packed ${entries} entries into ${formatBytes(bytes)} in ${formatDuration(ms)} (${formatRate(bytes, ms)})`
  )
}

/** A tar item (header and contents) for each of `paths` under `root`, from lstat. */
export async function tarItems(root: string, paths: string[]): Promise<TarItem[]> {
  return Promise.all(
    paths.map(async (path): Promise<TarItem> => {
      const st = await lstat(join(root, path))
      if (!st.isDirectory() && !st.isFile())
        throw new Error(`cannot pack ${path}: neither a file nor a folder`)
      const type = st.isDirectory() ? 'Directory' : 'File'
      return { path, type, stat: st, header: true, body: true }
    })
  )
}

/** The db's contents, compressed once for every member's archive that holds the same db. */
export interface SharedDb {
  /** The compressed frames of the db's contents and tar padding (no header). */
  file: string
  /** Undefined when not computed: every member's db was known to be these bytes. */
  sha256?: string
  size: number
  compressedBytes: number
}

/**
 * Compresses `db`'s contents (padded to a tar block) into `file`, once; with `hash`, its sha256
 * tells which members' dbs are the same bytes.
 */
export async function compressDbOnce(
  db: string,
  file: string,
  options: PackOptions,
  logger: Logger,
  hash = true
): Promise<SharedDb> {
  const started = Date.now()
  const st = await stat(db)
  const item: TarItem = { path: basename(db), type: 'File', stat: st, header: false, body: true }
  const [sha256] = await Promise.all([
    hash ? sha256File(db) : undefined,
    packParts(dirname(db), [{ items: [item], end: false }], file, options, silent)
  ])
  const compressedBytes = (await stat(file)).size
  const ms = Date.now() - started
  logger.info(
    `Compressed the db once for every member: ${formatBytes(st.size)} → ` +
      `${formatBytes(compressedBytes)} in ${formatDuration(ms)} (${formatRate(st.size, ms)})`
  )
  return { file, ...(sha256 !== undefined && { sha256 }), size: st.size, compressedBytes }
}

/**
 * A member's archive around a shared db: its entries up to and with the db's header (one stream),
 * the shared compressed contents, then its remaining entries and the end-of-archive (another).
 * Undefined when `items` has no regular file at `dbPath`.
 */
export function partsAroundDb(
  items: TarItem[],
  dbPath: string,
  shared: SharedDb
): Part[] | undefined {
  const at = items.findIndex((i) => i.path === dbPath && i.type === 'File')
  const db = items[at]
  if (!db || db.stat.size !== shared.size) return undefined
  return [
    { items: [...items.slice(0, at), { ...db, body: false }], end: false },
    { compressed: shared.file },
    { items: items.slice(at + 1), end: true }
  ]
}

const silent: Logger = { info: () => {}, warn: () => {}, debug: () => {}, group: (_n, fn) => fn() }

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), hash)
  return hash.digest('hex')
}

/** An entry of a data-dir: its path relative to the archive's root, and a file's size. */
export interface Entry {
  path: string
  dir: boolean
  /** A regular file's size in bytes (0 for folders). */
  bytes: number
}

/** `dir` and everything below it, relative to `root`, parents before children, sorted. */
export async function walk(root: string, dir: string): Promise<Entry[]> {
  const below = await readdir(dir, { recursive: true, withFileTypes: true })
  const entries = await Promise.all(
    below.map(async (e) => {
      const full = join(e.parentPath, e.name)
      const bytes = e.isFile() ? (await stat(full)).size : 0
      return { path: toPosix(relative(root, full)), dir: e.isDirectory(), bytes }
    })
  )
  entries.push({ path: toPosix(relative(root, dir)), dir: true, bytes: 0 })
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep))
}

/** The deepest folder containing every dir's parent, so each dir appears by its own name. */
export function commonParent(dirs: string[]): string {
  let root = dirname(dirs[0]!)
  while (!dirs.every((d) => isInside(d, root)) && dirname(root) !== root) root = dirname(root)
  return root
}

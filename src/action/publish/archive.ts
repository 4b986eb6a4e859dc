import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { Transform, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Logger } from '../../lib/logger.js'
import type { ArchiveFormat } from '../constants.js'
import { formatBytes, formatDuration, formatRate } from '../../lib/format.js'
import { diskFull } from '../../lib/errors.js'
import { codecFor, STREAMED_CHUNK, writeParts, type Part, type TarItem } from './tar.js'

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

/**
 * Writes an archive made of `parts` (see tar.ts) into `file` and/or `live` (an upload's stream,
 * left open), logging progress every few seconds; with `append`, after what `file` holds (a
 * failure then leaves the file as it was written so far).
 */
export async function packParts(
  root: string,
  parts: Part[],
  file: string | undefined,
  options: PackOptions,
  logger: Logger,
  append = false,
  live?: Writable
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
  await writeParts(root, parts, file, codec, counter, append, live).catch(
    async (error: unknown) => {
      if (file !== undefined && !append) await rm(file, { force: true })
      throw file === undefined ? error : diskFull(error, file)
    }
  )
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

/**
 * Layout member's archives, one after another, in ONE file, so the disk holds the db compressed
 * once at any time: the first member's archive is written whole (its head: the entries up to the
 * db's header; the db's frames; its tail: the rest and the end-of-archive), and each next
 * member's rewrites the head and the tail around the db's frames in the same file (renamed),
 * moving the frames when the head's compressed length differs (a member name of another length,
 * or just other bytes). Every archive is the bytes packParts writes for its [head, db, tail]:
 * each part its own frame.
 */
export class CarriedDb {
  private file: string | undefined
  /** Where the db's compressed frames are in `file`. */
  private db = { start: 0, length: 0 }

  constructor(
    private readonly workDir: string,
    private readonly options: PackOptions,
    private readonly logger: Logger
  ) {}

  /**
   * The archive of [head, `db`'s contents, tail] at `path` (the file moves there), its bytes also
   * into `live` as they are written (the first member's) or once the file is made (the others').
   */
  async write(
    root: string,
    head: TarItem[],
    db: TarItem,
    tail: TarItem[],
    path: string,
    live?: Writable
  ) {
    const headPart: Part = { items: [...head, { ...db, body: false }], end: false }
    const tailPart: Part = { items: tail, end: true }
    try {
      if (this.file === undefined) await this.writeFirst(root, headPart, db, tailPart, path, live)
      else {
        await this.rewrite(root, headPart, tailPart, path)
        if (live)
          await pipeline(createReadStream(path, { highWaterMark: STREAMED_CHUNK }), live, {
            end: false
          })
      }
    } catch (error) {
      await this.remove()
      await rm(path, { force: true })
      throw error
    }
  }

  private async writeFirst(
    root: string,
    head: Part,
    db: TarItem,
    tail: Part,
    path: string,
    live: Writable | undefined
  ) {
    const started = Date.now()
    await packParts(root, [head], path, this.options, silent, false, live)
    const start = (await stat(path)).size
    const body: Part = { items: [{ ...db, header: false, body: true }], end: false }
    await packParts(root, [body], path, this.options, silent, true, live)
    const length = (await stat(path)).size - start
    await packParts(root, [tail], path, this.options, silent, true, live)
    this.file = path
    this.db = { start, length }
    const ms = Date.now() - started
    this.logger.info(
      `Compressed the db once for every member: ${formatBytes(db.stat.size)} → ` +
        `${formatBytes(length)} in ${formatDuration(ms)} (${formatRate(db.stat.size, ms)})`
    )
  }

  private async rewrite(root: string, head: Part, tail: Part, path: string) {
    const headFile = join(this.workDir, 'next-head.part')
    const tailFile = join(this.workDir, 'next-tail.part')
    try {
      await packParts(root, [head], headFile, this.options, silent)
      await packParts(root, [tail], tailFile, this.options, silent)
      const headBytes = await readFile(headFile)
      const { start, length } = this.db
      await rename(this.file!, path)
      this.file = path
      const handle = await open(path, 'r+')
      try {
        await handle.truncate(start + length) // the last member's tail goes
        // a head of another length moves the db's frames in the file (no second copy on disk)
        await moveRange(handle, start, length, headBytes.length - start)
        await handle.write(headBytes, 0, headBytes.length, 0)
        await handle.truncate(headBytes.length + length)
      } finally {
        await handle.close()
      }
      this.db = { start: headBytes.length, length }
      await packParts(root, [{ compressed: tailFile }], path, this.options, silent, true)
    } finally {
      await Promise.all([rm(headFile, { force: true }), rm(tailFile, { force: true })])
    }
  }

  /** Removes the file (after the last upload, or a failure). */
  async remove(): Promise<void> {
    if (this.file !== undefined) await rm(this.file, { force: true })
    this.file = undefined
  }
}

/**
 * Moves `length` bytes at `start` of an open file by `delta` bytes (a memmove within the file),
 * 1 MiB at a time, from the end first when moving up, so no byte is overwritten before it moved.
 */
async function moveRange(
  handle: FileHandle,
  start: number,
  length: number,
  delta: number
): Promise<void> {
  if (delta === 0 || length === 0) return
  const chunk = Buffer.allocUnsafe(Math.min(length, MOVE_CHUNK))
  for (let done = 0; done < length;) {
    const n = Math.min(chunk.length, length - done)
    const from = delta > 0 ? start + length - done - n : start + done
    const { bytesRead } = await handle.read(chunk, 0, n, from)
    if (bytesRead !== n) throw new Error(`moving the db's frames: read ${bytesRead} of ${n} bytes`)
    await handle.write(chunk, 0, n, from + delta)
    done += n
  }
}

const MOVE_CHUNK = 1 << 20

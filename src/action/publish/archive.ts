import { createWriteStream } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { create as createTar, type TarOptionsWithAliases } from 'tar'
import type { Logger } from '../../lib/logger.js'
import type { ArchiveFormat } from '../constants.js'
import { formatBytes, formatDuration, formatRate } from '../../lib/format.js'
import { diskFull } from '../../lib/errors.js'

/** Every entry gets this mtime, so the same data-dir always packs to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z')
const PROGRESS_EVERY_MS = 5000

/**
 * Writes a tar (optionally gzip/zstd) of `paths` under `root`, logging progress every few seconds;
 * on failure removes it (`disk full: <file>` when for want of space).
 */
export async function pack(
  root: string,
  paths: string[],
  file: string,
  options: { archive: ArchiveFormat; compressionLevel: number },
  logger: Logger
): Promise<void> {
  const level = options.compressionLevel
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
  const tar = createTar(
    {
      cwd: root,
      // Not portable: keep uid/gid and the exact modes etcd checks (0700 dirs, 0600 files).
      portable: false,
      mtime: FIXED_MTIME,
      noDirRecurse: true,
      // Non-portable headers also carry atime/ctime (and dev/ino in pax): pin them for determinism.
      onWriteEntry: (entry) => {
        if (!entry.stat) return
        Object.assign(entry.stat, {
          atime: FIXED_MTIME,
          ctime: FIXED_MTIME,
          dev: 0,
          ino: 0,
          nlink: 1
        })
      },
      ...(options.archive === 'tar.gz' && { gzip: { level } }),
      ...(options.archive === 'tar.zst' && {
        // minizlib passes `params` through to node's ZstdCompress; its types omit it.
        zstd: {
          params: { [zlib.constants.ZSTD_c_compressionLevel]: Math.max(level, 1) }
        } as TarOptionsWithAliases['zstd']
      })
    },
    paths
  )
  // a failed pack leaves no partial archive; a full disk says where
  await pipeline(tar, counter, createWriteStream(file, { mode: 0o600 })).catch(
    async (error: unknown) => {
      await rm(file, { force: true })
      throw diskFull(error, file)
    }
  )
  const ms = Date.now() - started
  logger.info(
    `Packed ${paths.length} entries into ${formatBytes(bytes)} in ${formatDuration(ms)} (${formatRate(bytes, ms)})`
  )
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

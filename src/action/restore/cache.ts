import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import {
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readFile,
  readdir,
  readlink,
  rename,
  rm,
  symlink,
  utimes,
  writeFile
} from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { errorMessage } from '../../lib/errors.js'
import { formatBytes } from '../../lib/format.js'
import type { Logger } from '../../lib/logger.js'
import { memberLayout } from '../../lib/member-dir/layout.js'
import type { DbReport, RestoreReport } from '../../lib/report.js'
import { dbsKnownSame } from '../../lib/restore/db.js'
import { TOOL_VERSION } from '../../lib/version.js'
import type { RestoreInputs } from '../inputs/types.js'

/** What the produced data-dirs depend on, besides the snapshot's bytes. */
type CacheSpec = Pick<
  RestoreInputs,
  | 'initialCluster'
  | 'initialClusterToken'
  | 'memberNames'
  | 'skipHashCheck'
  | 'markCompacted'
  | 'targetVersion'
  | 'walDir'
  | 'outDir'
  | 'bumpRevision'
  | 'defrag'
>

/**
 * The layout of a cache entry, part of its key: an entry of another layout is never read. 1 was
 * the data-dirs as they are (every member's db in full); 2 is a staged folder per root holding
 * the members' db once (see stageEntry).
 */
export const CACHE_FORMAT = 2

/** Beside each cached root (the out-dir, a separate wal-dir): the folder the entry is made of. */
const STAGE_SUFFIX = '.etcd-restore-cache'
/** In the out-dir's stage: what the entry holds, and the shared db. */
const MANIFEST = 'entry.json'
const SHARED_DB = 'db'
/** In every stage: the root's files, the shared dbs left out. */
const TREE = 'tree'

/** How big a cache entry is, before the cache client's compression (zstd, or gzip without it). */
export interface CacheEntrySize {
  /** Bytes the entry holds: the db once, every member's own files, the report. */
  entryBytes: number
  /** Bytes of the data-dirs it stands for (the db once per member): what format 1 held. */
  dataDirBytes: number
  /** Members whose db is the entry's one shared db. */
  sharedDbMembers: number
}

/** The cache's part in a run: the JSON report's `action.cache`. */
export interface CacheFacts {
  key: string
  hit: boolean
  /** A miss whose fresh data-dirs were saved under `key`. */
  saved: boolean
  /** The entry restored or saved (absent on a miss that saved nothing). */
  entry?: CacheEntrySize
}

interface Manifest {
  format: typeof CACHE_FORMAT
  /** Where the shared db goes, relative to the out-dir; absent when no db was shared. */
  db?: { paths: string[]; bytes: number }
}

/**
 * The cache key: the layout format, the tool version, the target format, sha256 of the snapshot
 * file and a digest of the cluster spec. Any difference gives another key; only exact hits are
 * used (a prefix match would hand back another cluster's data-dirs). The format comes first, so
 * no key of another format starts with a key of this one.
 */
export async function cacheKey(snapshotPath: string, spec: CacheSpec): Promise<string> {
  const file = createHash('sha256')
  await pipeline(createReadStream(snapshotPath), file)
  const clusterSpec = JSON.stringify({
    initialCluster: spec.initialCluster,
    token: spec.initialClusterToken,
    members: spec.memberNames,
    skipHashCheck: spec.skipHashCheck,
    bumpRevision: spec.bumpRevision.toString(),
    markCompacted: spec.markCompacted,
    // the same data, but a compacted db is another file
    defrag: spec.defrag
  })
  const specDigest = createHash('sha256').update(clusterSpec).digest('hex').slice(0, 16)
  const version = `${TOOL_VERSION}-v${spec.targetVersion}`
  return `etcd-restore-f${CACHE_FORMAT}-${version}-${file.digest('hex')}-${specDigest}`
}

/** A cached root and the folder staged beside it. */
interface Root {
  dir: string
  stage: string
}

/** The out-dir, and the wal-dir when it lies outside it (inside, the out-dir's tree holds it). */
function rootsOf(spec: Pick<RestoreInputs, 'outDir' | 'walDir'>): Root[] {
  const dirs = [spec.outDir]
  if (spec.walDir !== undefined && !inside(spec.outDir, spec.walDir)) dirs.push(spec.walDir)
  return dirs.map((dir) => ({ dir, stage: `${dir}${STAGE_SUFFIX}` }))
}

function inside(parent: string, path: string): boolean {
  const rel = relative(parent, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The folders the entry is saved from and restored to: one stage per root. */
export function cachePaths(spec: Pick<RestoreInputs, 'outDir' | 'walDir'>): string[] {
  return rootsOf(spec).map((r) => r.stage)
}

/**
 * Restores the data-dirs and their report on an exact key hit. Returns the cached report and the
 * entry's size, or undefined on a miss, when the service is unavailable, or when the hit is
 * unusable (the target is then left as it was, so a fresh restore has a clean one).
 */
export async function restoreFromCache(
  key: string,
  spec: CacheSpec,
  reportPath: string,
  logger: Logger
): Promise<{ report: RestoreReport; size: CacheEntrySize } | undefined> {
  if (!cache.isFeatureAvailable()) {
    logger.warn('cache: true, but the runner offers no cache service; restoring without it')
    return undefined
  }
  const roots = rootsOf(spec)
  await removeStages(roots)
  try {
    const hit = await cache.restoreCache(cachePaths(spec), key)
    if (hit !== key) {
      logger.info(`No cache entry for ${key}`)
      return undefined
    }
    let checked: { report: RestoreReport; manifest: Manifest; size: CacheEntrySize }
    try {
      checked = await checkEntry(roots, spec, reportPath)
    } catch (error) {
      logger.warn(`Ignoring cache entry ${key}: ${errorMessage(error)}`)
      return undefined
    }
    try {
      await unstage(roots, checked.manifest, spec.outDir)
    } catch (error) {
      logger.warn(
        `Ignoring cache entry ${key}: its data-dirs could not be laid out (${errorMessage(error)})`
      )
      const dirs = spec.memberNames.flatMap((n) => roots.map((root) => join(root.dir, n)))
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
      await rm(reportPath, { force: true })
      return undefined
    }
    return { report: sameDbAsLaidOut(checked.report, checked.manifest), size: checked.size }
  } finally {
    await removeStages(roots)
  }
}

/**
 * A hit's report says its members' dbs are the same bytes only when the entry laid one db out
 * for every member of the report (an entry that kept a db of its own says otherwise).
 */
function sameDbAsLaidOut(report: RestoreReport, manifest: Manifest): RestoreReport {
  const db = report.db
  if (db?.sameInEveryMember !== true) return report
  if ((manifest.db?.paths.length ?? 0) === report.cluster.members.length) return report
  const { sameInEveryMember: _dropped, ...rest } = db
  return { ...report, db: rest }
}

/**
 * Saves the data-dirs, their db once. Best effort: a cache failure is a warning, never a failed
 * restore. Returns the saved entry's size, or undefined when nothing was saved.
 */
export async function saveToCache(
  key: string,
  spec: CacheSpec,
  logger: Logger,
  db?: DbReport
): Promise<CacheEntrySize | undefined> {
  if (!cache.isFeatureAvailable()) return undefined
  const roots = rootsOf(spec)
  try {
    await removeStages(roots)
    const size = await stageEntry(roots, spec.memberNames, db)
    const id = await cache.saveCache(cachePaths(spec), key)
    if (id === -1) return undefined
    logger.info(`Saved cache entry ${key} (id ${id}): ${describeEntry(size)} before compression`)
    return size
  } catch (error) {
    logger.warn(`Could not save the cache entry ${key}: ${errorMessage(error)}`)
    return undefined
  } finally {
    await removeStages(roots).catch(() => {})
  }
}

/** "12.3 MiB (the db once for 3 members; the data-dirs hold 30.1 MiB)". */
export function describeEntry(size: CacheEntrySize): string {
  const shared = size.sharedDbMembers > 1 ? `the db once for ${size.sharedDbMembers} members; ` : ''
  return `${formatBytes(size.entryBytes)} (${shared}the data-dirs hold ${formatBytes(size.dataDirBytes)})`
}

async function removeStages(roots: Root[]): Promise<void> {
  await Promise.all(roots.map((r) => rm(r.stage, { recursive: true, force: true })))
}

/**
 * Stages the entry: beside each root a folder whose `tree` mirrors the root with hard links (a
 * copy where the file system refuses one), modes kept. Members' dbs that are byte for byte the
 * first member's are left out of the tree: the out-dir's stage holds that db once (`db`) and a
 * manifest naming where it goes. A db that differs is kept in the tree as it is. When the
 * restore says every db is the same bytes (dbsKnownSame), none is read to compare.
 */
async function stageEntry(
  roots: Root[],
  memberNames: string[],
  dbReport: DbReport | undefined
): Promise<CacheEntrySize> {
  const out = roots[0]!
  const dbs = memberNames.map((name) => relative(out.dir, memberLayout(join(out.dir, name)).dbPath))
  const known = await dbsKnownSame(
    dbReport,
    dbs.map((db) => join(out.dir, db))
  )
  const shared: string[] = []
  for (const db of dbs) {
    const path = join(out.dir, db)
    if (!(await isFile(path))) continue
    if (shared.length === 0 || known || (await sameBytes(join(out.dir, shared[0]!), path)))
      shared.push(db)
  }
  const first = shared[0]
  const leftOut = new Set(shared.map((db) => join(out.dir, db)))
  const stages = new Set(roots.map((r) => r.stage))
  let bytes = 0
  let dataDirBytes = 0
  for (const root of roots) {
    await mkdir(root.stage, { mode: 0o700 })
    const sizes = await mirror(
      root.dir,
      join(root.stage, TREE),
      (path) => stages.has(path),
      leftOut
    )
    bytes += sizes.staged
    dataDirBytes += sizes.all
  }
  const manifest: Manifest = { format: CACHE_FORMAT }
  if (first !== undefined) {
    const dbBytes = (await lstat(join(out.dir, first))).size
    await linkOrCopy(join(out.dir, first), join(out.stage, SHARED_DB))
    manifest.db = { paths: shared, bytes: dbBytes }
    bytes += dbBytes
  }
  const text = `${JSON.stringify(manifest)}\n`
  await writeFile(join(out.stage, MANIFEST), text, { mode: 0o600 })
  bytes += Buffer.byteLength(text)
  return { entryBytes: bytes, dataDirBytes, sharedDbMembers: shared.length }
}

/**
 * Mirrors `from` at `to` (which must not exist): folders made with their modes, files hard-linked,
 * symbolic links made again. Paths in `leftOut` are counted, not staged; `skip` ones are ignored.
 */
async function mirror(
  from: string,
  to: string,
  skip: (path: string) => boolean,
  leftOut: Set<string>
): Promise<{ staged: number; all: number }> {
  const sizes = { staged: 0, all: 0 }
  const walk = async (src: string, dest: string): Promise<void> => {
    const stats = await lstat(src)
    if (stats.isDirectory()) {
      await mkdir(dest, { mode: 0o700 })
      for (const name of await readdir(src)) {
        const child = join(src, name)
        if (!skip(child)) await walk(child, join(dest, name))
      }
      // last: a folder without write permission still gets its children
      await chmod(dest, stats.mode & 0o7777)
    } else if (stats.isSymbolicLink()) {
      await symlink(await readlink(src), dest)
    } else if (stats.isFile()) {
      sizes.all += stats.size
      if (leftOut.has(src)) return
      await linkOrCopy(src, dest)
      sizes.staged += stats.size
    }
  }
  await walk(from, to)
  return sizes
}

/** A hard link, or a copy (a reflink where it can) when the file system will not link. */
async function linkOrCopy(src: string, dest: string): Promise<void> {
  try {
    await link(src, dest)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error
    await copyFile(src, dest, constants.COPYFILE_FICLONE)
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile()
  } catch {
    return false
  }
}

/** Whether two files hold the same bytes (the sizes first, then the contents, 1 MiB at a time). */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([lstat(a), lstat(b)])
  if (sa.size !== sb.size) return false
  if (sa.dev === sb.dev && sa.ino === sb.ino) return true
  const [fa, fb] = await Promise.all([open(a, 'r'), open(b, 'r')])
  try {
    const chunk = 1 << 20
    const ba = Buffer.allocUnsafe(chunk)
    const bb = Buffer.allocUnsafe(chunk)
    for (let at = 0; at < sa.size; at += chunk) {
      const [ra, rb] = await Promise.all([fa.read(ba, 0, chunk, at), fb.read(bb, 0, chunk, at)])
      if (ra.bytesRead !== rb.bytesRead) return false
      if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead))) return false
      if (ra.bytesRead === 0) return false
    }
    return true
  } finally {
    await Promise.all([fa.close(), fb.close()])
  }
}

/** Reads and checks an extracted entry before anything of it is laid out. */
async function checkEntry(
  roots: Root[],
  spec: CacheSpec,
  reportPath: string
): Promise<{ report: RestoreReport; manifest: Manifest; size: CacheEntrySize }> {
  const out = roots[0]!
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(join(out.stage, MANIFEST), 'utf8')) as Manifest
  } catch (error) {
    throw new Error(`its manifest is unusable (${errorMessage(error)})`)
  }
  if (manifest.format !== CACHE_FORMAT) throw new Error(`its format is ${String(manifest.format)}`)
  let report: RestoreReport
  try {
    const cachedReport = join(out.stage, TREE, relative(out.dir, reportPath))
    report = JSON.parse(await readFile(cachedReport, 'utf8')) as RestoreReport
    const names = report.cluster.members.map((m) => m.name)
    if (spec.memberNames.some((n) => !names.includes(n))) throw new Error('members differ')
  } catch (error) {
    throw new Error(`its report is unusable (${errorMessage(error)})`)
  }
  let entryBytes = 0
  for (const root of roots) entryBytes += await treeBytes(root.stage)
  const db = manifest.db
  const paths = db?.paths ?? []
  for (const path of paths) {
    if (isAbsolute(path) || !inside(out.dir, join(out.dir, path)))
      throw new Error(`its manifest names ${path}, outside the out-dir`)
  }
  if (db !== undefined && (await lstat(join(out.stage, SHARED_DB))).size !== db.bytes)
    throw new Error('its shared db has another size than its manifest says')
  const dataDirBytes =
    entryBytes -
    (await lstat(join(out.stage, MANIFEST))).size +
    (db?.bytes ?? 0) * (paths.length - 1)
  return { report, manifest, size: { entryBytes, dataDirBytes, sharedDbMembers: paths.length } }
}

/** Bytes of the regular files under `dir`. */
async function treeBytes(dir: string): Promise<number> {
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await lstat(join(entry.parentPath, entry.name))).size
  }
  return bytes
}

/**
 * Lays an extracted entry out: each stage's tree becomes its root (renamed in when the root is
 * absent or empty, else entry by entry), then every member named by the manifest gets its own
 * copy of the shared db (a reflink where the file system can; the last takes the staged file
 * itself), never a link another member shares: members write their dbs.
 */
async function unstage(roots: Root[], manifest: Manifest, outDir: string): Promise<void> {
  for (const root of roots) await moveTree(join(root.stage, TREE), root.dir)
  const paths = manifest.db?.paths ?? []
  const staged = join(roots[0]!.stage, SHARED_DB)
  const { atime, mtime } = await lstat(staged).catch(() => ({ atime: 0, mtime: 0 }))
  for (const [i, path] of paths.entries()) {
    const dest = join(outDir, path)
    await rm(dest, { force: true })
    if (i === paths.length - 1) {
      await rename(staged, dest)
    } else {
      await copyFile(staged, dest, constants.COPYFILE_FICLONE)
      await utimes(dest, atime, mtime)
    }
  }
}

async function moveTree(tree: string, root: string): Promise<void> {
  const existing = await readdir(root).catch(() => undefined)
  if (existing === undefined || existing.length === 0) {
    await rm(root, { recursive: true, force: true })
    await mkdir(dirname(root), { recursive: true })
    await rename(tree, root)
    return
  }
  for (const name of await readdir(tree)) {
    await rm(join(root, name), { recursive: true, force: true })
    await rename(join(tree, name), join(root, name))
  }
}

/**
 * Every artifact the action uploads: the members' data-dirs, the drill report and the report.
 * Only the members' upload can fail the step; the two reports are on disk whatever happens.
 */
import { DefaultArtifactClient } from '@actions/artifact'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { PassThrough, type Writable } from 'node:stream'
import { dirname, join, relative, sep } from 'node:path'
import { errorMessage } from '../../lib/errors.js'
import { memoryPhase, reclaimDroppedBuffers, reclaimNow } from '../../lib/heap.js'
import { trackFolder } from '../../lib/interrupt.js'
import { formatBytes, formatDuration, formatRate } from '../../lib/format.js'
import type { Logger } from '../../lib/logger.js'
import type { DbReport, MemberReport } from '../../lib/report.js'
import { dbsKnownSame } from '../../lib/restore/db.js'
import { CLUSTER_ARTIFACT_MEMBER, type ArchiveFormat, type Layout } from '../constants.js'
import { checkArchiveSupport } from '../inputs/publish.js'
import {
  CarriedDb,
  commonParent,
  compressDbOnce,
  isInside,
  packParts,
  partsAroundDb,
  sha256File,
  tarItems,
  walk,
  type Entry,
  type SharedDb
} from './archive.js'
import { mapBounded } from './pool.js'
import { uploadFrom, uploadsFromStreams } from './upload-source.js'
import type { Part, TarItem } from './tar.js'

export interface PublishOptions {
  archive: ArchiveFormat
  /** Artifact name for a member (before the archive extension); `cluster` names layout cluster's. */
  artifactName: (member: string) => string
  /** `member` (default): one artifact per member; `cluster`: one for all, the db stored once. */
  layout?: Layout
  retentionDays?: number
  compressionLevel: number
  /** Scratch space for archives; each is deleted once uploaded. */
  workDir: string
  /** Members packed and uploaded at once (default UPLOAD_CONCURRENCY). */
  concurrency?: number
  /**
   * What the restore says of the members' dbs: when they are known to be the same bytes
   * (dbsKnownSame), they are not read again to compare with the first member's.
   */
  db?: DbReport
}

/** What was uploaded: one member's artifact, or (layout cluster) the whole cluster's. */
export interface PublishedArtifact {
  /** The members inside: one, or every member for layout cluster. */
  members: string[]
  /** Each member's data-dir inside the archive (`m1`), in the order of `members`. */
  dirs: string[]
  /** The artifact's name: for tar formats the archive's file name (`etcd-data-m1.tar`). */
  name: string
  id: number
  /** Bytes stored: the uploaded archive (for zip, the service's zip). */
  size: number
  /** Bytes of the members' files before packing (each member's db counted). */
  rawBytes: number
  /** Bare sha256 hex of the uploaded bytes, as upload-artifact's `artifact-digest`. */
  digest: string
  archive: ArchiveFormat
  layout: Layout
  ms: number
}

/**
 * Members' artifacts packed and uploaded at once: one. What fills the link is the blocks in
 * flight (BLOCKS_PER_UPLOAD), and they cost less memory in one upload than spread over several:
 * each upload of the artifact client held ~50 MB of its own besides its blocks (an 8 MiB read,
 * an 8 MiB-high-water-mark transform, a pass-through, the block being filled: measured, issue
 * 26; 256 KiB reads since, scripts/patch-artifact-upload.mjs), so 3 uploads × 2 blocks peaked at
 * ~300 MB RSS and 1 upload × 4 blocks at ~215 MB, in the same wall time against the emulator.
 * One archive on disk at a time, too.
 */
export const UPLOAD_CONCURRENCY = 1

/**
 * The artifact client's ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY (its default 5): the blocks its block
 * scheduler pools per upload (@azure/storage-blob's uploadStream), of which ceil(3/4 of it) are
 * PUT at once. 3 keeps 3 PUTs in flight, as 4 did, with one block less: with 4 the fourth was
 * only filled ahead of a free slot, and the next block's bytes are already waiting in the
 * scheduler when a PUT ends, so no PUT waits for it (issue 26: ~5-10 MB less peak RSS with 8 MiB
 * blocks; 2 leaves 2 PUTs in flight, which a real service's latency would feel). The runner's own
 * ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY wins. The blocks are 4 MiB and the client's file reads
 * 256 KiB (8 MiB both in the library), rewritten at bundle time: scripts/patch-artifact-upload.mjs
 * (the reads were most of the send's peak RSS; 4 MiB × 3 blocks puts 12 MiB in flight, not 24,
 * for ~10-15 MB less: 24 MiB in flight as 4 MiB × 8 blocks cost ~16 MB more).
 */
const BLOCKS_PER_UPLOAD = '3'

const EXTENSION: Record<ArchiveFormat, string> = {
  tar: '.tar',
  'tar.gz': '.tar.gz',
  'tar.zst': '.tar.zst',
  zip: ''
}

/**
 * Uploads each member's data-dir as one artifact, UPLOAD_CONCURRENCY at once (`concurrency`
 * sets it); the result is in the members' order whatever order the uploads finish in. Tar
 * formats keep the 0700/0600 modes etcd checks and are uploaded as a single file (skipArchive),
 * so the service's zip never wraps them. Each member logs one line when it starts and one when
 * it is uploaded (no log groups: with `concurrency`, uploads overlap).
 */
export async function publishMembers(
  members: MemberReport[],
  options: PublishOptions,
  logger: Logger
): Promise<PublishedArtifact[]> {
  checkArchiveSupport(options.archive)
  if (options.archive === 'zip')
    logger.warn(
      'archive: zip loses file modes (etcd wants 0700 dirs): chmod -R go-rwx the data-dir after download'
    )
  process.env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY ??= BLOCKS_PER_UPLOAD
  const stopReclaiming = reclaimDroppedBuffers()
  // a signal mid-upload removes the archives (lib/interrupt.ts); a failure removes them itself
  const untrack = trackFolder(options.workDir)
  try {
    return await publishAll(members, options, logger)
  } finally {
    untrack()
    stopReclaiming()
  }
}

async function publishAll(
  members: MemberReport[],
  options: PublishOptions,
  logger: Logger
): Promise<PublishedArtifact[]> {
  const client = new DefaultArtifactClient()
  if (options.layout === 'cluster') {
    if (options.archive === 'zip')
      throw new Error("layout 'cluster' needs a tar archive (tar, tar.gz, tar.zst), not zip")
    return [await publishCluster(client, members, options, logger)]
  }
  const limit = options.concurrency ?? UPLOAD_CONCURRENCY
  const started = Date.now()
  // one at a time, a compressed archive carries the db from member to member (one file);
  // uploads at once share a file of the db's frames, each member's archive a copy of them
  const carried = limit === 1 && compressed(options.archive) && members.length > 1
  const carrier = carried ? new CarriedDb(options.workDir, options, logger) : undefined
  memoryPhase('upload: compress the db once')
  const shared = carried ? undefined : await shareDb(members, options, logger)
  const pack = carrier
    ? packCarried(carrier, await dbsKnownSame(options.db, dbPaths(members)), options)
    : packAroundShared(shared, options)
  memoryPhase('upload: members')
  try {
    await mkdir(options.workDir, { recursive: true })
    const published = await mapBounded(members, limit, (member) => {
      const name = options.artifactName(member.name) + EXTENSION[options.archive]
      return publishOne(client, member, name, options, pack, prefixed(logger, `${member.name}: `))
    })
    const raw = published.reduce((sum, p) => sum + p.rawBytes, 0)
    const stored = published.reduce((sum, p) => sum + p.size, 0)
    const ms = Date.now() - started
    logger.info(
      `Uploaded ${published.length} artifacts (${Math.min(limit, members.length)} at once): ` +
        `${formatBytes(raw)} → ${formatBytes(stored)} stored in ${formatDuration(ms)}`
    )
    return published
  } finally {
    if (shared) await rm(shared.file, { force: true })
    await carrier?.remove()
  }
}

function compressed(archive: ArchiveFormat): boolean {
  return archive === 'tar.gz' || archive === 'tar.zst'
}

/** The db's place in a data-dir. */
const DB = 'member/snap/db'

function dbPaths(members: MemberReport[]): string[] {
  return members.map((m) => join(m.dataDir, DB))
}

/**
 * For a compressed archive of several members: the first member's db compressed once, for every
 * member whose db is the same bytes (all of them, after a restore) to copy into its archive.
 * Their sha256 tells which are, unless the restore says they all are (then none is hashed).
 */
async function shareDb(
  members: MemberReport[],
  options: PublishOptions,
  logger: Logger
): Promise<SharedDb | undefined> {
  if (!compressed(options.archive) || members.length < 2) return undefined
  await mkdir(options.workDir, { recursive: true })
  const file = join(options.workDir, `shared-db${EXTENSION[options.archive]}`)
  const known = await dbsKnownSame(options.db, dbPaths(members))
  try {
    return await compressDbOnce(join(members[0]!.dataDir, DB), file, options, logger, !known)
  } catch (error) {
    await rm(file, { force: true })
    throw error
  }
}

/**
 * Layout cluster: one archive of every member's folders, the db stored once (the first member's
 * as a file, each other member's, when the same bytes, as a hard link to it).
 */
async function publishCluster(
  client: DefaultArtifactClient,
  members: MemberReport[],
  options: PublishOptions,
  logger: Logger
): Promise<PublishedArtifact> {
  const name = options.artifactName(CLUSTER_ARTIFACT_MEMBER) + EXTENSION[options.archive]
  const dirsOf = (m: MemberReport) =>
    isInside(m.walDir, m.dataDir) ? [m.dataDir] : [m.dataDir, m.walDir]
  const root = commonParent(members.flatMap(dirsOf))
  const items: TarItem[] = []
  let rawBytes = 0
  // the restore's word that every db is the same bytes spares reading each to compare
  const known = await dbsKnownSame(options.db, dbPaths(members))
  let first: { path: string; sha256?: string } | undefined
  let linked = 0
  for (const member of members) {
    const entries = (await Promise.all(dirsOf(member).map((d) => walk(root, d)))).flat()
    rawBytes += entries.reduce((sum, e) => sum + e.bytes, 0)
    const dbPath = toPosixRelative(root, join(member.dataDir, DB))
    for (const item of await tarItems(
      root,
      entries.map((e) => e.path)
    )) {
      if (item.path !== dbPath) {
        items.push(item)
        continue
      }
      const sha256 = known ? undefined : await sha256File(join(root, dbPath))
      if (!first) first = { path: dbPath, ...(sha256 !== undefined && { sha256 }) }
      else if (sha256 === first.sha256) {
        items.push({ ...item, type: 'Link', linkpath: first.path, body: false })
        linked++
        continue
      } else logger.warn(`${member.name}: its db differs from ${first.path}: stored again`)
      items.push(item)
    }
  }
  logger.info(
    `uploading as ${name}: ${members.length} members, ${formatBytes(rawBytes)} in ` +
      `${items.length} entries (the db stored once, ${linked} hard links to it)`
  )
  const started = Date.now()
  const result = await uploadArchive(client, name, options, async (path, live) => {
    await packParts(
      root,
      [{ items, end: true }],
      live ? undefined : path,
      options,
      logger,
      false,
      live
    )
    return false
  })
  const dirs = members.map((m) => toPosixRelative(root, m.dataDir))
  return published(result, members, dirs, name, rawBytes, options, Date.now() - started, logger)
}

function toPosixRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/')
}

/** A logger whose lines start with `prefix`, so overlapping members' lines stay apart. */
function prefixed(logger: Logger, prefix: string): Logger {
  return {
    info: (m) => logger.info(prefix + m),
    warn: (m) => logger.warn(prefix + m),
    debug: (m) => logger.debug(prefix + m),
    group: (name, fn) => logger.group(prefix + name, fn)
  }
}

/**
 * Writes a member's archive at `path`, or into `live` (the upload's stream) when given: every
 * byte, and at `path` too only when the file is to stay after its upload (the carried db's,
 * removed after the last member; then it returns true).
 */
type MemberPacker = (
  root: string,
  member: MemberReport,
  entries: Entry[],
  path: string,
  logger: Logger,
  live?: Writable
) => Promise<boolean>

/** The members' archives around the db compressed once into a shared file (or none). */
function packAroundShared(shared: SharedDb | undefined, options: PublishOptions): MemberPacker {
  return async (root, member, entries, path, logger, live) => {
    const parts = await memberParts(root, member, entries, shared, logger)
    await packParts(root, parts, live ? undefined : path, options, logger, false, live)
    return false
  }
}

/**
 * The members' archives, one at a time, in one file that carries the db's frames from one to
 * the next (CarriedDb). A member whose db is not the first's bytes (its sha256, unless the
 * restore says they all are) gets an archive of its own.
 */
function packCarried(carrier: CarriedDb, known: boolean, options: PublishOptions): MemberPacker {
  let first: { size: number; sha256?: string } | undefined
  return async (root, member, entries, path, logger, live) => {
    const { items, dbPath } = await memberItems(root, member, entries)
    const at = items.findIndex((i) => i.path === dbPath && i.type === 'File')
    const db = items[at]
    const own = async () => {
      const file = live ? undefined : path
      await packParts(root, [{ items, end: true }], file, options, logger, false, live)
      return false
    }
    if (!db) return own()
    const sha256 = known ? undefined : await sha256File(join(root, dbPath))
    if (first && (first.size !== db.stat.size || first.sha256 !== sha256)) {
      logger.warn(`its db differs from the first member's: compressed on its own`)
      return own()
    }
    first ??= { size: db.stat.size, ...(sha256 !== undefined && { sha256 }) }
    await carrier.write(root, items.slice(0, at), db, items.slice(at + 1), path, live)
    return true
  }
}

async function publishOne(
  client: DefaultArtifactClient,
  member: MemberReport,
  name: string,
  options: PublishOptions,
  pack: MemberPacker,
  logger: Logger
): Promise<PublishedArtifact> {
  const dirs = [member.dataDir]
  if (!isInside(member.walDir, member.dataDir)) dirs.push(member.walDir)
  const root = commonParent(dirs)
  const entries = (await Promise.all(dirs.map((d) => walk(root, d)))).flat()
  const rawBytes = entries.reduce((sum, e) => sum + e.bytes, 0)
  logger.info(`uploading as ${name}: ${formatBytes(rawBytes)} in ${entries.length} entries`)
  const started = Date.now()
  const result =
    options.archive === 'zip'
      ? await uploadZip(client, root, entries, name, options)
      : await uploadArchive(client, name, options, (path, live) =>
          pack(root, member, entries, path, logger, live)
        )
  const memberDir = [toPosixRelative(root, member.dataDir)]
  return published(
    result,
    [member],
    memberDir,
    name,
    rawBytes,
    options,
    Date.now() - started,
    logger
  )
}

/**
 * A member's archive: its entries up to the db's header, then the shared compressed db when its
 * db is the same bytes, then its remaining entries and the end-of-archive; else one part.
 */
async function memberParts(
  root: string,
  member: MemberReport,
  entries: Entry[],
  shared: SharedDb | undefined,
  logger: Logger
): Promise<Part[]> {
  const { items, dbPath } = await memberItems(root, member, entries)
  const parts = shared && partsAroundDb(items, dbPath, shared)
  if (!shared || !parts) return [{ items, end: true }]
  // no sha256: the restore said every member's db is the shared one's bytes (dbsKnownSame)
  if (shared.sha256 !== undefined && (await sha256File(join(root, dbPath))) !== shared.sha256) {
    logger.warn(`its db differs from the first member's: compressed on its own`)
    return [{ items, end: true }]
  }
  return parts
}

/** A member's tar items, and its db's path among them. */
async function memberItems(
  root: string,
  member: MemberReport,
  entries: Entry[]
): Promise<{ items: TarItem[]; dbPath: string }> {
  const items = await tarItems(
    root,
    entries.map((e) => e.path)
  )
  return { items, dbPath: toPosixRelative(root, join(member.dataDir, DB)) }
}

/** The artifact's record, and the line saying it is uploaded. */
function published(
  result: { id?: number; size?: number; digest?: string },
  members: MemberReport[],
  dirs: string[],
  name: string,
  rawBytes: number,
  options: PublishOptions,
  ms: number,
  logger: Logger
): PublishedArtifact {
  const size = result.size ?? 0
  const { id, digest } = result
  if (id === undefined || !digest)
    throw new Error(`upload of artifact ${name} returned no id or digest`)
  logger.info(
    `uploaded ${name}: ${formatBytes(rawBytes)} → ${formatBytes(size)} stored in ` +
      `${formatDuration(ms)} (${formatRate(size, ms)}), id ${id}, sha256 ${digest}`
  )
  const { archive } = options
  const layout = options.layout ?? 'member'
  const names = members.map((m) => m.name)
  return { members: names, dirs, name, id, size, rawBytes, digest, archive, layout, ms }
}

/** zip: the service zips the member's files (modes lost). */
async function uploadZip(
  client: DefaultArtifactClient,
  root: string,
  entries: Entry[],
  name: string,
  options: PublishOptions
): Promise<{ id?: number; size?: number; digest?: string }> {
  const files = entries.filter((e) => !e.dir).map((e) => join(root, e.path))
  const { retentionDays, compressionLevel } = options
  return client.uploadArtifact(name, files, root, { retentionDays, compressionLevel })
}

/**
 * Uploads the tar archive `write` makes as the single file `<workDir>/<name>` (no zip around it).
 * With the action's bundled client (upload-source.ts), the archive goes up while it is packed:
 * `write` gets the upload's stream and puts every byte into it (and at the path only what is to
 * stay), the path holding an empty file for the client's checks; else `write` packs the file and
 * the client reads it after. The file is removed after, unless `write` says it stays. A failed
 * packing fails the upload before the artifact is finalized.
 */
async function uploadArchive(
  client: DefaultArtifactClient,
  name: string,
  options: PublishOptions,
  write: (path: string, live?: Writable) => Promise<boolean>
): Promise<{ id?: number; size?: number; digest?: string }> {
  await mkdir(options.workDir, { recursive: true })
  const archivePath = join(options.workDir, name)
  const upload = () =>
    client.uploadArtifact(name, [archivePath], options.workDir, {
      retentionDays: options.retentionDays,
      skipArchive: true
    })
  let keep = false
  try {
    memoryPhase(`upload: pack ${name}`)
    if (uploadsFromStreams()) {
      const streamed = await uploadWhilePacking(archivePath, upload, write)
      keep = streamed.keep
      return streamed.result
    }
    keep = await write(archivePath)
    memoryPhase(`upload: send ${name}`)
    reclaimNow() // the packing's Buffers, before the artifact client's
    return await upload()
  } finally {
    reclaimNow() // the artifact client's Buffers, before the next member's packing
    if (!keep) await rm(archivePath, { force: true })
  }
}

/**
 * `write` packs into a stream the client uploads at the same time. A packing failure destroys
 * the stream (the upload fails: nothing is finalized) and is the error thrown; a failed upload
 * closes the stream, which stops the packing, and its error is thrown.
 */
async function uploadWhilePacking<T>(
  path: string,
  upload: () => Promise<T>,
  write: (path: string, live: Writable) => Promise<boolean>
): Promise<{ result: T; keep: boolean }> {
  await writeFile(path, '', { mode: 0o600 }) // the client checks the file exists
  // the default 16 KiB high-water mark: one chunk at a time waits for the upload
  const live = new PassThrough()
  const release = uploadFrom(path, live)
  try {
    let uploadError: { error: unknown } | undefined
    const uploaded = upload()
    uploaded.catch((error: unknown) => {
      uploadError = { error }
      live.destroy()
    })
    let keep: boolean
    try {
      keep = await write(path, live)
      live.end()
    } catch (error) {
      // the packing stopped because the upload had failed: the upload's error says why
      const cause = uploadError ? uploadError.error : error
      live.destroy(error as Error)
      await uploaded.catch(() => {})
      throw cause
    }
    return { result: await uploaded, keep }
  } finally {
    release()
  }
}

/** An artifact as the outputs and reports describe it. */
export interface UploadedFile {
  name: string
  id: number
  digest: string
  size: number
}

/**
 * Uploads the drill report, with the members' full etcd logs, as `drill-report-artifact`; every
 * file is under `root`. A failure is returned, to fail the step last.
 */
export async function uploadDrillReport(
  files: string[],
  root: string,
  name: string,
  { retentionDays }: { retentionDays?: number | undefined },
  logger: Logger
): Promise<{ artifact?: UploadedFile; uploadError?: string }> {
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, root, {
      retentionDays
    })
    if (result.id === undefined || !result.digest) throw new Error('no id or digest returned')
    const artifact = { name, id: result.id, digest: result.digest, size: result.size ?? 0 }
    logger.info(
      `Uploaded the drill report${files.length > 1 ? ` and ${files.length - 1} etcd logs` : ''} as ${name}: id ${artifact.id}, sha256 ${artifact.digest}`
    )
    return { artifact }
  } catch (error) {
    // Kept for the end: the verdict, outputs and summary come first.
    return { uploadError: `upload of drill report artifact ${name}: ${errorMessage(error)}` }
  }
}

/** Uploads the report JSON as `report-artifact`; an upload failure is a warning (the report is on disk). */
export async function uploadReport(
  reportPath: string,
  reportArtifact: string,
  retentionDays: number | undefined,
  logger: Logger
): Promise<void> {
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(
      reportArtifact,
      [reportPath],
      dirname(reportPath),
      { retentionDays }
    )
    logger.info(`Uploaded the report as artifact '${reportArtifact}' (id ${id})`)
  } catch (error) {
    logger.warn(
      `upload of report artifact '${reportArtifact}' failed: ${errorMessage(error)} ` +
        '(in a matrix over clusters, set cluster-name per job, or put {cluster} in report-artifact)'
    )
  }
}

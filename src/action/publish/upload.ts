/**
 * Every artifact the action uploads: the members' data-dirs, the drill report and the report.
 * Only the members' upload can fail the step; the two reports are on disk whatever happens.
 */
import { DefaultArtifactClient } from '@actions/artifact'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { errorMessage } from '../../lib/errors.js'
import { formatBytes, formatDuration, formatRate } from '../../lib/format.js'
import type { Logger } from '../../lib/logger.js'
import type { MemberReport } from '../../lib/report.js'
import type { ArchiveFormat } from '../constants.js'
import { checkArchiveSupport } from '../inputs/publish.js'
import { commonParent, isInside, pack, walk, type Entry } from './archive.js'
import { mapBounded } from './pool.js'

export interface PublishOptions {
  archive: ArchiveFormat
  /** Artifact name for a member (before the archive extension). */
  artifactName: (member: string) => string
  retentionDays?: number
  compressionLevel: number
  /** Scratch space for archives; each is deleted once uploaded. */
  workDir: string
  /** Members packed and uploaded at once (default UPLOAD_CONCURRENCY). */
  concurrency?: number
}

/** What was uploaded for one member. */
export interface PublishedArtifact {
  member: string
  /** The artifact's name: for tar formats the archive's file name (`etcd-data-m1.tar`). */
  name: string
  id: number
  /** Bytes stored: the uploaded archive (for zip, the service's zip). */
  size: number
  /** Bytes of the member's files before packing. */
  rawBytes: number
  /** Bare sha256 hex of the uploaded bytes, as upload-artifact's `artifact-digest`. */
  digest: string
  archive: ArchiveFormat
  ms: number
}

/** Members' artifacts packed and uploaded at once: enough to fill the link, at most 3 archives on disk. */
export const UPLOAD_CONCURRENCY = 3

const EXTENSION: Record<ArchiveFormat, string> = {
  tar: '.tar',
  'tar.gz': '.tar.gz',
  'tar.zst': '.tar.zst',
  zip: ''
}

/**
 * Uploads each member's data-dir as one artifact, UPLOAD_CONCURRENCY at once; the result is in
 * the members' order whatever order the uploads finish in. Tar formats keep the 0700/0600 modes
 * etcd checks and are uploaded as a single file (skipArchive), so the service's zip never wraps
 * them. Each member logs one line when it starts and one when it is uploaded (no log groups:
 * uploads overlap).
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
  const client = new DefaultArtifactClient()
  const limit = options.concurrency ?? UPLOAD_CONCURRENCY
  const started = Date.now()
  const published = await mapBounded(members, limit, (member) => {
    const name = options.artifactName(member.name) + EXTENSION[options.archive]
    return publishOne(client, member, name, options, prefixed(logger, `${member.name}: `))
  })
  const raw = published.reduce((sum, p) => sum + p.rawBytes, 0)
  const stored = published.reduce((sum, p) => sum + p.size, 0)
  const ms = Date.now() - started
  logger.info(
    `Uploaded ${published.length} artifacts (${Math.min(limit, members.length)} at once): ` +
      `${formatBytes(raw)} → ${formatBytes(stored)} stored in ${formatDuration(ms)}`
  )
  return published
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

async function publishOne(
  client: DefaultArtifactClient,
  member: MemberReport,
  name: string,
  options: PublishOptions,
  logger: Logger
): Promise<PublishedArtifact> {
  const dirs = [member.dataDir]
  if (!isInside(member.walDir, member.dataDir)) dirs.push(member.walDir)
  const root = commonParent(dirs)
  const entries = (await Promise.all(dirs.map((d) => walk(root, d)))).flat()
  const rawBytes = entries.reduce((sum, e) => sum + e.bytes, 0)
  logger.info(`uploading as ${name}: ${formatBytes(rawBytes)} in ${entries.length} entries`)
  const started = Date.now()
  const result = await uploadEntries(client, root, entries, name, options, logger)
  const ms = Date.now() - started
  const size = result.size ?? 0
  const { id, digest } = result
  if (id === undefined || !digest)
    throw new Error(`upload of artifact ${name} returned no id or digest`)
  logger.info(
    `uploaded ${name}: ${formatBytes(rawBytes)} → ${formatBytes(size)} stored in ` +
      `${formatDuration(ms)} (${formatRate(size, ms)}), id ${id}, sha256 ${digest}`
  )
  const archive = options.archive
  return { member: member.name, name, id, size, rawBytes, digest, archive, ms }
}

/** Packs (tar formats) and uploads one member's entries. */
async function uploadEntries(
  client: DefaultArtifactClient,
  root: string,
  entries: Entry[],
  name: string,
  options: PublishOptions,
  logger: Logger
): Promise<{ id?: number; size?: number; digest?: string }> {
  const { retentionDays } = options
  if (options.archive === 'zip') {
    const files = entries.filter((e) => !e.dir).map((e) => join(root, e.path))
    const compressionLevel = options.compressionLevel
    return client.uploadArtifact(name, files, root, { retentionDays, compressionLevel })
  }
  await mkdir(options.workDir, { recursive: true })
  const archivePath = join(options.workDir, name)
  try {
    const paths = entries.map((e) => e.path)
    await pack(root, paths, archivePath, options, logger)
    return await client.uploadArtifact(name, [archivePath], options.workDir, {
      retentionDays,
      skipArchive: true
    })
  } finally {
    await rm(archivePath, { force: true })
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

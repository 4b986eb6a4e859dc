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
import { commonParent, isInside, pack, walk } from './archive.js'

export interface PublishOptions {
  archive: ArchiveFormat
  /** Artifact name for a member (before the archive extension). */
  artifactName: (member: string) => string
  retentionDays?: number
  compressionLevel: number
  /** Scratch space for archives; each is deleted once uploaded. */
  workDir: string
}

/** What was uploaded for one member. */
export interface PublishedArtifact {
  member: string
  /** The artifact's name: for tar formats the archive's file name (`etcd-data-m1.tar`). */
  name: string
  id: number
  size: number
  /** Bare sha256 hex of the uploaded bytes, as upload-artifact's `artifact-digest`. */
  digest: string
  archive: ArchiveFormat
  ms: number
}

const EXTENSION: Record<ArchiveFormat, string> = {
  tar: '.tar',
  'tar.gz': '.tar.gz',
  'tar.zst': '.tar.zst',
  zip: ''
}

/**
 * Uploads each member's data-dir as one artifact. Tar formats keep the 0700/0600 modes etcd
 * checks and are uploaded as a single file (skipArchive), so the service's zip never wraps them.
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
  const published: PublishedArtifact[] = []
  for (const member of members) {
    const name = options.artifactName(member.name) + EXTENSION[options.archive]
    published.push(
      await logger.group(`Upload ${member.name} as ${name}`, () =>
        publishOne(client, member, name, options, logger)
      )
    )
  }
  return published
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
  const started = Date.now()
  let result: { id?: number; size?: number; digest?: string }
  if (options.archive === 'zip') {
    const files = entries.filter((e) => !e.dir).map((e) => join(root, e.path))
    const level = options.compressionLevel
    result = await client.uploadArtifact(name, files, root, {
      retentionDays: options.retentionDays,
      compressionLevel: level
    })
  } else {
    await mkdir(options.workDir, { recursive: true })
    const archivePath = join(options.workDir, name)
    try {
      await pack(
        root,
        entries.map((e) => e.path),
        archivePath,
        options,
        logger
      )
      result = await client.uploadArtifact(name, [archivePath], options.workDir, {
        retentionDays: options.retentionDays,
        skipArchive: true
      })
    } finally {
      await rm(archivePath, { force: true })
    }
  }
  const ms = Date.now() - started
  const size = result.size ?? 0
  const { id, digest } = result
  if (id === undefined || !digest)
    throw new Error(`upload of artifact ${name} returned no id or digest`)
  logger.info(
    `Uploaded ${name}: id ${id}, ${formatBytes(size)} in ${formatDuration(ms)} (${formatRate(size, ms)}), sha256 ${digest}`
  )
  return { member: member.name, name, id, size, digest, archive: options.archive, ms }
}

/** An artifact as the outputs and reports describe it. */
export interface UploadedFile {
  name: string
  id: number
  digest: string
  size: number
}

/** Uploads the drill report as `drill-report-artifact`; a failure is returned, to fail the step last. */
export async function uploadDrillReport(
  path: string,
  name: string,
  retentionDays: number | undefined,
  logger: Logger
): Promise<{ artifact?: UploadedFile; uploadError?: string }> {
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, [path], dirname(path), {
      retentionDays
    })
    if (result.id === undefined || !result.digest) throw new Error('no id or digest returned')
    const artifact = { name, id: result.id, digest: result.digest, size: result.size ?? 0 }
    logger.info(
      `Uploaded the drill report as ${name}: id ${artifact.id}, sha256 ${artifact.digest}`
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
        '(in a matrix, put {cluster} in report-artifact)'
    )
  }
}

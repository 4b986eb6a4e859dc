import { DefaultArtifactClient } from '@actions/artifact'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { InputError } from '../lib/errors.js'
import type { Logger } from '../lib/logger.js'
import type { MemberReport } from '../lib/report.js'
import type { ArchiveFormat } from './constants.js'
import { commonParent, isInside, pack, walk } from './archive.js'
import { formatBytes, formatDuration, formatRate } from '../lib/format.js'

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

/** Fails before any work if the runtime cannot write the chosen format. */
export function checkArchiveSupport(archive: ArchiveFormat): void {
  if (archive === 'tar.zst' && typeof zlib.createZstdCompress !== 'function')
    throw new InputError(
      `archive 'tar.zst' needs Node.js >= 22.15 (zlib zstd); this is ${process.version}`
    )
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

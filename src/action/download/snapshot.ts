import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { SnapshotError } from '../../lib/errors.js'
import { pausePoint } from '../../lib/interrupt.js'
import type { Logger } from '../../lib/logger.js'
import { downloadRetryPolicy, type RetryPolicy } from '../../lib/retry.js'
import type { FindBy, SnapshotInput } from '../inputs/types.js'
import { downloadArtifactSafely } from './artifact.js'

/** Where the snapshot came from; kept in the report (no token, no signed URL). */
export type SnapshotOrigin =
  | { kind: 'path' }
  | {
      kind: 'artifact'
      name: string
      id: number
      /** Relative path of the snapshot inside the artifact. */
      file: string
      size: number
      /** `sha256:<hex>` as the service stored it, when it did. */
      digest?: string
      /** ISO time; a later max-age check compares with it. */
      createdAt?: string
      /** Set for a cross-run/repo download. */
      repository?: string
      runId?: number
    }

export interface ResolvedSnapshot {
  path: string
  origin: SnapshotOrigin
}

/** Files with these names are snapshots when an artifact holds more than one file. */
const SNAPSHOT_NAME = /\.db(\.gz|\.zst)?$/

/**
 * Finds the snapshot: a file on the runner, or an artifact of this run (or of another run or
 * repository via `findBy`) downloaded into `workDir` and checked against its digest, retried
 * with back-off (`retry`; download/artifact.ts); a failed download leaves no folder behind.
 */
export async function resolveSnapshot(
  input: SnapshotInput,
  workDir: string,
  logger: Logger,
  retry: RetryPolicy = downloadRetryPolicy()
): Promise<ResolvedSnapshot> {
  if (input.kind === 'path') {
    const info = await stat(input.path).catch(() => undefined)
    if (!info?.isFile()) throw new SnapshotError(`snapshot-path ${input.path}: no such file`)
    return { path: input.path, origin: { kind: 'path' } }
  }
  const where = describe(input.findBy)
  const options = input.findBy ? { findBy: input.findBy } : undefined
  const client = new DefaultArtifactClient()
  const artifact = await client.getArtifact(input.name, options).then(
    (found) => found.artifact,
    (error: unknown) => {
      if (error instanceof ArtifactNotFoundError)
        throw new SnapshotError(`snapshot artifact '${input.name}' not found in ${where}`)
      throw error
    }
  )
  const dir = join(workDir, `snapshot-artifact-${artifact.id}`)
  logger.info(`Downloading snapshot artifact '${artifact.name}' (id ${artifact.id}) from ${where}`)
  await downloadArtifactSafely({
    ...{ client, artifact, findBy: input.findBy, dir, logger, retry },
    label: `snapshot artifact '${artifact.name}' (id ${artifact.id})`,
    afterDownload: () => pausePoint('download') // a test hook: the bytes on disk, not yet checked
  })
  const file = await pickFile(dir, input.file, artifact.name)
  const origin: SnapshotOrigin = {
    ...{ kind: 'artifact', name: artifact.name, id: artifact.id, file, size: artifact.size },
    ...{ digest: artifact.digest, createdAt: artifact.createdAt?.toISOString() },
    ...(input.findBy && {
      repository: `${input.findBy.repositoryOwner}/${input.findBy.repositoryName}`,
      runId: input.findBy.workflowRunId
    })
  }
  return { path: join(dir, file), origin }
}

function describe(findBy: FindBy | undefined): string {
  if (!findBy) return 'this workflow run'
  return `${findBy.repositoryOwner}/${findBy.repositoryName} run ${findBy.workflowRunId}`
}

/** The requested file, else the only file, else the only `*.db` (`.db.gz`, `.db.zst`). */
async function pickFile(
  dir: string,
  wanted: string | undefined,
  artifact: string
): Promise<string> {
  const files = await listFiles(dir)
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? ', …' : '')
  if (wanted !== undefined) {
    const normalized = wanted.replaceAll('\\', '/').replace(/^\.\//, '')
    if (files.includes(normalized)) return normalized
    throw new SnapshotError(
      `snapshot-file '${wanted}' is not in artifact '${artifact}' (it holds: ${shown || 'nothing'})`
    )
  }
  if (files.length === 1) return files[0]!
  const snapshots = files.filter((f) => SNAPSHOT_NAME.test(f))
  if (snapshots.length === 1) return snapshots[0]!
  throw new SnapshotError(
    files.length === 0
      ? `snapshot artifact '${artifact}' is empty`
      : `snapshot artifact '${artifact}' holds ${files.length} files and ${snapshots.length} ` +
          `named *.db; say which with snapshot-file (it holds: ${shown})`
  )
}

/** Regular files under `dir`, as sorted `/`-separated relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

import * as core from '@actions/core'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError } from '../lib/errors.js'
import { DEFRAG_MODES, type Defrag, type TargetVersion } from '../lib/options.js'
import {
  ARCHIVE_FORMATS,
  DEFAULT_ARTIFACT_NAME,
  DEFAULT_CLUSTER_TOKEN,
  Inputs,
  VERIFY_MODES,
  type ArchiveFormat,
  type VerifyMode
} from './constants.js'
import {
  BAD_NAME_CHARS,
  bigUint,
  bool,
  checkArtifactNames,
  clusterNames,
  duration,
  int,
  list,
  oneOf,
  targetVersion,
  text
} from './input-values.js'

/** Another run's or repository's artifacts, as @actions/artifact's `findBy` (not exported by it). */
export interface FindBy {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

/** Where the snapshot comes from. */
export type SnapshotInput =
  | { kind: 'path'; path: string }
  | {
      kind: 'artifact'
      name: string
      /** File inside the artifact; default the only file, or the only `*.db`. */
      file?: string
      /** Set for another run or repository (download-artifact's github-token/repository/run-id). */
      findBy?: FindBy
    }

/** Every input, parsed and checked once before any I/O. */
export interface ActionInputs {
  snapshot: SnapshotInput
  initialCluster: string
  initialClusterToken: string
  /** Members to restore, in initial-cluster order (all of them unless `members` is set). */
  memberNames: string[]
  /** Set only when the `members` input was. */
  members?: string[]
  skipHashCheck: boolean
  bumpRevision: bigint
  markCompacted: boolean
  targetVersion: TargetVersion
  /** Compact the member dbs: auto (>= 20% free pages), always, never. */
  defrag: Defrag
  walDir?: string
  /** Root of the data-dirs: `<outDir>/<member>`. */
  outDir: string
  upload: boolean
  /** Artifact name per member, `{name}` replaced. */
  artifactName: (member: string) => string
  archive: ArchiveFormat
  /** undefined = the repository's default. */
  retentionDays?: number
  compressionLevel: number
  cache: boolean
  /** `boot`: run a restore drill on the produced data-dirs. */
  verify: VerifyMode
  /** The etcd binary for verify: boot; PATH when unset. */
  etcdPath?: string
  /** Fail when the snapshot is older than this (checked with any verify mode). */
  maxAgeMs?: number
  /** Upload the drill report JSON as this artifact. */
  drillReportArtifact?: string
  /** Login for the drill when the snapshot has auth enabled. */
  drillCredentials?: { user: string; password: string }
}

/** Reads every input. Throws one InputError naming the input and the allowed values. */
export function getInputs(): ActionInputs {
  // Mask first: nothing may log the token before this line.
  const token = text(Inputs.GitHubToken)
  if (token) core.setSecret(token)
  const drillPassword = text(Inputs.DrillPassword)
  if (drillPassword) core.setSecret(drillPassword)
  const snapshot = snapshotInput(token)
  const initialCluster = text(Inputs.InitialCluster)
  if (!initialCluster) throw new InputError(`input '${Inputs.InitialCluster}' is required`)
  const all = clusterNames(initialCluster)
  const members = list(Inputs.Members)
  for (const name of members ?? []) {
    if (!all.includes(name))
      throw new InputError(
        `input '${Inputs.Members}': '${name}' is not in '${Inputs.InitialCluster}' (${all.join(', ')})`
      )
  }
  const bumpRevision = bigUint(Inputs.BumpRevision)
  const markCompacted = bool(Inputs.MarkCompacted, false)
  if (markCompacted !== bumpRevision > 0n)
    throw new InputError(
      `inputs '${Inputs.MarkCompacted}' and '${Inputs.BumpRevision}' go together: ` +
        `set mark-compacted: true exactly when bump-revision > 0 (as etcdutl requires)`
    )
  const template = text(Inputs.ArtifactName) || DEFAULT_ARTIFACT_NAME
  const artifactName = (member: string): string => template.replaceAll('{name}', member)
  checkArtifactNames(template, members ?? all, artifactName)
  const walDir = text(Inputs.WalDir)
  const outDir = text(Inputs.Path) || join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-restore')
  return {
    ...{ snapshot, initialCluster, memberNames: members ?? all, members },
    initialClusterToken: text(Inputs.InitialClusterToken) || DEFAULT_CLUSTER_TOKEN,
    skipHashCheck: bool(Inputs.SkipHashCheck, false),
    ...{ bumpRevision, markCompacted, targetVersion: targetVersion(Inputs.TargetVersion) },
    walDir: walDir ? resolve(walDir) : undefined,
    outDir: resolve(outDir),
    upload: bool(Inputs.Upload, true),
    ...{ artifactName, archive: oneOf(Inputs.Archive, ARCHIVE_FORMATS, 'tar') },
    retentionDays: int(Inputs.RetentionDays, 0, 90, 0) || undefined,
    compressionLevel: int(Inputs.CompressionLevel, 0, 9, 6),
    cache: bool(Inputs.Cache, false),
    defrag: oneOf(Inputs.Defrag, DEFRAG_MODES, 'auto'),
    ...drillInputs(drillPassword)
  }
}

function drillInputs(
  password: string
): Pick<
  ActionInputs,
  'verify' | 'etcdPath' | 'maxAgeMs' | 'drillReportArtifact' | 'drillCredentials'
> {
  const verify = oneOf(Inputs.Verify, VERIFY_MODES, 'none')
  const etcdPath = text(Inputs.EtcdPath)
  const drillReportArtifact = text(Inputs.DrillReportArtifact)
  const bad = BAD_NAME_CHARS.exec(drillReportArtifact)
  if (bad)
    throw new InputError(
      `input '${Inputs.DrillReportArtifact}': artifact names may not contain ${JSON.stringify(bad[0])}`
    )
  const user = text(Inputs.DrillUser)
  if (Boolean(user) !== Boolean(password))
    throw new InputError(
      `inputs '${Inputs.DrillUser}' and '${Inputs.DrillPassword}' go together: set both or neither`
    )
  // Tolerated, so a workflow can switch verify with an expression and keep the rest.
  for (const input of [Inputs.EtcdPath, Inputs.DrillReportArtifact, Inputs.DrillUser])
    if (verify === 'none' && text(input))
      core.warning(`input '${input}' is ignored: it needs '${Inputs.Verify}: boot'`)
  return {
    verify,
    etcdPath: etcdPath ? resolve(etcdPath) : undefined,
    maxAgeMs: duration(Inputs.MaxAge),
    drillReportArtifact: drillReportArtifact || undefined,
    ...(user ? { drillCredentials: { user, password } } : {})
  }
}

function snapshotInput(token: string): SnapshotInput {
  const name = text(Inputs.SnapshotArtifact)
  const path = text(Inputs.SnapshotPath)
  const file = text(Inputs.SnapshotFile) || undefined
  if (Boolean(name) === Boolean(path))
    throw new InputError(
      `set exactly one of '${Inputs.SnapshotArtifact}' and '${Inputs.SnapshotPath}'`
    )
  const repository = text(Inputs.Repository)
  const runId = text(Inputs.RunId)
  if (path) {
    for (const input of [Inputs.SnapshotFile, Inputs.Repository, Inputs.RunId, Inputs.GitHubToken])
      if (text(input)) throw new InputError(`input '${input}' needs '${Inputs.SnapshotArtifact}'`)
    return { kind: 'path', path: resolve(path) }
  }
  if (file && (file.split(/[\\/]/).includes('..') || file.startsWith('/')))
    throw new InputError(
      `input '${Inputs.SnapshotFile}' must be a relative path inside the artifact`
    )
  if (!token) {
    if (repository || runId)
      throw new InputError(
        `inputs '${Inputs.Repository}'/'${Inputs.RunId}' need '${Inputs.GitHubToken}' (actions:read)`
      )
    return { kind: 'artifact', name, file }
  }
  const repo = repository || process.env.GITHUB_REPOSITORY || ''
  const [owner, repoName, extra] = repo.split('/')
  if (!owner || !repoName || extra !== undefined)
    throw new InputError(`input '${Inputs.Repository}' must look like owner/name, got '${repo}'`)
  const run = runId || process.env.GITHUB_RUN_ID || ''
  if (!/^[1-9][0-9]{0,15}$/.test(run))
    throw new InputError(`input '${Inputs.RunId}' must be a workflow run id (digits), got '${run}'`)
  const findBy = {
    token,
    repositoryOwner: owner,
    repositoryName: repoName,
    workflowRunId: Number(run)
  }
  return { kind: 'artifact', name, file, findBy }
}

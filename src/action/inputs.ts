import * as core from '@actions/core'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError } from '../lib/errors.js'
import { DEFRAG_MODES, type Defrag, type TargetVersion } from '../lib/options.js'
import {
  DEFAULT_ETCD_MIRROR,
  parseEtcdVersion,
  parseMirror,
  parseSha256
} from '../lib/etcd-release/releases.js'
import type { ReleaseRequest } from './etcd-release.js'
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
import { inventoryInputs, withCluster, type InventoryInputs } from './inventory-inputs.js'

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
export interface ActionInputs extends InventoryInputs {
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
  /** An official etcd release for the drill (etcd-version/etcd-mirror/etcd-sha256); unset: etcdPath, PATH, else auto. */
  etcdRelease?: ReleaseRequest
  /** etcd-mirror, also for the implicit auto. */
  etcdMirror?: string
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
  const inventory = inventoryInputs(
    token,
    text(Inputs.InitialClusterToken) || DEFAULT_CLUSTER_TOKEN
  )
  const template = withCluster(
    text(Inputs.ArtifactName) || DEFAULT_ARTIFACT_NAME,
    inventory.clusterName
  )
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
    ...drillInputs(drillPassword),
    ...etcdReleaseInputs(),
    ...inventory
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

/** etcd-version, etcd-mirror, etcd-sha256: which official etcd release a drill downloads. */
function etcdReleaseInputs(): Pick<ActionInputs, 'etcdRelease' | 'etcdMirror'> {
  const version = text(Inputs.EtcdVersion)
  const pin = text(Inputs.EtcdSha256)
  const mirror = text(Inputs.EtcdMirror)
  for (const input of [Inputs.EtcdVersion, Inputs.EtcdMirror, Inputs.EtcdSha256])
    if (text(input) && oneOf(Inputs.Verify, VERIFY_MODES, 'none') === 'none')
      core.warning(`input '${input}' is ignored: it needs '${Inputs.Verify}: boot'`)
  const etcdMirror = mirror
    ? parseMirror(mirror, `input '${Inputs.EtcdMirror}'`)
    : DEFAULT_ETCD_MIRROR
  if (!version) {
    if (pin) throw new InputError(`input '${Inputs.EtcdSha256}' needs '${Inputs.EtcdVersion}'`)
    return { etcdMirror }
  }
  if (text(Inputs.EtcdPath))
    throw new InputError(`set at most one of '${Inputs.EtcdPath}' and '${Inputs.EtcdVersion}'`)
  const spec = parseEtcdVersion(version, `input '${Inputs.EtcdVersion}'`)
  if (pin && spec === 'auto')
    throw new InputError(
      `input '${Inputs.EtcdSha256}' pins one tarball: set '${Inputs.EtcdVersion}' to its release, not auto`
    )
  const sha256 = pin ? parseSha256(pin, `input '${Inputs.EtcdSha256}'`) : undefined
  return { etcdMirror, etcdRelease: { spec, mirror: etcdMirror, ...(sha256 && { sha256 }) } }
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
      if (text(input) && !(input === Inputs.GitHubToken && text(Inputs.BaselineArtifact)))
        throw new InputError(`input '${input}' needs '${Inputs.SnapshotArtifact}'`)
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

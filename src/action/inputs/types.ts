import type { EncryptionConfig } from '../../lib/inventory/encryption-config.js'
import type { EtcdVersionSpec } from '../../lib/etcd-release/releases.js'
import type { Defrag, TargetVersion } from '../../lib/options.js'
import type { ArchiveFormat, Layout, VerifyMode } from '../constants.js'

/** Another run's or repository's artifacts, as @actions/artifact's `findBy` (not exported by it). */
export interface FindBy {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

/** Where the snapshot comes from (snapshot-path, or snapshot-artifact and its companions). */
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

/** What the restore produces and where; also what the cache key depends on. */
export interface RestoreInputs {
  initialCluster: string
  initialClusterToken: string
  /** Members to restore, in initial-cluster order (all of them unless `members` is set). */
  memberNames: string[]
  /** Set only when the `members` input was. */
  members?: string[]
  skipHashCheck: boolean
  bumpRevision: bigint
  /** Always `bumpRevision > 0n`: the input must say so (as etcdutl requires). */
  markCompacted: boolean
  targetVersion: TargetVersion
  /** Compact the member dbs: auto (>= 20% free pages), always, never. */
  defrag: Defrag
  walDir?: string
  /** Root of the data-dirs: `<outDir>/<member>`. */
  outDir: string
  /** Reuse the data-dirs of an identical earlier restore (@actions/cache). */
  cache: boolean
  /** encryption-config, parsed: decrypts the inventory's `k8s:enc:` values. Masked, never logged. */
  encryptionConfig?: EncryptionConfig
  /** kubernetes-prefix, with its trailing `/`: where the inventory's deep decode looks. */
  kubernetesPrefix: string
}

/** What is uploaded, and under which names. */
export interface PublishInputs {
  /** Upload each member's data-dir as an artifact. */
  upload: boolean
  /** Artifact name per member, `{name}` and `{cluster}` replaced (`{name}` → `cluster` for layout cluster). */
  artifactName: (member: string) => string
  archive: ArchiveFormat
  /** One artifact per member, or one for the whole cluster. */
  layout: Layout
  /** undefined = the repository's default. */
  retentionDays?: number
  compressionLevel: number
  /** Names this cluster in artifact names (`{cluster}`) and heads the job summary. */
  clusterName: string
  /** The restore report is uploaded under this name (`{cluster}` replaced). */
  reportArtifact: string
}

/** The restore drill (verify: boot) and the age check (with any verify). */
export interface DrillInputs {
  /** `boot`: run a restore drill on the produced data-dirs. */
  verify: VerifyMode
  /** Fail when the snapshot is older than this (checked with any verify mode). */
  maxAgeMs?: number
  /** Per boot of the drill cluster (the first and the restart); default 60 s + 10 s per GB. */
  drillTimeoutMs?: number
  /** Upload the drill report JSON as this artifact. */
  reportArtifact?: string
  /** Login for the drill when the snapshot has auth enabled. */
  credentials?: { user: string; password: string }
}

/** An official etcd release (etcd-version/etcd-mirror/etcd-sha256). */
export interface ReleaseRequest {
  spec: EtcdVersionSpec
  mirror: string
  /** The `etcd-sha256` pin; then SHA256SUMS is not fetched. */
  sha256?: string
}

/** Which etcd the drill boots: etcd-path, or etcd-version (they exclude each other), else PATH, else auto. */
export interface EtcdInputs {
  /** The etcd binary (etcd-path); PATH when unset. */
  path?: string
  /** An official etcd release; unset: path, PATH, else auto. */
  release?: ReleaseRequest
  /** etcd-mirror, also for the implicit auto. */
  mirror: string
}

/** Where the baseline report comes from: an earlier run of this repository's workflows. */
export interface BaselineSource {
  /** The report artifact's name, `{cluster}` replaced. */
  name: string
  token: string
  repositoryOwner: string
  repositoryName: string
  /** An explicit run; else the newest successful run of this workflow that has the artifact. */
  runId?: number
}

/** The inventory gate: compare with an earlier run's report. */
export interface BaselineInputs {
  /** Set with baseline-artifact. */
  from?: BaselineSource
  maxDropPercent: number
  minKeys: number
}

/** Every input, parsed and checked once before any I/O, grouped by the step that uses it. */
export interface ActionInputs {
  snapshot: SnapshotInput
  restore: RestoreInputs
  publish: PublishInputs
  drill: DrillInputs
  etcd: EtcdInputs
  baseline: BaselineInputs
}

/** Input names, spelled exactly as in action.yml. */
export enum Inputs {
  SnapshotArtifact = 'snapshot-artifact',
  SnapshotPath = 'snapshot-path',
  SnapshotFile = 'snapshot-file',
  GitHubToken = 'github-token',
  Repository = 'repository',
  RunId = 'run-id',
  InitialCluster = 'initial-cluster',
  InitialClusterToken = 'initial-cluster-token',
  Members = 'members',
  SkipHashCheck = 'skip-hash-check',
  BumpRevision = 'bump-revision',
  MarkCompacted = 'mark-compacted',
  TargetVersion = 'target-version',
  WalDir = 'wal-dir',
  Path = 'path',
  Upload = 'upload',
  ArtifactName = 'artifact-name',
  Archive = 'archive',
  Layout = 'layout',
  RetentionDays = 'retention-days',
  CompressionLevel = 'compression-level',
  Cache = 'cache',
  Verify = 'verify',
  EtcdPath = 'etcd-path',
  MaxAge = 'max-age',
  DrillTimeout = 'drill-timeout',
  DrillReportArtifact = 'drill-report-artifact',
  DrillUser = 'drill-user',
  DrillPassword = 'drill-password',
  EtcdVersion = 'etcd-version',
  EtcdMirror = 'etcd-mirror',
  EtcdSha256 = 'etcd-sha256',
  ClusterName = 'cluster-name',
  ReportArtifact = 'report-artifact',
  BaselineArtifact = 'baseline-artifact',
  BaselineRunId = 'baseline-run-id',
  MaxDrop = 'max-drop',
  MinKeys = 'min-keys',
  Defrag = 'defrag',
  EncryptionConfig = 'encryption-config',
  KubernetesPrefix = 'kubernetes-prefix'
}

/** Output names, spelled exactly as in action.yml. */
export enum Outputs {
  ClusterId = 'cluster-id',
  Members = 'members',
  MemberNames = 'member-names',
  SnapshotSha256 = 'snapshot-sha256',
  Revision = 'revision',
  CompactRevision = 'compact-revision',
  TotalKeys = 'total-keys',
  Report = 'report',
  CacheHit = 'cache-hit',
  DrillPassed = 'drill-passed',
  DrillReport = 'drill-report',
  SnapshotAgeSeconds = 'snapshot-age-seconds',
  EtcdVersion = 'etcd-version',
  LiveKeys = 'live-keys',
  Kinds = 'kinds',
  BaselinePassed = 'baseline-passed',
  UndecodableObjects = 'undecodable-objects',
  UndecryptableSecrets = 'undecryptable-secrets'
}

/** How each member's data-dir is packed for upload. */
export type ArchiveFormat = 'tar' | 'tar.gz' | 'tar.zst' | 'zip'
export const ARCHIVE_FORMATS: readonly ArchiveFormat[] = ['tar', 'tar.gz', 'tar.zst', 'zip']

/**
 * How the data-dirs are uploaded: `member`, one artifact per member (deploy jobs per member);
 * `cluster`, one artifact holding `<member>/` for every member, the shared db stored once.
 */
export type Layout = 'member' | 'cluster'
export const LAYOUTS: readonly Layout[] = ['member', 'cluster']
/** Stands for {name} in artifact-name with layout cluster: `etcd-data-cluster.tar.zst`. */
export const CLUSTER_ARTIFACT_MEMBER = 'cluster'

/** `boot`: prove the restore by booting the restored members with real etcd (a restore drill). */
export type VerifyMode = 'none' | 'boot'
export const VERIFY_MODES: readonly VerifyMode[] = ['none', 'boot']

export const DEFAULT_ARTIFACT_NAME = 'etcd-data-{name}'
/** report-artifact's default; tomorrow's run finds it as its baseline. */
export const DEFAULT_REPORT_ARTIFACT = 'etcd-restore-report'
/**
 * The defaults when `cluster-name` is set: a matrix over clusters (one job per cluster, same
 * member names) then never uploads two artifacts of one name in a run (409 Conflict).
 */
export const DEFAULT_CLUSTER_ARTIFACT_NAME = 'etcd-data-{cluster}-{name}'
export const DEFAULT_CLUSTER_REPORT_ARTIFACT = 'etcd-restore-report-{cluster}'
/** etcd's own default token: a restored cluster should get its own so it never joins the old one. */
export const DEFAULT_CLUSTER_TOKEN = 'etcd-cluster'
/** The report file, written next to the members' data-dirs. */
export const REPORT_FILE = 'etcd-restore-report.json'
/** The drill report (docs/drill-report.schema.json), next to REPORT_FILE. */
export const DRILL_REPORT_FILE = 'etcd-restore-drill.json'
/** The drill members' full etcd logs (`<member>.log`), next to DRILL_REPORT_FILE, uploaded with it. */
export const DRILL_LOGS_DIR = 'etcd-restore-drill-logs'

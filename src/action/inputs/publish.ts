import { InputError } from '../../lib/errors.js'
import {
  ARCHIVE_FORMATS,
  DEFAULT_ARTIFACT_NAME,
  DEFAULT_CLUSTER_ARTIFACT_NAME,
  DEFAULT_CLUSTER_REPORT_ARTIFACT,
  DEFAULT_REPORT_ARTIFACT,
  Inputs,
  LAYOUTS,
  type ArchiveFormat
} from '../constants.js'
import { zstdEngine } from '../publish/tar.js'
import { bool, int, oneOf, text } from './read.js'
import { checkArtifactName, withCluster } from './rules.js'
import type { PublishInputs, RestoreInputs } from './types.js'

/** upload, artifact-name, archive, layout, retention-days, compression-level, cluster-name, report-artifact. */
export function publishInputs(
  restore: Pick<RestoreInputs, 'initialClusterToken' | 'memberNames'>
): PublishInputs {
  const namedCluster = text(Inputs.ClusterName)
  const clusterName = namedCluster || restore.initialClusterToken
  checkArtifactName(Inputs.ClusterName, clusterName, ` (got '${clusterName}')`)
  // A set cluster-name goes into the default names; names set explicitly are kept as written.
  const defaults = namedCluster
    ? { artifact: DEFAULT_CLUSTER_ARTIFACT_NAME, report: DEFAULT_CLUSTER_REPORT_ARTIFACT }
    : { artifact: DEFAULT_ARTIFACT_NAME, report: DEFAULT_REPORT_ARTIFACT }
  const reportArtifact = withCluster(text(Inputs.ReportArtifact) || defaults.report, clusterName)
  checkArtifactName(Inputs.ReportArtifact, reportArtifact, ` (got '${reportArtifact}')`)
  const template = withCluster(text(Inputs.ArtifactName) || defaults.artifact, clusterName)
  const artifactName = (member: string): string => template.replaceAll('{name}', member)
  const layout = oneOf(Inputs.Layout, LAYOUTS, 'member')
  const archive = oneOf(Inputs.Archive, ARCHIVE_FORMATS, 'tar.zst')
  if (layout === 'cluster' && archive === 'zip')
    throw new InputError(
      `input '${Inputs.Layout}: cluster' needs a tar archive (tar, tar.gz, tar.zst): zip cannot hold the hard links that store the db once`
    )
  if (layout === 'member' && restore.memberNames.length > 1 && !template.includes('{name}'))
    throw new InputError(
      `input '${Inputs.ArtifactName}' must contain {name}: one artifact per member, names must differ`
    )
  checkArtifactName(
    Inputs.ArtifactName,
    artifactName(restore.memberNames[0] ?? ''),
    ' (forbidden: " : < > | * ? \\ / and line breaks)'
  )
  return {
    upload: bool(Inputs.Upload, true),
    ...{ artifactName, archive, layout },
    retentionDays: int(Inputs.RetentionDays, 0, 90, 0) || undefined,
    compressionLevel: int(Inputs.CompressionLevel, 0, 9, 6),
    ...{ clusterName, reportArtifact }
  }
}

/**
 * Fails before any work if nothing here can write the chosen format: tar.zst takes zlib's zstd
 * (Node.js >= 22.15, the runner's Node 24) or, on older Node, the `zstd` binary.
 */
export function checkArchiveSupport(archive: ArchiveFormat): void {
  if (archive === 'tar.zst' && !zstdEngine())
    throw new InputError(
      `archive 'tar.zst' needs Node.js >= 22.15 (zlib zstd) or zstd on PATH; this is ${process.version} without zstd`
    )
}

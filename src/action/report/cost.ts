/**
 * What the members' artifacts cost: bytes uploaded (raw → stored), the retention in force and,
 * for a scheduled run, the storage a nightly run keeps once its oldest artifacts start expiring.
 */
import { formatBytes } from '../../lib/format.js'
import { Inputs, type ArchiveFormat, type Layout } from '../constants.js'
import type { PublishedArtifact } from '../publish/upload.js'

/** GitHub's artifact retention when a repository sets none (and the most `retention-days` allows). */
export const REPOSITORY_DEFAULT_RETENTION_DAYS = 90
/** Steady-state storage of a nightly run above which the run warns. */
export const STEADY_STATE_WARN_BYTES = 10 * 1024 ** 3

/** The `action.upload` part of the JSON report. */
export interface UploadCost {
  /** Members' artifacts uploaded by this run (1 with layout cluster). */
  artifacts: number
  /** How they were packed: the `layout` and `archive` inputs. */
  layout: Layout
  archive: ArchiveFormat
  /** The members' files before packing (every member's db counted). */
  rawBytes: number
  /** What the artifacts store (the archives as uploaded). */
  storedBytes: number
  /** storedBytes ÷ rawBytes (1 for an empty upload). */
  storedRatio: number
  /** The `retention-days` input; absent: the repository's default. */
  retentionDays?: number
  /** `"7 days"` or `"repository default"`. */
  retention: string
  /** For a `schedule` run: what one run a day keeps stored at steady state. */
  nightly?: {
    /** storedBytes × days. */
    steadyStateBytes: number
    days: number
    /** True when `retention-days` is unset and the repository default is taken as 90 days. */
    assumedDefault: boolean
  }
}

/** The cost of `artifacts`; undefined when nothing was uploaded. */
export function uploadCost(
  artifacts: PublishedArtifact[],
  retentionDays: number | undefined,
  eventName: string | undefined
): UploadCost | undefined {
  if (artifacts.length === 0) return undefined
  const rawBytes = artifacts.reduce((sum, a) => sum + a.rawBytes, 0)
  const storedBytes = artifacts.reduce((sum, a) => sum + a.size, 0)
  const storedRatio = rawBytes > 0 ? Math.round((storedBytes / rawBytes) * 1000) / 1000 : 1
  const cost: UploadCost = {
    ...{
      artifacts: artifacts.length,
      layout: artifacts[0]!.layout,
      archive: artifacts[0]!.archive
    },
    ...{ rawBytes, storedBytes, storedRatio },
    ...(retentionDays !== undefined && { retentionDays }),
    retention: retentionDays !== undefined ? `${retentionDays} days` : 'repository default'
  }
  if (eventName === 'schedule') {
    const days = retentionDays ?? REPOSITORY_DEFAULT_RETENTION_DAYS
    const assumedDefault = retentionDays === undefined
    cost.nightly = { steadyStateBytes: storedBytes * days, days, assumedDefault }
  }
  return cost
}

/** "3 artifacts: 1.0 GiB → 300 MiB stored (29.3% of raw), retention 7 days". */
export function costLine(cost: UploadCost): string {
  const what =
    cost.layout === 'cluster'
      ? `1 artifact for the cluster (${cost.archive}, the db stored once)`
      : `${cost.artifacts} artifacts (${cost.archive})`
  return (
    `${what}: ${formatBytes(cost.rawBytes)} → ${formatBytes(cost.storedBytes)} ` +
    `stored (${(cost.storedRatio * 100).toFixed(1)}% of raw), retention ${cost.retention}`
  )
}

/** "a nightly run keeps 54 GiB at steady state (600 MiB × 90 days, …)"; undefined unless scheduled. */
export function nightlyLine(cost: UploadCost): string | undefined {
  const n = cost.nightly
  if (!n) return undefined
  const days = n.assumedDefault
    ? `${n.days} days: the repository default, assumed to be GitHub's 90`
    : `${n.days} days`
  return (
    `a nightly run keeps ${formatBytes(n.steadyStateBytes)} of artifacts at steady state ` +
    `(${formatBytes(cost.storedBytes)} a run × ${days})`
  )
}

/** The warning for a scheduled run that keeps more than STEADY_STATE_WARN_BYTES; else undefined. */
export function costWarning(cost: UploadCost | undefined): string | undefined {
  if (!cost?.nightly || cost.nightly.steadyStateBytes <= STEADY_STATE_WARN_BYTES) return undefined
  const remedies = [`a shorter '${Inputs.RetentionDays}'`]
  if (cost.layout === 'member' && cost.artifacts > 1)
    remedies.push(`'${Inputs.Layout}: cluster' (one artifact, the db stored once, not per member)`)
  if (cost.archive === 'tar' || cost.archive === 'zip')
    remedies.push(`'${Inputs.Archive}: tar.zst' (the db compresses several times over)`)
  remedies.push(`'${Inputs.Upload}: false' when the run only proves the backup`)
  const last = remedies.pop()!
  return (
    `${nightlyLine(cost)}, over ${formatBytes(STEADY_STATE_WARN_BYTES)}. To keep less: ` +
    `${remedies.join(', ')}, or ${last}`
  )
}

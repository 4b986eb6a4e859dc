import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DrillReport } from '../../lib/drill/report.js'
import { runDrillWithOutput } from '../../lib/drill/run.js'
import type { RestoreRunOptions } from '../../lib/restore/index.js'
import type { RestoreReport } from '../../lib/report.js'
import { DRILL_LOGS_DIR } from '../constants.js'
import type { DrillInputs } from '../inputs/types.js'

/** What a drill gives back: its report, and the restore it made or was handed (absent if refused). */
export interface Drilled {
  report: DrillReport
  output?: RestoreReport
}

/**
 * The restore drill: restores through the library (or takes `restored`, a cache hit's data-dirs, as
 * they are) and boots the members with `etcdPath`. The restore's failure is a failed drill.
 */
export async function drill(
  options: RestoreRunOptions,
  etcdPath: string,
  inputs: DrillInputs,
  restored: RestoreReport | undefined,
  createdAt: Date | undefined
): Promise<Drilled> {
  const logsDir = inputs.reportArtifact !== undefined ? drillLogsDir(options) : undefined
  // a cache hit may bring an older run's logs: only this drill's are uploaded
  if (logsDir !== undefined) await rm(logsDir, { recursive: true, force: true })
  return runDrillWithOutput({
    ...{ ...options, etcdPath, maxAgeMs: inputs.maxAgeMs, restored },
    ...(createdAt && { snapshotCreatedAt: createdAt }),
    ...(inputs.credentials && { credentials: inputs.credentials }),
    ...(inputs.drillTimeoutMs !== undefined && { bootTimeoutMs: inputs.drillTimeoutMs }),
    // uploaded with the drill report (save.ts), so only kept when that is asked for
    ...(logsDir !== undefined && { saveLogsTo: logsDir })
  })
}

/** Where the members' full etcd logs go: beside the drill report, in the data-dirs' folder. */
function drillLogsDir(options: RestoreRunOptions): string | undefined {
  return options.target.kind === 'all' ? join(options.target.outDir, DRILL_LOGS_DIR) : undefined
}

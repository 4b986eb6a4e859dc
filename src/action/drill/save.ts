import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DrillReport } from '../../lib/drill/report.js'
import type { Logger } from '../../lib/logger.js'
import { writeReportFile } from '../../lib/report-file.js'
import { DRILL_LOGS_DIR, DRILL_REPORT_FILE } from '../constants.js'
import type { DrillInputs } from '../inputs/types.js'
import { uploadDrillReport, type UploadedFile } from '../publish/upload.js'

/** The drill's part of the action's JSON report. */
export interface DrillSummary {
  passed: boolean
  verdict: string
  report: string
  artifact?: UploadedFile
}

/** Writes the drill report into the data-dirs' folder and uploads it when asked. */
export async function saveDrillReport(
  drill: DrillReport,
  outDir: string,
  inputs: Pick<DrillInputs, 'reportArtifact'> & { retentionDays?: number },
  logger: Logger
): Promise<{ summary: DrillSummary; uploadError?: string }> {
  const path = join(outDir, DRILL_REPORT_FILE)
  await writeReportFile(path, drill)
  const summary: DrillSummary = { passed: drill.passed, verdict: drill.verdict, report: path }
  const name = inputs.reportArtifact
  if (name === undefined) return { summary }
  const logs = drillLogs(join(outDir, DRILL_LOGS_DIR))
  const uploaded = await uploadDrillReport([path, ...logs], outDir, name, inputs, logger)
  return {
    summary: { ...summary, ...(uploaded.artifact && { artifact: uploaded.artifact }) },
    ...(uploaded.uploadError !== undefined && { uploadError: uploaded.uploadError })
  }
}

/** The members' full etcd logs the drill saved (none when it booted nothing). */
function drillLogs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.log'))
      .sort()
      .map((f) => join(dir, f))
  } catch {
    return []
  }
}

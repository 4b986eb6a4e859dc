/**
 * The action's inventory step: the baseline diff (the regression gate), the report artifact that
 * becomes tomorrow's baseline, and the `live-keys`/`kinds`/`baseline-passed` outputs.
 */
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import { dirname } from 'node:path'
import { errorMessage } from '../lib/errors.js'
import { diffInventories, type InventoryDiff } from '../lib/inventory/diff.js'
import type { Inventory } from '../lib/inventory/inventory.js'
import type { Logger } from '../lib/logger.js'
import { findBaseline, type BaselineOrigin } from './baseline.js'
import { Outputs } from './constants.js'
import type { InventoryInputs } from './inventory-inputs.js'

/** What the gate found; kept in the action report. */
export type BaselineCheck =
  | { artifact: string; found: true; origin: BaselineOrigin; diff: InventoryDiff }
  | { artifact: string; found: false; searched: string }

/** Compares the inventory with the baseline; undefined when no baseline was asked for. */
export async function checkBaseline(
  inventory: Inventory | undefined,
  inputs: InventoryInputs,
  workDir: string,
  logger: Logger
): Promise<BaselineCheck | undefined> {
  const baseline = inputs.baseline
  if (!baseline || !inventory) return undefined
  const result = await findBaseline(baseline, workDir, logger)
  if (!result.found) {
    logger.warn(
      `no baseline: artifact '${baseline.name}' is not in ${result.searched}; this run's report can be the next baseline`
    )
    return { artifact: baseline.name, found: false, searched: result.searched }
  }
  const diff = diffInventories(result.inventory, inventory, {
    maxDropPercent: inputs.maxDropPercent,
    minKeys: inputs.minKeys
  })
  logger.info(
    `baseline run ${result.origin.runId}: ${diff.passed ? 'passed' : `FAILED: ${diff.failures.join('; ')}`}`
  )
  return { artifact: baseline.name, found: true, origin: result.origin, diff }
}

/** The failure line of a tripped gate, or undefined. */
export function baselineFailure(check: BaselineCheck | undefined): string | undefined {
  if (!check?.found || check.diff.passed) return undefined
  return `the backup lost content against baseline '${check.artifact}' of run ${check.origin.runId}: ${check.diff.failures.join('; ')}`
}

/** Uploads the report JSON as `report-artifact`; an upload failure is a warning (the report is on disk). */
export async function uploadReport(
  reportPath: string,
  inputs: Pick<InventoryInputs, 'reportArtifact'> & { retentionDays?: number },
  logger: Logger
): Promise<{ name: string; id: number } | undefined> {
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(
      inputs.reportArtifact,
      [reportPath],
      dirname(reportPath),
      { retentionDays: inputs.retentionDays }
    )
    logger.info(`Uploaded the report as artifact '${inputs.reportArtifact}' (id ${id})`)
    return id === undefined ? undefined : { name: inputs.reportArtifact, id }
  } catch (error) {
    logger.warn(
      `upload of report artifact '${inputs.reportArtifact}' failed: ${errorMessage(error)} ` +
        '(in a matrix, put {cluster} in report-artifact)'
    )
    return undefined
  }
}

export function setInventoryOutputs(
  inventory: Inventory | undefined,
  check: BaselineCheck | undefined
): void {
  core.setOutput(Outputs.LiveKeys, inventory ? String(inventory.liveKeys) : '')
  core.setOutput(Outputs.Kinds, inventory ? JSON.stringify(inventory.kinds) : '[]')
  core.setOutput(Outputs.BaselinePassed, check?.found ? String(check.diff.passed) : '')
}

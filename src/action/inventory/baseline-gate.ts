/**
 * The inventory gate: the snapshot's inventory against the baseline (an earlier run's report).
 * The report artifact that becomes tomorrow's baseline is uploaded by publish/upload.ts.
 */
import { diffInventories, type InventoryDiff } from '../../lib/inventory/diff.js'
import type { Inventory } from '../../lib/inventory/inventory.js'
import type { Logger } from '../../lib/logger.js'
import { findBaseline, type BaselineOrigin } from '../download/baseline.js'
import type { BaselineInputs } from '../inputs/types.js'

/** What the gate found; kept in the action report. */
export type BaselineCheck =
  | { artifact: string; found: true; origin: BaselineOrigin; diff: InventoryDiff }
  | { artifact: string; found: false; searched: string }

/** Compares the inventory with the baseline; undefined when no baseline was asked for. */
export async function checkBaseline(
  inventory: Inventory | undefined,
  inputs: BaselineInputs,
  workDir: string,
  logger: Logger
): Promise<BaselineCheck | undefined> {
  const baseline = inputs.from
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

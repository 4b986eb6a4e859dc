import type { AgeCheck } from '../../lib/drill/age.js'
import type { DrillReport } from '../../lib/drill/report.js'
import { RegressionError, VerificationError } from '../../lib/errors.js'
import { undecryptableSummary } from '../../lib/inventory/inventory.js'
import { Inputs } from '../constants.js'
import { baselineFailure } from '../inventory/baseline-gate.js'
import type { ActionResult } from './action-report.js'

const MAX_LINE = 2000

/**
 * Fails the step when a check failed, once the reports, outputs, summary and artifacts exist:
 * secrets encryption-config does not decrypt, the drill (whose kubernetes check says the same),
 * max-age or the drill report's upload (VerificationError), else the baseline gate.
 */
export function throwIfFailed(
  result: Pick<ActionResult, 'drill' | 'drillSaved' | 'age' | 'baseline' | 'restored'>
): void {
  const { drill, drillSaved, age } = result
  const drilled = failureLine(drill, drillSaved?.summary.report, age, drillSaved?.uploadError)
  // the library's sentence, first; a failed drill repeats it in its kubernetes check
  const undecryptable = undecryptableSummary(result.restored?.snapshot.inventory?.kubernetes)
  const failed =
    undecryptable === undefined || drilled?.includes(undecryptable)
      ? drilled
      : [undecryptable, drilled].filter((l) => l !== undefined).join('; ')
  if (failed !== undefined) throw new VerificationError(failed)
  const regression = baselineFailure(result.baseline)
  if (regression !== undefined) throw new RegressionError(regression)
}

/** One line for setFailed naming every failed check, or undefined when all passed. */
export function failureLine(
  drill: DrillReport | undefined,
  drillPath: string | undefined,
  age: AgeCheck | undefined,
  uploadError: string | undefined
): string | undefined {
  const parts: string[] = []
  if (drill && !drill.passed) {
    const failed = drill.checks.filter((c) => !c.ok)
    const each = failed.map((c) => `${c.name}: ${c.actual} (expected ${c.expected})`)
    parts.push(
      `restore drill failed (${failed.length} of ${drill.checks.length} checks): ${each.join('; ') || drill.verdict}` +
        ` (report ${drillPath})`
    )
  } else if (!drill && age && !age.ok) parts.push(`${Inputs.MaxAge}: ${age.message}`)
  if (uploadError) parts.push(uploadError)
  if (parts.length === 0) return undefined
  const line = parts.join('; ').replace(/\s+/g, ' ')
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line
}

/**
 * Step 3 of a restore, the choice: the member dbs are the snapshot's db copied and edited
 * (db-copy.ts), or written afresh without its free pages (db-compact.ts).
 */
import type { CheckReport } from '../bolt/check.js'
import type { Defrag } from '../options.js'
import type { DbReport } from '../report.js'

/** `auto` compacts when at least this share of the db's pages is free (freelist + unreachable). */
export const AUTO_FREE_SHARE = 0.2

export type DbPath = 'copy' | 'compact'

export function chooseDbPath(defrag: Defrag, check: CheckReport): DbPath {
  if (defrag === 'never') return 'copy'
  if (defrag === 'always') return 'compact'
  return check.freePages >= AUTO_FREE_SHARE * check.hwm ? 'compact' : 'copy'
}

export function dbReport(
  mode: DbPath,
  defrag: Defrag,
  check: CheckReport,
  restoredSize: number
): DbReport {
  return {
    mode,
    defrag,
    sourceSize: check.dbSize,
    restoredSize,
    sourcePages: check.hwm,
    freePages: check.freePages,
    freePercent: Math.round((100 * check.freePages) / check.hwm)
  }
}

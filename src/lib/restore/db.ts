/**
 * Step 3 of a restore, the choice: the member dbs are the snapshot's db copied and edited
 * (db-copy.ts), or written afresh without its free pages (db-compact.ts).
 */
import { lstat } from 'node:fs/promises'
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
    freePercent: Math.round((100 * check.freePages) / check.hwm),
    sameInEveryMember: true
  }
}

/**
 * Whether the dbs at `paths` are known to be the same bytes without reading them: the restore
 * that made them says so (`db.sameInEveryMember`) and each is still a regular file of the size
 * it wrote. Anything else (an older report, dirs from elsewhere, a size changed since) is
 * unknown: compare them.
 */
export async function dbsKnownSame(db: DbReport | undefined, paths: string[]): Promise<boolean> {
  if (db?.sameInEveryMember !== true) return false
  const sizes = await Promise.all(
    paths.map((path) =>
      lstat(path).then(
        (st) => (st.isFile() ? st.size : -1),
        () => -1
      )
    )
  )
  return sizes.every((size) => size === db.restoredSize)
}

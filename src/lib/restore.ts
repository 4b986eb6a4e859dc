import type { RestoreOptions } from './options.js'
import type { RestoreReport } from './report.js'

/**
 * Verifies the snapshot once, edits its database once, and writes every requested member's
 * data-dir (db, WAL, .snap) atomically. Throws a RestoreError subclass on any user problem;
 * on failure nothing is left behind and the snapshot is untouched.
 */
export async function restore(_options: RestoreOptions): Promise<RestoreReport> {
  throw new Error('not implemented yet')
}
